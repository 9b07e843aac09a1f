package dev.slotscope.cpython;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys table a class shares with its instances (3.11+, {@code ht_cached_keys}), followed
 * through the lesson's scenario: which names it holds and how many more it may take
 * ({@code dk_usable}). Every instance with inline values takes one place from it while more
 * than one is left ({@code _PyObject_InitInlineValues}), and an instance's values have room for
 * what the table holds plus what it may still take ({@code shared_keys_usable_size}).
 *
 * @param entries the names in the table, in table order
 * @param usable  places left ({@code dk_usable})
 */
record ClassKeys(List<String> entries, int usable) {

    /** {@code SHARED_KEYS_MAX_SIZE}: a class's table holds 30 names at most. */
    static final int MAX = 30;
    /** The table has 2**6 index slots ({@code NEXT_LOG2_SHARED_KEYS_MAX_SIZE}). */
    static final int SLOTS = 64;

    ClassKeys {
        entries = List.copyOf(entries);
    }

    /**
     * The table of a new class: empty up to 3.13; from 3.14 already holding the names its methods
     * assign to {@code self} ({@code __static_attributes__}, sorted), the first 30 of them.
     */
    static ClassKeys made(CPythonVersion version, List<String> staticAttributes) {
        List<String> entries = new ArrayList<>();
        if (version.prefillsSharedKeys()) {
            List<String> sorted = new ArrayList<>(staticAttributes);
            sorted.sort(AttributeNames::compareCodePoints);
            entries.addAll(sorted.subList(0, Math.min(sorted.size(), MAX)));
        }
        return new ClassKeys(entries, MAX - entries.size());
    }

    /**
     * After many instances were made, each storing {@code names} in {@code __init__}: the first one
     * takes a place, then adds the names the table lacks while it has room; the others take
     * places until one is left.
     */
    ClassKeys afterInstances(List<String> names) {
        return new ClassKeys(entries, usable > 1 ? usable - 1 : usable).storing(names).withOneLeft();
    }

    /** After one instance stored {@code names}: each name the table lacks is added while it has room. */
    ClassKeys storing(List<String> names) {
        List<String> more = new ArrayList<>(entries);
        int left = usable;
        for (String name : names) {
            if (!more.contains(name) && left > 0) {
                more.add(name);
                left--;
            }
        }
        return new ClassKeys(more, left);
    }

    private ClassKeys withOneLeft() {
        return new ClassKeys(entries, Math.min(usable, 1));
    }

    /** Room in the values of an instance made now. */
    int capacity() {
        return entries.size() + usable;
    }

    /** True when every name has its place in the table, so the instance needs no dict of its own. */
    boolean holdsAll(List<String> names) {
        return entries.containsAll(names);
    }

    /** How many of {@code names} were stored, in order, before the first one the table lacks. */
    int storedBeforeOverflow(List<String> names) {
        int stored = 0;
        while (stored < names.size() && entries.contains(names.get(stored))) {
            stored++;
        }
        return stored;
    }

    /** The table as drawn and hashed: 64 index slots, room for 42 entries. */
    SharedKeys table() {
        return new SharedKeys(SLOTS, SharedKeys.usableFraction(SLOTS), entries);
    }
}
