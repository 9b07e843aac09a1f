package dev.slotscope.explain;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.layout.RegionKind;

import static dev.slotscope.explain.CPythonSources.DICTOBJECT_C;
import static dev.slotscope.explain.CPythonSources.DICTOBJECT_H;
import static dev.slotscope.explain.CPythonSources.PYCORE_DICT_H;
import static dev.slotscope.explain.CPythonSources.PYCORE_OBJECT_H;

/**
 * The bytes of the dict machinery: a dict's fields, a keys table (header, index slots, entries)
 * and an instance's values, wherever they are stored.
 */
final class CPythonDictTexts {

    private static final String ENTRY_HISTORY_LEGACY = "3.11 dropped the cached hash from the entries of tables whose"
            + " keys are all str, and of the split tables instances share (PyDictUnicodeEntry: 16 bytes, not 24).";
    private static final String ENTRY_HISTORY_MODERN = "New in 3.11: entries of str-only and split tables are"
            + " PyDictUnicodeEntry (key, value: 16 bytes), and the hash is read from the str object itself; up to"
            + " 3.10 every entry was a 24-byte PyDictKeyEntry with a cached hash.";
    private static final String ORDER_WHY = "Instances of a class share one keys table but may set their attributes"
            + " in different orders; each instance records its own order so that its __dict__ lists them in that order.";
    private static final String KEYS_HEADER_HISTORY = "3.11 replaced dk_size and dk_lookup (two words) by the one-byte"
            + " dk_log2_size, dk_log2_index_bytes and dk_kind and a 4-byte dk_version: the header shrank from 40 to 32"
            + " bytes.";

    private static final String SAME_KEYS_FIELD = "In the keys header of " + CPythonSources.everyVersion() + "; 3.11"
            + " moved the struct from Objects/dict-common.h to Include/internal/pycore_dict.h.";

    private CPythonDictTexts() {
    }

    static Facts field(CPythonBox box) {
        return switch (box.block()) {
            case DICT -> dictField(box);
            case CLASS -> classField(box);
            default -> keysField(box);
        };
    }

    private static Facts classField(CPythonBox box) {
        if (!box.label().equals("ht_cached_keys")) {
            throw new IllegalArgumentException("no class field is drawn as " + box.label());
        }
        return new Facts("ht_cached_keys: points at the keys table the class's instances share, at offset "
                + box.version().cachedKeysOffset() + " of the class object.",
                "Instances keep only their values; the attribute names, in order, are kept once, in this table.",
                "A field of every heap type since key-sharing dicts (PEP 412, 3.3); 3.11 builds the table with the class"
                        + " instead of at the first instance's __init__, and 3.14 fills it then with the names the"
                        + " class's methods assign to self (__static_attributes__, sorted).",
                CPythonSources.CPYTHON_OBJECT_H + ": PyHeapTypeObject.ht_cached_keys");
    }

    private static Facts dictField(CPythonBox box) {
        String same = "The same field in " + CPythonSources.everyVersion() + ".";
        return switch (box.label()) {
            case "used" -> new Facts("ma_used: the number of items in the dict.",
                    "len() reads it instead of counting the entries.", same, DICTOBJECT_H + ": PyDictObject.ma_used");
            case "version" -> box.version().minor() >= 14
                    ? new Facts("_ma_watcher_tag: 64 private bits: which dict watchers watch this dict, and a count of"
                    + " watched mutations.", "Code that caches what a dict holds (the specializing interpreter, tools"
                    + " registered with PyDict_AddWatcher) learns from these bits whom to tell when it changes.",
                    "3.14 renamed ma_version_tag to _ma_watcher_tag: no longer a version that changes with every"
                            + " modification, only watcher bits (0-7) and a watched-mutation counter (8-11), in the same"
                            + " word.",
                    DICTOBJECT_H + ": PyDictObject._ma_watcher_tag")
                    : new Facts("ma_version_tag: a 64-bit version that changes each time the dict is"
                    + " modified.", "A cached lookup stays valid while the version is the same; 3.8's LOAD_GLOBAL"
                    + " cache (Python/ceval.c) compares the tags of the globals and builtins.", "Still present in 3.13, but deprecated for use outside the interpreter"
                    + " since 3.12 (Py_DEPRECATED(3.12)); 3.14 renames it _ma_watcher_tag.",
                    DICTOBJECT_H + ": PyDictObject.ma_version_tag");
            case "keys" -> new Facts("ma_keys: points at the dict's keys table (PyDictKeysObject).",
                    "The keys table holds the hash index and the entries; a split dict shares the class's table and"
                            + " keeps only its values.", same, DICTOBJECT_H + ": PyDictObject.ma_keys");
            default -> throw new IllegalArgumentException("no PyDictObject field is drawn as " + box.label());
        };
    }

    private static Facts keysField(CPythonBox box) {
        CPythonVersion v = box.version();
        String struct = CPythonSources.keys(v) + ": struct _dictkeysobject.";
        return switch (box.label()) {
            case "refcnt" -> new Facts("dk_refcnt: how many owners use this keys table.",
                    "A keys table is not a Python object but can be shared by a class and its instances' split dicts,"
                            + " so it counts its own references.", SAME_KEYS_FIELD, struct + "dk_refcnt");
            case "size" -> new Facts("dk_size: the number of buckets in dk_indices, a power of two.",
                    "The hash of a key, masked by dk_size - 1, picks the first bucket to look at.", KEYS_HEADER_HISTORY,
                    struct + "dk_size");
            case "lookup" -> new Facts("dk_lookup: the function that searches this table: lookdict, lookdict_unicode,"
                    + " lookdict_unicode_nodummy or lookdict_split.", "Tables whose keys are all str use a lookup"
                    + " specialized for them, whose comparisons never raise; a shared table uses lookdict_split.",
                    KEYS_HEADER_HISTORY, struct + "dk_lookup");
            case "log2 size" -> new Facts("dk_log2_size: log2 of the number of buckets in dk_indices.",
                    "One byte is enough to give a power-of-two size.", KEYS_HEADER_HISTORY, struct + "dk_log2_size");
            case "log2 index bytes" -> new Facts("dk_log2_index_bytes: log2 of the bytes taken by dk_indices.",
                    "The entries start right after the index slots, 1 << dk_log2_index_bytes bytes in.",
                    KEYS_HEADER_HISTORY, struct + "dk_log2_index_bytes");
            case "kind" -> new Facts("dk_kind: DICT_KEYS_GENERAL, DICT_KEYS_UNICODE or DICT_KEYS_SPLIT.",
                    "Str-only and split tables use entries without a cached hash (PyDictUnicodeEntry); general tables"
                            + " keep it (PyDictKeyEntry).", KEYS_HEADER_HISTORY, struct + "dk_kind");
            case "version" -> new Facts("dk_version: a 32-bit version of the keys, reset to 0 by any modification.",
                    "The specializing interpreter stores it in its inline caches (Python/specialize.c) to check later"
                            + " that the keys are where it found them.", KEYS_HEADER_HISTORY, struct + "dk_version");
            case "usable" -> new Facts("dk_usable: how many more entries fit before the table must grow.",
                    "An insert that finds no usable entry makes the dict resize its table.", SAME_KEYS_FIELD,
                    struct + "dk_usable");
            case "nentries" -> new Facts("dk_nentries: the number of entries used so far.",
                    "New entries are appended after the used ones, which keeps them in insertion order.",
                    SAME_KEYS_FIELD, struct + "dk_nentries");
            default -> throw new IllegalArgumentException("no keys table field is drawn as " + box.label());
        };
    }

    static Facts index(CPythonBox box) {
        String what = box.label().isEmpty()
                ? "An empty bucket of the hash table (DKIX_EMPTY)."
                : "A bucket of the hash table, holding entry number " + box.label() + ".";
        return new Facts(what, "A key's hash picks a bucket, and the bucket holds only a small entry number: the"
                + " entries stay dense and in insertion order, and the index slots are 1, 2, 4 or 8 bytes as the"
                + " table's size needs.", "Up to 3.10 the slot width was computed from dk_size (DK_IXSIZE); since 3.11"
                + " it is stored as dk_log2_index_bytes.",
                CPythonSources.keys(box.version()) + ": struct _dictkeysobject.dk_indices");
    }

    static Facts entryHash(CPythonBox box) {
        return new Facts("me_hash: the key's hash, cached in the entry.",
                "Lookups and resizes use it without calling hash() again.", ENTRY_HISTORY_LEGACY,
                CPythonSources.keys(box.version()) + ": PyDictKeyEntry.me_hash");
    }

    static Facts entryKey(CPythonBox box) {
        String why = box.ownerIsShared().map(shared -> shared
                ? "In the class's shared table each attribute name is stored once, for all instances."
                : "In the dict's own table each entry holds its key and its value together.")
                .orElse("The entry's key: the name of an attribute.");
        return new Facts("me_key: a pointer to the key, the str " + box.label() + ".", why, entryHistory(box.version()),
                CPythonSources.entry(box.version()) + ".me_key");
    }

    static Facts entryValue(CPythonBox box) {
        boolean unused = box.label().equals("(unused)");
        String what = unused ? "me_value: unused in a split table." : "me_value: a pointer to the value of "
                + box.label() + ".";
        String why = unused ? "Each instance keeps its own values; the header notes that me_value is only meaningful"
                + " for combined tables." : "In a combined table, the dict's own, each entry holds its key and its"
                + " value together.";
        return new Facts(what, why, entryHistory(box.version()), CPythonSources.entry(box.version()) + ".me_value");
    }

    static Facts unusedEntry(CPythonBox box) {
        return new Facts("An entry not used yet (" + box.region().size() + " bytes).",
                "A table is allocated with entries for two thirds of its buckets (USABLE_FRACTION); dk_usable says"
                        + " how many more may be used, and an insert when none may resizes the table.",
                entryHistory(box.version()), CPythonSources.entry(box.version()) + " (the entries after dk_indices)");
    }

    private static String entryHistory(CPythonVersion version) {
        return version.hasManagedDict() ? ENTRY_HISTORY_MODERN : ENTRY_HISTORY_LEGACY;
    }

    static Facts valuesHeader(CPythonBox box) {
        CPythonVersion v = box.version();
        if (!v.hasInlineValues()) {
            return new Facts("The bytes just before the values: the order in which the attributes were set, their"
                    + " count, and the size of this prefix.", ORDER_WHY, "New in 3.11: up to 3.10 all dicts sharing a"
                    + " keys table had to keep the same insertion order. 3.13 replaces this prefix by a 4-byte header"
                    + " and stores the order after the values.", DICTOBJECT_C + ": new_values; " + PYCORE_DICT_H
                    + ": _PyDictValues_AddToInsertionOrder");
        }
        String inside = insideObject(box);
        if (box.label().equals("header")) {
            return new Facts("The values' header: capacity, size, embedded and valid, one byte each." + inside,
                    "embedded says whether the values are inside the object; valid is cleared when they move into a"
                            + " dict of their own.",
                    "New in 3.13; in 3.11 and 3.12 the count and the order were kept in a prefix before the values.",
                    PYCORE_DICT_H + ": struct _dictvalues (capacity, size, embedded, valid)" + inlineSource(box));
        }
        return new Facts("One byte per value: the order in which the attributes were set." + inside, ORDER_WHY,
                "3.13 stores the order after the values; 3.11 and 3.12 kept it in a prefix before them, and up to 3.10"
                        + " a shared keys table fixed one order for all its dicts.",
                PYCORE_DICT_H + ": get_insertion_order_array" + inlineSource(box));
    }

    static Facts value(CPythonBox box) {
        CPythonVersion v = box.version();
        String why = "The class's shared keys table holds the attribute names once; each instance stores only its"
                + " values, at the positions of their keys.";
        if (!v.hasManagedDict()) {
            return new Facts("The value of attribute " + box.label() + ": one pointer in the split dict's values"
                    + " array.", why, "3.11 gives instances values without a dict (PyDictValues), and 3.13 stores them"
                    + " inside the object.", DICTOBJECT_H + ": PyDictObject.ma_values (PyObject **, allocated by"
                    + " new_values in " + DICTOBJECT_C + ")");
        }
        return new Facts("The value of attribute " + box.label() + ": one pointer in the instance's values"
                + " (PyDictValues)." + insideObject(box), why, valuesHistory(v),
                PYCORE_DICT_H + ": struct _dictvalues.values" + inlineSource(box));
    }

    static Facts spare(CPythonBox box) {
        CPythonVersion v = box.version();
        if (box.label().equals("(unused)")) {
            return new Facts("Room for a value inside the object, no longer used: the attributes moved into a dict"
                    + " of their own, and the values were marked invalid.",
                    "The values are part of the object's own allocation, so they stay when the attributes outgrow the"
                            + " class's shared keys.", valuesHistory(v),
                    PYCORE_DICT_H + ": struct _dictvalues.valid" + inlineSource(box));
        }
        if (!v.hasManagedDict()) {
            return new Facts("Room for one more attribute value, not used yet.",
                    "The values array has a place for every usable entry of the shared keys (USABLE_FRACTION: two"
                            + " thirds of the table's buckets), used or not.",
                    "3.11 gives instances values without a dict (PyDictValues), and 3.13 stores them inside the"
                            + " object.", DICTOBJECT_C + ": new_values, USABLE_FRACTION");
        }
        return new Facts("Room for one more attribute value, not used yet." + insideObject(box),
                "The values have a place for every key the class's shared table holds or may still take"
                        + " (dk_nentries + dk_usable).", valuesHistory(v),
                CPythonSources.sharedKeysUsableSize(v) + inlineSource(box));
    }

    private static String valuesHistory(CPythonVersion version) {
        return version.hasInlineValues()
                ? "Since 3.11 instances keep values without a dict; 3.11 and 3.12 in a block of their own, 3.13 inside"
                + " the object when the class has no slots (Py_TPFLAGS_INLINE_VALUES), 3.14 also after the slots of"
                + " a class that has them."
                : "New in 3.11: up to 3.10 the values were the array of a split dict. 3.13 stores them inside the"
                + " object when the class has no slots (Py_TPFLAGS_INLINE_VALUES), 3.14 also after slots.";
    }

    static Facts padding(CPythonBox box) {
        CPythonVersion v = box.version();
        if (box.block() == CPythonBlock.KEYS) {
            return new Facts("One byte left free after dk_kind, so that the 4-byte dk_version starts at a multiple of"
                    + " 4.", "C aligns each struct field to its size.", "Part of the header 3.11 introduced; a"
                    + " free-threaded 3.13 build puts a one-byte lock (dk_mutex) here, the default build does not.",
                    CPythonSources.keys(v) + ": struct _dictkeysobject (between dk_kind and dk_version)");
        }
        if (box.label().equals("pad")) {
            return new Facts("Four bytes after the values' 4-byte header, so that the value pointers start at a"
                    + " multiple of 8.", "C aligns each struct field to its size.", "New in 3.13, with the header.",
                    PYCORE_DICT_H + ": struct _dictvalues (values after four uint8_t fields)");
        }
        return new Facts("Bytes after the insertion-order bytes, rounding the values up to a multiple of 8 bytes.",
                "What follows the values (or the next allocation) starts aligned to a pointer.",
                "New in 3.13, with the order bytes after the values.", box.block() == CPythonBlock.INSTANCE
                ? PYCORE_DICT_H + ": _PyInlineValuesSize" : DICTOBJECT_C + ": values_size_from_count");
    }

    /** Says where 3.13+ values are when they are inside the instance: after its slots, if it has any. */
    private static String insideObject(CPythonBox box) {
        if (box.block() != CPythonBlock.INSTANCE || !box.version().hasInlineValues()) {
            return "";
        }
        boolean afterSlots = box.owner().map(o -> o.regions().stream().anyMatch(r -> r.kind() == RegionKind.SLOT))
                .orElse(false);
        return afterSlots ? " These values are stored inside the object, right after its slots."
                : " These values are stored inside the object, right after ob_type.";
    }

    private static String inlineSource(CPythonBox box) {
        return box.block() == CPythonBlock.INSTANCE && box.version().hasInlineValues()
                ? "; " + PYCORE_OBJECT_H + ": _PyObject_InlineValues" : "";
    }
}
