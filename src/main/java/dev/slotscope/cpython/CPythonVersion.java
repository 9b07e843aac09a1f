package dev.slotscope.cpython;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CPython versions the lens models (64-bit builds). Each constant names the changes to
 * object layout that version brought, so the lens asks questions instead of comparing numbers.
 */
public enum CPythonVersion {
    // The class object's figures, type.__basicsize__ and where ht_cached_keys sits in it, as
    // tools/record_type_object.py recorded them (fixtures/cpython-type).
    V3_8(8, 880, 872), V3_9(9, 880, 864), V3_10(10, 888, 872), V3_11(11, 904, 872), V3_12(12, 920, 880),
    V3_13(13, 928, 880), V3_14(14, 936, 880), V3_15(15, 944, 888);

    private final int minor;
    private final int heapTypeSize;
    private final int cachedKeysOffset;

    CPythonVersion(int minor, int heapTypeSize, int cachedKeysOffset) {
        this.minor = minor;
        this.heapTypeSize = heapTypeSize;
        this.cachedKeysOffset = cachedKeysOffset;
    }

    /** Bytes of a class made by a class statement ({@code sizeof(PyHeapTypeObject)}), after its GC header. */
    public int heapTypeSize() {
        return heapTypeSize;
    }

    /** Where a class keeps the pointer to the keys its instances share ({@code ht_cached_keys}). */
    public int cachedKeysOffset() {
        return cachedKeysOffset;
    }

    public int minor() {
        return minor;
    }

    /** "3.12". */
    public String number() {
        return "3." + minor;
    }

    /** The runtime id used by the CLI and files: "cpython-3.12". */
    public String id() {
        return "cpython-" + number();
    }

    /** "CPython 3.12". */
    public String displayName() {
        return "CPython " + number();
    }

    /** 3.10 added {@code @dataclass(slots=True)}. */
    public boolean hasDataclassSlots() {
        return minor >= 10;
    }

    /** 3.11 moved the dict pointer before the object and keeps values without a dict. */
    public boolean hasManagedDict() {
        return minor >= 11;
    }

    /** 3.12 moved the weakref list pointer before the object too. */
    public boolean hasManagedWeakref() {
        return minor >= 12;
    }

    /** 3.13 stores the values inside the object's own allocation. */
    public boolean hasInlineValues() {
        return minor >= 13;
    }

    /**
     * 3.14 keeps the values inside every object whose class has no variable-size items
     * ({@code tp_itemsize == 0}), slots or not; 3.13 only when the object had nothing but its header.
     */
    public boolean hasInlineValuesBesideSlots() {
        return minor >= 14;
    }

    /**
     * 3.14 fills a new class's shared keys with the names its methods assign to {@code self}
     * ({@code __static_attributes__}, sorted), before any instance exists.
     */
    public boolean prefillsSharedKeys() {
        return minor >= 14;
    }

    /**
     * 3.14's {@code calculate_log2_keysize} picks the smallest power of two at or above the size
     * asked for (at least 8), as 3.9 did; 3.10 to 3.13 gave 16 for anything below 8.
     */
    public boolean sizesKeysExactly() {
        return minor <= 9 || minor >= 14;
    }

    /**
     * 3.14 splits the reference count word into a 32-bit count, a 16-bit overflow and 16 bits of
     * flags ({@code ob_refcnt}, {@code ob_overflow}, {@code ob_flags}); the header stays 16 bytes.
     */
    public boolean splitsRefcount() {
        return minor >= 14;
    }

    /** 3.13 says why a new attribute cannot be set on an object without a dict. */
    public boolean explainsMissingDict() {
        return minor >= 13;
    }

    public static Optional<CPythonVersion> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id) || v.number().equals(id)).findFirst();
    }

    /** The newest version modelled. */
    public static CPythonVersion latest() {
        CPythonVersion[] all = values();
        return all[all.length - 1];
    }
}
