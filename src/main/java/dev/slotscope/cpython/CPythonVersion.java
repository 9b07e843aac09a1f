package dev.slotscope.cpython;

import java.util.Arrays;
import java.util.Optional;

/**
 * The CPython versions the lens models (64-bit builds). Each constant names the changes to
 * object layout that version brought, so the lens asks questions instead of comparing numbers.
 */
public enum CPythonVersion {
    V3_8(8), V3_9(9), V3_10(10), V3_11(11), V3_12(12), V3_13(13);

    private final int minor;

    CPythonVersion(int minor) {
        this.minor = minor;
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

    /** 3.13 says why a new attribute cannot be set on an object without a dict. */
    public boolean explainsMissingDict() {
        return minor >= 13;
    }

    public static Optional<CPythonVersion> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id) || v.number().equals(id)).findFirst();
    }

    public static CPythonVersion latest() {
        return V3_13;
    }
}
