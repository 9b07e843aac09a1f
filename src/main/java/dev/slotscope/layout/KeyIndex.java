package dev.slotscope.layout;

import java.util.List;
import java.util.Optional;

/**
 * Which entry each index slot of a hash table holds, so a drawing can number slots and entries and
 * join them: the part of a table that its bytes alone do not tell.
 *
 * @param slots the number of index slots, a power of two
 * @param keys  the entries, in entry order, each with its hash and the slot it landed in
 */
public record KeyIndex(int slots, List<Key> keys) {

    public KeyIndex {
        keys = List.copyOf(keys);
    }

    /**
     * One entry of the table.
     *
     * @param entry the entry's number (its place in the entries array)
     * @param name  the key
     * @param hash  the key's hash as the table stores it
     * @param slot  the index slot that holds the entry's number
     */
    public record Key(int entry, String name, long hash, int slot) {
    }

    /** {@code hash & mask} is where a key's probing starts. */
    public long mask() {
        return slots - 1L;
    }

    /** The entry whose number index slot {@code slot} holds, if any. */
    public Optional<Key> inSlot(int slot) {
        return keys.stream().filter(k -> k.slot() == slot).findFirst();
    }

    /** Entry number {@code entry}, if the table holds that many. */
    public Optional<Key> entry(int entry) {
        return entry >= 0 && entry < keys.size() ? Optional.of(keys.get(entry)) : Optional.empty();
    }
}
