package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.HashTable;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.TableEntry;
import dev.slotscope.jvm.lesson.ChildPoint;
import dev.slotscope.jvm.lesson.MapPoint;
import dev.slotscope.layout.Limits;
import dev.slotscope.layout.Region;

import javax.lang.model.SourceVersion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds attributes to a real instance one at a time and reads its layout and its {@code HashMap}
 * with JOL after every step: nothing here is computed, all of it is read from the live map.
 */
public final class JvmGrowth {

    private final JvmLens lens = new JvmLens();

    public List<GrowthStep> grow(JvmVariant variant, AttributeNames attrs, List<String> add, JvmMode mode) {
        return grow(variant, attrs, add, mode, List.of());
    }

    /**
     * As {@link #grow(JvmVariant, AttributeNames, List, JvmMode)}, walking only the steps not
     * grown last time in this mode: adding an attribute in the window walks one new step per
     * mode, rather than every step again, which made enough garbage to pause its animation.
     */
    public List<GrowthStep> growFromLast(JvmVariant variant, AttributeNames attrs, List<String> add, JvmMode mode) {
        synchronized (LAST) {
            Grown before = LAST.get(mode);
            List<GrowthStep> known = before == null ? List.of() : before.sharedWith(variant, attrs, add);
            List<GrowthStep> steps = grow(variant, attrs, add, mode, known);
            LAST.put(mode, new Grown(variant, attrs, List.copyOf(add), List.copyOf(steps)));
            return steps;
        }
    }

    /** The steps grown last in each mode. */
    private static final Map<JvmMode, Grown> LAST = new EnumMap<>(JvmMode.class);

    /** Steps grown for a class, its attributes and the attributes added, in one mode. */
    private record Grown(JvmVariant variant, AttributeNames attrs, List<String> add, List<GrowthStep> steps) {

        /** The steps that growing {@code now} shares with these: those of the attributes both add first. */
        List<GrowthStep> sharedWith(JvmVariant v, AttributeNames a, List<String> now) {
            if (!variant.equals(v) || !attrs.equals(a)) {
                return List.of();
            }
            int common = 0;
            while (common < add.size() && common < now.size() && add.get(common).equals(now.get(common))) {
                common++;
            }
            return steps.subList(0, common + 1);
        }
    }

    /**
     * As {@link #grow(JvmVariant, AttributeNames, List, JvmMode)}, taking the first steps from
     * {@code known}: steps grown before for the same class, attributes and mode, and for attributes
     * added that begin as {@code add} does. A step depends only on the attributes before it, so
     * adding one more attribute walks one new step instead of all of them again.
     */
    public List<GrowthStep> grow(JvmVariant variant, AttributeNames attrs, List<String> add, JvmMode mode,
                                 List<GrowthStep> known) {
        Limits.checkAdded(add.size());
        add.forEach(AttributeNames::checkName);
        Object instance = variant.newInstance(attrs);
        Object other = variant.newInstance(attrs);
        List<GrowthStep> steps = new ArrayList<>();
        steps.add(known.isEmpty() ? step(0, new StepOutcome.Constructed(), instance, other, mode) : known.get(0));
        for (int i = 0; i < add.size(); i++) {
            String name = add.get(i);
            StepOutcome outcome;
            if (set(instance, name)) {
                set(other, name);
                outcome = new StepOutcome.Stored(name);
            } else {
                outcome = new StepOutcome.Refused(name, refusal(variant.javaClass().getSimpleName(), name));
            }
            steps.add(i + 1 < known.size() ? known.get(i + 1) : step(i + 1, outcome, instance, other, mode));
        }
        return steps;
    }

    /**
     * A class of the user's Java source, grown: its instance as laid out (none is made, so none of its
     * code runs), then for each name in {@code add} a field it has is only assigned and any other is
     * refused, as a Java class's fields are fixed when it is compiled. The layout never changes.
     */
    public List<GrowthStep> grow(JavaCompilation.Compiled unit, String className, List<String> add, JvmMode mode) {
        return grow(lens, unit, className, add, mode);
    }

    /** As {@link #grow(JavaCompilation.Compiled, String, List, JvmMode)}, the class laid out by {@code layouts}. */
    public List<GrowthStep> grow(JvmLayouts layouts, JavaCompilation.Compiled unit, String className, List<String> add,
                                 JvmMode mode) {
        for (String name : add) {
            if (!SourceVersion.isName(name) || name.contains(".")) {
                throw new JvmLensException("'" + name + "' is not a Java field name");
            }
        }
        JvmObject object = layouts.describeCompiled(unit, Optional.of(className), mode, false);
        Set<String> fields = object.layout().instance().regions().stream().filter(r -> r.declaringClass().isPresent())
                .map(Region::label).collect(Collectors.toSet());
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        List<GrowthStep> steps = new ArrayList<>();
        steps.add(new GrowthStep(0, new StepOutcome.Constructed(), object.layout(), object.instanceSize(), Optional.empty()));
        for (String name : add) {
            StepOutcome outcome = fields.contains(name) ? new StepOutcome.Stored(name)
                    : new StepOutcome.Refused(name, refusal(simpleName, name));
            steps.add(new GrowthStep(steps.size(), outcome, object.layout(), object.instanceSize(), Optional.empty()));
        }
        return steps;
    }

    /** Stores {@code name} in the object's map; false when the class has no map to hold it. */
    private static boolean set(Object instance, String name) {
        if (instance instanceof MapPoint map) {
            map.set(name, 1.5);
            return true;
        }
        if (instance instanceof ChildPoint child) {
            child.set(name, 1.5);
            return true;
        }
        return false;
    }

    /** Why a field-based Java object cannot gain an attribute, and what a Java programmer does. */
    static String refusal(String cls, String name) {
        return cls + " has no field '" + name + "', and cannot get one: a Java class's fields are fixed when it is"
                + " compiled. A Java programmer adds the field to the class and recompiles, or keeps extra values"
                + " in a Map<String, Object>.";
    }

    private GrowthStep step(int index, StepOutcome outcome, Object instance, Object other, JvmMode mode) {
        JvmObject object = lens.walked(variantId(instance), instance, other, mode, new ArrayList<>());
        return new GrowthStep(index, outcome, object.layout(), object.layout().ownedBytes(), table(instance));
    }

    private static String variantId(Object instance) {
        return instance.getClass().getName();
    }

    /** The first {@code HashMap}'s table, read from the live map: length, and each node's stored hash and bucket. */
    private static Optional<HashTable> table(Object root) {
        Optional<Object> map = ObjectWalker.reachable(root).stream()
                .filter(o -> o.getClass() == java.util.HashMap.class).findFirst();
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Object[] table = (Object[]) JvmLens.read(map.get(), java.util.HashMap.class, "table");
        List<TableEntry> entries = new ArrayList<>();
        if (table != null) {
            for (int bucket = 0; bucket < table.length; bucket++) {
                for (Object node = table[bucket]; node != null; node = JvmLens.read(node, node.getClass(), "next")) {
                    Object key = JvmLens.read(node, node.getClass(), "key");
                    int hash = Jol.vm().getInt(node, Jol.vm().fieldOffset(field(node.getClass(), "hash")));
                    entries.add(new TableEntry(String.valueOf(key), hash, bucket));
                }
            }
        }
        return Optional.of(new HashTable(table == null ? 0 : table.length, entries, Optional.empty()));
    }

    private static java.lang.reflect.Field field(Class<?> c, String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            try {
                return k.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // Declared further up: keep looking.
            }
        }
        throw new IllegalStateException(c + " has no field " + name);
    }
}
