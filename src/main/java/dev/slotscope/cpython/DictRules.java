package dev.slotscope.cpython;

import dev.slotscope.layout.KeyIndex;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.RegionBuilder;
import dev.slotscope.layout.RegionKind;

import java.util.List;
import java.util.Optional;

import static dev.slotscope.cpython.ClassShape.GC_HEAD;
import static dev.slotscope.cpython.ClassShape.WORD;
import static dev.slotscope.cpython.CPythonLens.CLASS;
import static dev.slotscope.cpython.CPythonLens.DICT;
import static dev.slotscope.cpython.CPythonLens.KEYS;
import static dev.slotscope.cpython.CPythonLens.OWN_KEYS;
import static dev.slotscope.cpython.CPythonLens.VALUES;

/**
 * How instance attributes are stored without slots: split dicts sharing the class's keys
 * (3.3–3.10), values arrays beside a managed dict pointer (3.11, 3.12) and values inside the
 * object (3.13; from 3.14 after slots too). Sources: {@code Objects/dictobject.c}, {@code Objects/dict-common.h},
 * {@code Include/internal/pycore_dict.h} of each version; see {@code docs/cpython-layout-rules.md}.
 */
final class DictRules {

    private DictRules() {
    }

    /**
     * 3.8–3.10: the class's table starts with 8 slots; when the first instance's {@code __init__}
     * fills it, the dict grows to the next power of two at or above three times its size and the
     * class adopts the bigger table ({@code make_keys_shared}).
     */
    static SharedKeys legacySharedKeys(CPythonVersion version, List<String> names) {
        return SharedKeys.grownFrom(version, SharedKeys.MIN_SIZE, names);
    }

    /**
     * 3.11+: the combined table a dict gets when a name does not fit the class's keys: the values
     * stored so far move into a table sized for three times their number ({@code GROWTH_RATE}),
     * which then grows as the remaining names are inserted.
     */
    static SharedKeys overflowKeys(CPythonVersion version, int stored, List<String> names) {
        return SharedKeys.grownFrom(version, SharedKeys.sizeFor(version, stored * 3), names);
    }

    /** A {@code PyDictObject} with its GC header; {@code valuesTarget} is null for a combined dict. */
    static MemoryObject dictObject(CPythonVersion version, String label, String keysTarget, String valuesTarget) {
        RegionBuilder b = refcount(new RegionBuilder(-GC_HEAD).add(GC_HEAD, RegionKind.GC_HEADER, "GC header"), version)
                .add(WORD, RegionKind.TYPE_POINTER, "type")
                .add(WORD, RegionKind.OBJECT_FIELD, "used")
                .add(WORD, RegionKind.OBJECT_FIELD, "version")
                .pointer(WORD, RegionKind.OBJECT_FIELD, "keys", keysTarget);
        if (valuesTarget != null) {
            b.pointer(WORD, RegionKind.VALUES_POINTER, "values", valuesTarget);
        } else {
            b.add(WORD, RegionKind.VALUES_POINTER, "values");
        }
        return new MemoryObject(DICT, label, "PyDictObject", false, b.build());
    }

    /**
     * The reference count word every object starts with: one {@code Py_ssize_t} up to 3.13; from
     * 3.14 a 32-bit count, then 16 bits {@code ob_overflow} and 16 bits {@code ob_flags}.
     */
    static RegionBuilder refcount(RegionBuilder b, CPythonVersion version) {
        if (!version.splitsRefcount()) {
            return b.add(WORD, RegionKind.REFCOUNT, "refcnt");
        }
        return b.add(4, RegionKind.REFCOUNT, "refcnt")
                .add(2, RegionKind.REFCOUNT, "overflow")
                .add(2, RegionKind.REFCOUNT, "flags");
    }

    /**
     * A keys table: header, index slots, then entries. In a shared (split) table the entries hold
     * no values: those live in each instance's values.
     */
    static MemoryObject keysObject(CPythonVersion version, SharedKeys keys, boolean shared) {
        RegionBuilder b = new RegionBuilder(0).add(WORD, RegionKind.OBJECT_FIELD, "refcnt");
        boolean unicodeEntries = version.hasManagedDict();
        if (unicodeEntries) {
            b.add(1, RegionKind.OBJECT_FIELD, "log2 size")
                    .add(1, RegionKind.OBJECT_FIELD, "log2 index bytes")
                    .add(1, RegionKind.OBJECT_FIELD, "kind")
                    .add(1, RegionKind.PADDING, "padding")
                    .add(4, RegionKind.OBJECT_FIELD, "version");
        } else {
            b.add(WORD, RegionKind.OBJECT_FIELD, "size").add(WORD, RegionKind.OBJECT_FIELD, "lookup");
        }
        b.add(WORD, RegionKind.OBJECT_FIELD, "usable").add(WORD, RegionKind.OBJECT_FIELD, "nentries");
        String[] holder = new String[keys.indexSlots()];
        List<dev.slotscope.growth.TableEntry> placed = CPythonGrowth.place(version, keys.entries(), keys.indexSlots());
        for (int j = 0; j < placed.size(); j++) {
            holder[placed.get(j).slot()] = j + " '" + placed.get(j).key() + "'";
        }
        for (int i = 0; i < keys.indexSlots(); i++) {
            String entry = holder[i];
            b.add(keys.indexWidth(), RegionKind.INDEX, entry == null ? "" : entry.substring(0, entry.indexOf(' ')))
                    .note("Bucket " + i + " of " + keys.indexSlots() + (entry == null ? ": empty" : ": entry " + entry)
                            + ", where the key lands with PYTHONHASHSEED=0. Real runs randomise string hashes,"
                            + " so the buckets differ from run to run; the sizes do not.");
        }
        int entrySize = unicodeEntries ? 2 * WORD : 3 * WORD;
        for (String name : keys.entries()) {
            if (!unicodeEntries) {
                b.add(WORD, RegionKind.ENTRY_HASH, "hash");
            }
            b.add(WORD, RegionKind.ENTRY_KEY, "'" + name + "'");
            b.add(WORD, RegionKind.ENTRY_VALUE, shared ? "(unused)" : name);
            if (shared) {
                b.note("Empty in a shared table: each instance keeps its own values.");
            }
        }
        for (int i = keys.entries().size(); i < keys.capacity(); i++) {
            b.add(entrySize, RegionKind.UNUSED_ENTRY, "free");
        }
        KeyIndex index = new KeyIndex(keys.indexSlots(), java.util.stream.IntStream.range(0, placed.size())
                .mapToObj(j -> new KeyIndex.Key(j, placed.get(j).key(), placed.get(j).hash(), placed.get(j).slot()))
                .toList());
        return shared
                ? new MemoryObject(KEYS, "shared keys of the class", "PyDictKeysObject", true, b.build(), Optional.of(index))
                : new MemoryObject(OWN_KEYS, "keys of this dict", "PyDictKeysObject", false, b.build(), Optional.of(index));
    }

    /**
     * The class an instance's type pointer leads to (a {@code PyHeapTypeObject} after its GC
     * header), drawn for the one field the lesson needs, {@code ht_cached_keys}, which points at
     * the keys its instances share; the rest is drawn shortened. Sizes and offset as recorded by
     * {@code tools/record_type_object.py}; a lesson class has no member slots after the struct.
     */
    static MemoryObject classObject(CPythonVersion version, String className, List<String> classAttributes,
                                    boolean cachedKeys) {
        int keysAt = version.cachedKeysOffset();
        RegionBuilder b = refcount(new RegionBuilder(-GC_HEAD).add(GC_HEAD, RegionKind.GC_HEADER, "GC header"), version)
                .add(WORD, RegionKind.TYPE_POINTER, "type")
                .note("Points at the class's own type, its metaclass: type.")
                .add(keysAt - 2 * WORD, RegionKind.TYPE_FIELDS, "type object fields");
        if (!classAttributes.isEmpty()) {
            b.note("Among them tp_dict, the class's own __dict__, which holds its class attributes ("
                    + String.join(", ", classAttributes) + ") and its methods: one copy, whatever the number of instances.");
        }
        if (cachedKeys) {
            b.pointer(WORD, RegionKind.OBJECT_FIELD, "ht_cached_keys", KEYS);
        } else {
            b.add(WORD, RegionKind.OBJECT_FIELD, "ht_cached_keys")
                    .note("NULL: its instances keep nothing outside their slots, so they share no keys.");
        }
        if (version.heapTypeSize() > keysAt + WORD) {
            b.add(version.heapTypeSize() - keysAt - WORD, RegionKind.TYPE_FIELDS, "type object fields");
        }
        String label = "class " + className + (classAttributes.isEmpty() ? ""
                : " · class attributes: " + String.join(", ", classAttributes));
        return new MemoryObject(CLASS, label, "PyHeapTypeObject", true, b.build());
    }

    /** 3.8–3.10: the split dict's values, one pointer per usable entry of the shared keys. */
    static MemoryObject legacyValues(SharedKeys keys, List<String> names) {
        RegionBuilder b = new RegionBuilder(0);
        appendValues(b, keys.capacity(), names);
        return new MemoryObject(VALUES, "values array", "PyObject *[]", false, b.build());
    }

    /** 3.11/3.12: the values array, after a prefix that records insertion order ({@code new_values}). */
    static MemoryObject modernValues(List<String> names, int size) {
        int prefix = roundUp(size + 2, WORD);
        RegionBuilder b = new RegionBuilder(-prefix).add(prefix, RegionKind.VALUES_HEADER, "order")
                .note("The order the attributes were set in, and the prefix's own size; the values pointer"
                        + " points just past it.");
        appendValues(b, size, names);
        return new MemoryObject(VALUES, "values array", "PyDictValues", false, b.build());
    }

    /**
     * 3.13: values inside the object: capacity, size and flags in 4 bytes, the values, then the
     * insertion order. After an overflow into a real dict they stay allocated but unused.
     */
    static void appendInlineValues(RegionBuilder b, List<String> names, int capacity, boolean valid) {
        b.add(4, RegionKind.VALUES_HEADER, "header").note("Capacity, number of values, and two flags: embedded, valid.")
                .add(4, RegionKind.PADDING, "pad");
        if (!valid) {
            for (int i = 0; i < capacity; i++) {
                b.add(WORD, RegionKind.SPARE, "(unused)").note("Too many attributes to share keys: the values moved"
                        + " into a dict of their own, and this room inside the object stays allocated.");
            }
        } else {
            appendValues(b, capacity, names);
        }
        b.add(capacity, RegionKind.VALUES_HEADER, "order");
        b.alignTo(WORD);
    }

    /**
     * 3.13, a split dict without inline values: its values, with room for every key the class
     * may share ({@code new_values}: header, values, then the insertion order).
     */
    static MemoryObject dictValues(List<String> names, int capacity) {
        RegionBuilder b = new RegionBuilder(0).add(4, RegionKind.VALUES_HEADER, "header")
                .note("Capacity, number of values, and two flags: embedded, valid.")
                .add(4, RegionKind.PADDING, "pad");
        appendValues(b, capacity, names);
        b.add(capacity, RegionKind.VALUES_HEADER, "order");
        b.alignTo(WORD);
        return new MemoryObject(VALUES, "values array", "PyDictValues", false, b.build());
    }

    private static void appendValues(RegionBuilder b, int capacity, List<String> names) {
        for (int i = 0; i < capacity; i++) {
            if (i < names.size() && names.get(i).equals(DictState.NOT_SET)) {
                b.add(WORD, RegionKind.SPARE, "empty").note("The place of a key the class shares that this instance"
                        + " has not set: NULL.");
            } else if (i < names.size()) {
                b.add(WORD, RegionKind.VALUE, names.get(i));
            } else {
                b.add(WORD, RegionKind.SPARE, "spare");
            }
        }
    }

    static int roundUp(int n, int multiple) {
        return (n + multiple - 1) / multiple * multiple;
    }
}
