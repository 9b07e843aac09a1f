package dev.slotscope.cpython;

/**
 * The class's shared keys table ({@code ht_cached_keys}) once many instances exist: how many index
 * slots it has, how many entries it has room for, and which attributes are in it.
 *
 * @param indexSlots  number of index slots (buckets), a power of two
 * @param capacity    entries allocated ({@code USABLE_FRACTION} of the index slots)
 * @param entries     keys stored, in insertion order
 */
record SharedKeys(int indexSlots, int capacity, java.util.List<String> entries) {

    /** 2/3 of the slots may be used before the table must grow ({@code USABLE_FRACTION}). */
    static int usableFraction(int slots) {
        return (slots << 1) / 3;
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
