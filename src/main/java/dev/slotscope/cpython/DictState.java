package dev.slotscope.cpython;

import java.util.List;

/**
 * Where an instance's non-slot attributes are at one moment, and the tables behind them.
 *
 * @param mode     which of CPython's storage schemes holds them
 * @param shared   the class's shared keys table
 * @param names    the attribute names held, in insertion order
 * @param capacity room for values (3.11+ values arrays and inline values); 0 where none
 * @param own      the dict's own table, for a combined dict; null otherwise
 */
record DictState(Mode mode, SharedKeys shared, List<String> names, int capacity, SharedKeys own) {

    enum Mode {
        /** No dict and no values (yet): only the class's keys exist. */
        NONE,
        /** 3.8–3.10: a split dict whose values array matches the shared keys. */
        LEGACY_SPLIT,
        /** 3.11+: values without a dict (an array before 3.13, inside the object from 3.13). */
        VALUES,
        /** 3.13 without inline values: a split dict whose values have room for every shared key. */
        DICT_WITH_VALUES,
        /** A dict with a table of its own, no longer sharing the class's keys. */
        COMBINED
    }

    DictState {
        names = List.copyOf(names);
    }

    /** The state of a fresh instance made while many others are alive, as {@link CPythonLens#describe} shows it. */
    static DictState fresh(CPythonVersion version, List<String> staticAttributes, List<String> names, ClassShape shape) {
        if (!shape.managedDict()) {
            SharedKeys keys = DictRules.legacySharedKeys(version, names);
            return new DictState(names.isEmpty() ? Mode.NONE : Mode.LEGACY_SPLIT, keys, names, 0, null);
        }
        ClassKeys keys = ClassKeys.made(version, staticAttributes).afterInstances(names);
        SharedKeys shared = keys.table();
        if (!keys.holdsAll(names)) {
            return new DictState(Mode.COMBINED, shared, names, keys.capacity(),
                    DictRules.overflowKeys(version, keys.storedBeforeOverflow(names), names));
        }
        if (version.hasInlineValues() && !shape.inlineValues()) {
            return withoutInlineValues(version, names);
        }
        return new DictState(Mode.VALUES, shared, names, keys.capacity(), null);
    }

    /** 3.13 without inline values: a split dict's values have room for this many keys. */
    static final int SPLIT_DICT_CAPACITY = 30;

    /**
     * 3.13+ for a class whose instances keep no values inline (it has slots, on 3.13): no dict
     * until a name is stored outside the slots, then a split dict over the class's keys whose values
     * have room for all 30 it may share, and past 30 names a dict of its own.
     */
    static DictState withoutInlineValues(CPythonVersion version, List<String> names) {
        SharedKeys shared = new SharedKeys(ClassKeys.SLOTS, SharedKeys.usableFraction(ClassKeys.SLOTS),
                names.subList(0, Math.min(names.size(), SPLIT_DICT_CAPACITY)));
        if (names.isEmpty()) {
            return new DictState(Mode.NONE, shared, names, 0, null);
        }
        if (names.size() <= SPLIT_DICT_CAPACITY) {
            return new DictState(Mode.DICT_WITH_VALUES, shared, names, SPLIT_DICT_CAPACITY, null);
        }
        return new DictState(Mode.COMBINED, shared, names, 0,
                SharedKeys.grownFrom(version, SharedKeys.sizeFor(version, SPLIT_DICT_CAPACITY * 3), names));
    }

    /**
     * What each value place holds, in order: the names in the order of the keys they share (sorted
     * first on 3.14, whose class keys start with the sorted static attributes), else insertion
     * order. A shared key this instance never set keeps its place empty: {@link #NOT_SET}.
     */
    List<String> valueOrder() {
        if (mode == Mode.LEGACY_SPLIT || mode == Mode.COMBINED) {
            return names;
        }
        List<String> keys = shared.entries();
        int last = keys.stream().filter(names::contains).mapToInt(keys::indexOf).max().orElse(-1);
        return keys.subList(0, last + 1).stream().map(k -> names.contains(k) ? k : NOT_SET).toList();
    }

    /**
     * In {@link #valueOrder}: the place of a shared key the instance has not set (on 3.14 the
     * class's keys start with every name its methods assign, {@code __x} unmangled among them).
     */
    static final String NOT_SET = "";
}
