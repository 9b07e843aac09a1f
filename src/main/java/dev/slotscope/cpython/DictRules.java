package dev.slotscope.cpython;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.RegionBuilder;
import dev.slotscope.layout.RegionKind;

import java.util.List;

import static dev.slotscope.cpython.ClassShape.GC_HEAD;
import static dev.slotscope.cpython.ClassShape.WORD;
import static dev.slotscope.cpython.CPythonLens.DICT;
import static dev.slotscope.cpython.CPythonLens.KEYS;
import static dev.slotscope.cpython.CPythonLens.VALUES;

/**
 * How instance attributes are stored without slots: split dicts sharing the class's keys
 * (3.3–3.10), values arrays beside a managed dict pointer (3.11, 3.12) and values inside the
 * object (3.13). Sources: {@code Objects/dictobject.c}, {@code Objects/dict-common.h},
 * {@code Include/internal/pycore_dict.h} of each version.
 */
final class DictRules {

    /** {@code PyDict_MINSIZE}: a new keys table has 8 index slots. */
    static final int MIN_SIZE = 8;
    /** 3.11+: the class's keys table is made with 2**6 slots ({@code NEXT_LOG2_SHARED_KEYS_MAX_SIZE}). */
    static final int MODERN_SHARED_SLOTS = 64;
    /** 3.11+: at most this many keys are shared ({@code SHARED_KEYS_MAX_SIZE}). */
    static final int SHARED_KEYS_MAX_SIZE = 30;

    private DictRules() {
    }

    /**
     * 3.8–3.10: the keys table starts with 8 slots; when the first instance's {@code __init__} fills
     * it, the dict resizes to the next power of two at or above three times its size
     * ({@code GROWTH_RATE}) and the class adopts the bigger table ({@code make_keys_shared}).
     */
    static SharedKeys sharedKeysSplit(List<String> names) {
        int slots = MIN_SIZE;
        for (int used = 0; used < names.size(); used++) {
            if (used >= SharedKeys.usableFraction(slots)) {
                slots = nextPowerOfTwo(used * 3);
            }
        }
        return new SharedKeys(slots, SharedKeys.usableFraction(slots), names);
    }

    /** 3.11+: one fixed table of 64 slots for the class, holding up to 30 keys. */
    static SharedKeys sharedKeysModern(CPythonVersion version, List<String> names) {
        return new SharedKeys(MODERN_SHARED_SLOTS, SharedKeys.usableFraction(MODERN_SHARED_SLOTS), names);
    }

    private static int nextPowerOfTwo(int atLeast) {
        int n = MIN_SIZE;
        while (n < atLeast) {
            n <<= 1;
        }
        return n;
    }

    /** The {@code PyDictObject} of a split dict, with its GC header. */
    static MemoryObject splitDict(CPythonVersion version) {
        RegionBuilder b = new RegionBuilder(-GC_HEAD)
                .add(GC_HEAD, RegionKind.GC_HEADER, "GC header")
                .add(WORD, RegionKind.REFCOUNT, "refcnt")
                .add(WORD, RegionKind.TYPE_POINTER, "type")
                .add(WORD, RegionKind.OBJECT_FIELD, "ma_used")
                .add(WORD, RegionKind.OBJECT_FIELD, "ma_version_tag")
                .pointer(WORD, RegionKind.OBJECT_FIELD, "ma_keys", KEYS)
                .pointer(WORD, RegionKind.VALUES_POINTER, "ma_values", VALUES);
        return new MemoryObject(DICT, "__dict__ (split)", "PyDictObject", false, b.build());
    }

    /** The class's shared keys table: header, index slots, then entries. */
    static MemoryObject keysObject(CPythonVersion version, SharedKeys keys) {
        RegionBuilder b = new RegionBuilder(0).add(WORD, RegionKind.OBJECT_FIELD, "dk_refcnt");
        int entrySize;
        if (version.hasManagedDict()) {
            b.add(1, RegionKind.OBJECT_FIELD, "log2 size")
                    .add(1, RegionKind.OBJECT_FIELD, "log2 index bytes")
                    .add(1, RegionKind.OBJECT_FIELD, "kind")
                    .add(1, RegionKind.PADDING, "padding")
                    .add(4, RegionKind.OBJECT_FIELD, "dk_version");
            entrySize = 2 * WORD;
        } else {
            b.add(WORD, RegionKind.OBJECT_FIELD, "dk_size")
                    .add(WORD, RegionKind.OBJECT_FIELD, "dk_lookup");
            entrySize = 3 * WORD;
        }
        b.add(WORD, RegionKind.OBJECT_FIELD, "dk_usable").add(WORD, RegionKind.OBJECT_FIELD, "dk_nentries");
        for (int i = 0; i < keys.indexSlots(); i++) {
            b.add(keys.indexWidth(), RegionKind.INDEX, "");
        }
        for (String name : keys.entries()) {
            if (entrySize == 3 * WORD) {
                b.add(WORD, RegionKind.ENTRY_HASH, "hash");
            }
            b.add(WORD, RegionKind.ENTRY_KEY, "'" + name + "'");
            b.add(WORD, RegionKind.ENTRY_VALUE, "(in values)");
        }
        for (int i = keys.entries().size(); i < keys.capacity(); i++) {
            b.add(entrySize, RegionKind.UNUSED_ENTRY, "free");
        }
        return new MemoryObject(KEYS, "shared keys of the class", "PyDictKeysObject", true, b.build());
    }

    /** 3.8–3.10: the split dict's values, one pointer per usable entry of the shared keys. */
    static MemoryObject splitValues(SharedKeys keys, List<String> names) {
        RegionBuilder b = new RegionBuilder(0);
        appendValues(b, keys.capacity(), names);
        return new MemoryObject(VALUES, "values array", "PyObject *[]", false, b.build());
    }

    /**
     * 3.11/3.12: a values array sized to the shared keys' entries plus one spare (the class's
     * spare room shrinks by one per new instance until one is left), after a prefix that records
     * insertion order ({@code new_values}).
     */
    static MemoryObject valuesArray(SharedKeys keys, List<String> names) {
        int size = valueCapacity(names);
        int prefix = roundUp(size + 2, WORD);
        RegionBuilder b = new RegionBuilder(-prefix).add(prefix, RegionKind.VALUES_HEADER, "order");
        appendValues(b, size, names);
        return new MemoryObject(VALUES, "values array", "PyDictValues", false, b.build());
    }

    /** 3.13: values inside the object: a 4-byte header, the values, then the insertion order. */
    static void appendInlineValues(RegionBuilder b, SharedKeys keys, List<String> names) {
        int capacity = valueCapacity(names);
        b.add(4, RegionKind.VALUES_HEADER, "capacity, size, flags").add(4, RegionKind.PADDING, "padding");
        appendValues(b, capacity, names);
        b.add(capacity, RegionKind.VALUES_HEADER, "order");
        b.alignTo(WORD);
    }

    private static int valueCapacity(List<String> names) {
        return Math.min(names.size(), SHARED_KEYS_MAX_SIZE) + 1;
    }

    private static void appendValues(RegionBuilder b, int capacity, List<String> names) {
        for (int i = 0; i < capacity; i++) {
            if (i < names.size()) {
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
