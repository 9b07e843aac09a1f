package dev.slotscope.cpython;

import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.HashTable;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.TableEntry;
import dev.slotscope.layout.Limits;
import dev.slotscope.layout.ObjectLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Growth on CPython, in the fixed scenario the fixtures record ({@code tools/record_growth.py}):
 * for step k, one instance gets the first k extra attributes and is freed; then 20,000 instances
 * get them and stay alive, and one more is inspected; everything is freed before step k+1. The
 * class is the same throughout, so what earlier steps did to its shared keys matters:
 * <ul>
 * <li>3.8–3.10: each step's first instance grows the class's shared keys (nothing else shares
 * them then), so every step is a split dict over keys sized for all its attributes.
 * <li>3.11+: the 20,000 instances of step 0 leave the class's keys one free place; the first added
 * attribute takes it, and from the second on every instance has a combined dict of its own,
 * grown from {@code used * 3} (3.14 sizes that table exactly: 8 slots for 3 or 6). 3.13+ keeps
 * its (now unused) inline values; a 3.13 class without inline values shares up to 30 keys and
 * gives each dict room for all of them. From 3.14 every class with a dict has inline values.
 * </ul>
 * Slotted objects refuse every new attribute with the version's exact {@code AttributeError}.
 */
public final class CPythonGrowth {

    private final CPythonLens lens = new CPythonLens();

    public List<GrowthStep> grow(CPythonVersion version, Variant variant, AttributeNames attrs, List<String> add) {
        return grow(version, new PythonClass.Lesson(variant, attrs), add);
    }

    /** An instance of {@code pythonClass} as constructed, then after each name of {@code add} is set from outside. */
    public List<GrowthStep> grow(CPythonVersion version, PythonClass pythonClass, List<String> add) {
        Limits.checkAdded(add.size());
        add.forEach(AttributeNames::checkName);
        CPythonLens.Plan plan = lens.plan(version, pythonClass);
        CPythonObject fresh = lens.describe(version, pythonClass);
        int getsizeof = fresh.figures().getsizeof();
        List<String> base = plan.dictNames();
        // __static_attributes__ holds the names as written (unmangled), unlike the instance's keys.
        ClassKeys classKeys = ClassKeys.made(version, plan.staticAttributes()).afterInstances(base);
        List<String> names = new ArrayList<>(base);
        List<GrowthStep> steps = new ArrayList<>();
        steps.add(step(0, new StepOutcome.Constructed(), version, plan, fresh, classKeys, names, getsizeof));
        for (int i = 0; i < add.size(); i++) {
            String name = add.get(i);
            AttributeOutcome outcome = lens.addAttribute(version, pythonClass, name);
            StepOutcome result;
            if (outcome instanceof AttributeOutcome.Refused refused) {
                result = new StepOutcome.Refused(name, refused.message());
            } else {
                // Added from outside the class, so not mangled: obj.__x is a new key beside _Class__x.
                if (plan.hasDict() && !plan.slotNames().contains(name) && !names.contains(name)) {
                    names.add(name);
                }
                result = new StepOutcome.Stored(name);
            }
            steps.add(step(i + 1, result, version, plan, fresh, classKeys, names, getsizeof));
        }
        return steps;
    }

    private GrowthStep step(int index, StepOutcome outcome, CPythonVersion version, CPythonLens.Plan plan,
                            CPythonObject fresh, ClassKeys classKeys, List<String> names, int getsizeof) {
        if (!plan.hasDict()) {
            ObjectLayout layout = fresh.layout();
            return new GrowthStep(index, outcome, layout, layout.ownedBytes(), Optional.empty(), Optional.of(getsizeof),
                    Optional.empty());
        }
        DictState state = stateAfter(version, plan.shape(), classKeys, names);
        ObjectLayout layout = CPythonLens.layout(version, plan, state);
        return new GrowthStep(index, outcome, layout, layout.ownedBytes(), Optional.of(table(version, state)),
                Optional.of(getsizeof), Optional.of(dictGetsizeof(version, state)));
    }

    /**
     * The instance's state once {@code names} are set, after the earlier steps of the scenario;
     * {@code classKeys} is the class's table as step 0's instances left it.
     */
    static DictState stateAfter(CPythonVersion version, ClassShape shape, ClassKeys classKeys, List<String> names) {
        if (!shape.managedDict()) {
            return DictState.fresh(version, List.of(), names, shape);
        }
        if (version.hasInlineValues() && !shape.inlineValues()) {
            return DictState.withoutInlineValues(version, names);
        }
        // Step 0's instances leave one free place in the class's keys (none once they hold 30, or
        // 29 up to 3.13): the first added attribute takes it, the next ones need a dict.
        int limit = classKeys.capacity();
        ClassKeys keys = classKeys.storing(names);
        if (keys.holdsAll(names)) {
            return new DictState(DictState.Mode.VALUES, keys.table(), names, limit, null);
        }
        return new DictState(DictState.Mode.COMBINED, keys.table(), names, limit,
                DictRules.overflowKeys(version, keys.storedBeforeOverflow(names), names));
    }

    /** {@code sys.getsizeof(obj.__dict__)}: reading it makes a dict over what the instance holds. */
    static int dictGetsizeof(CPythonVersion version, DictState state) {
        int dict = ClassShape.GC_HEAD + 6 * ClassShape.WORD;
        return switch (state.mode()) {
            case NONE -> dict + ClassShape.WORD * (version.hasManagedDict() ? DictState.SPLIT_DICT_CAPACITY : state.shared().capacity());
            case LEGACY_SPLIT -> dict + ClassShape.WORD * state.shared().capacity();
            case VALUES, DICT_WITH_VALUES -> dict + ClassShape.WORD * state.capacity();
            case COMBINED -> dict + DictRules.keysObject(version, state.own(), false).size();
        };
    }

    /** The table as the interpreter holds it: the dict's own if it has one, else the class's shared keys. */
    static HashTable table(CPythonVersion version, DictState state) {
        boolean combined = state.mode() == DictState.Mode.COMBINED;
        SharedKeys keys = combined ? state.own() : state.shared();
        List<String> entries = combined || !version.hasManagedDict() ? state.names() : keys.entries();
        return new HashTable(keys.indexSlots(), place(version, entries, keys.indexSlots()), Optional.of(!combined));
    }

    /** Inserts the keys in order, each at the first free slot of CPython's probe sequence. */
    static List<TableEntry> place(CPythonVersion version, List<String> keys, int slots) {
        int[] index = new int[slots];
        java.util.Arrays.fill(index, -1);
        long mask = slots - 1;
        List<TableEntry> placed = new ArrayList<>();
        for (int j = 0; j < keys.size(); j++) {
            long hash = StringHash.of(keys.get(j), version);
            long perturb = hash;
            long i = hash & mask;
            while (index[(int) i] >= 0) {
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            index[(int) i] = j;
            placed.add(new TableEntry(keys.get(j), hash, (int) i));
        }
        return placed;
    }
}
