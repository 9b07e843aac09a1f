package dev.slotscope.explain;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

/**
 * Which kind of CPython block a region belongs to: the same kind of bytes means different fields
 * in an instance, a dict, a keys table or a values array.
 */
enum CPythonBlock {
    INSTANCE, DICT, KEYS, VALUES,
    /** The class an instance's type pointer leads to. */
    CLASS,
    /** The caller did not say, and the region alone does not tell. */
    UNKNOWN;

    /** From the C type the CPython lens gives each attached object; anything else is the instance. */
    static CPythonBlock of(MemoryObject object) {
        return switch (object.type()) {
            case "PyDictObject" -> DICT;
            case "PyDictKeysObject" -> KEYS;
            case "PyDictValues", "PyObject *[]" -> VALUES;
            case "PyHeapTypeObject" -> CLASS;
            default -> INSTANCE;
        };
    }

    /**
     * From the region alone, where its kind, label and size tell (they do for every field of a dict
     * or keys table); otherwise {@link #UNKNOWN}.
     */
    static CPythonBlock guess(Region region) {
        if (region.kind() == RegionKind.OBJECT_FIELD) {
            return switch (region.label()) {
                case "used", "keys" -> DICT;
                case "ht_cached_keys" -> CLASS;
                // ma_version_tag is 8 bytes, dk_version 4.
                case "version" -> region.size() == 8 ? DICT : KEYS;
                default -> KEYS;
            };
        }
        return switch (region.kind()) {
            case INDEX, ENTRY_HASH, ENTRY_KEY, ENTRY_VALUE, UNUSED_ENTRY -> KEYS;
            case TYPE_FIELDS -> CLASS;
            case DICT_POINTER, WEAKREF_POINTER, PREHEADER, SLOT -> INSTANCE;
            // Only the instance has a values pointer before it; a dict's ma_values is a field.
            case VALUES_POINTER -> region.offset() < 0 ? INSTANCE : DICT;
            // Only an instance's type pointer is drawn as leading to the shared keys.
            case TYPE_POINTER -> region.pointsTo().isPresent() ? INSTANCE : UNKNOWN;
            // The one byte between dk_kind and dk_version (3.11+); values padding is never there.
            case PADDING -> region.offset() == 11 && region.size() == 1 ? KEYS : UNKNOWN;
            default -> UNKNOWN;
        };
    }
}
