package dev.slotscope.cpython;

import java.util.List;

/**
 * A dict keys table: how many index slots it has, how many entries it has room for, and which
 * keys are in it. Either the class's shared table ({@code ht_cached_keys}) or one dict's own.
 *
 * @param indexSlots number of index slots (buckets), a power of two
 * @param capacity   entries allocated ({@code USABLE_FRACTION} of the index slots, or less)
 * @param entries    keys stored, in insertion order
 */
record SharedKeys(int indexSlots, int capacity, List<String> entries) {

    /** {@code PyDict_MINSIZE}: a new keys table has 8 index slots. */
    static final int MIN_SIZE = 8;

    SharedKeys {
        entries = List.copyOf(entries);
    }

    /** 2/3 of the slots may be used before the table must grow ({@code USABLE_FRACTION}). */
    static int usableFraction(int slots) {
        return (slots << 1) / 3;
    }

    /**
     * The table size a resize to {@code minsize} picks. Up to 3.9 ({@code dictresize}): the
     * smallest power of two, at least 8, not below it. From 3.10 ({@code calculate_keysize},
     * {@code calculate_log2_keysize}): {@code 1 << bit_length(((minsize | 8) - 1) | 7)}, which
     * gives 16 for any minsize from 1 to 7 and doubles at exact powers of two from 16. 3.14 went
     * back to the smallest power of two at or above minsize, at least 8
     * ({@code _Py_bit_length(Py_MAX(minsize, PyDict_MINSIZE) - 1)}).
     */
    static int sizeFor(CPythonVersion version, int minsize) {
        if (!version.sizesKeysExactly()) {
            int m = ((minsize | MIN_SIZE) - 1) | (MIN_SIZE - 1);
            return 1 << (Integer.SIZE - Integer.numberOfLeadingZeros(m));
        }
        int n = MIN_SIZE;
        while (n < minsize) {
            n <<= 1;
        }
        return n;
    }

    /**
     * A dict's own table after inserting {@code names} one by one into a table of
     * {@code slots} slots, resizing for {@code used * 3} ({@code GROWTH_RATE}) whenever it is full.
     */
    static SharedKeys grownFrom(CPythonVersion version, int slots, List<String> names) {
        int size = slots;
        for (int used = 0; used < names.size(); used++) {
            if (used >= usableFraction(size)) {
                size = sizeFor(version, used * 3);
            }
        }
        return new SharedKeys(size, usableFraction(size), names);
    }

    /** Bytes per index slot: the narrowest signed integer that can hold an entry number. */
    int indexWidth() {
        if (indexSlots <= 0x80) {
            return 1;
        }
        if (indexSlots <= 0x8000) {
            return 2;
        }
        return 4;
    }
}
