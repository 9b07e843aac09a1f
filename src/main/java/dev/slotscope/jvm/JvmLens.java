package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.jvm.probe.LocalJvm;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.RegionBuilder;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.Progress;
import org.openjdk.jol.info.ClassLayout;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JVM lens: real layouts read with JOL from the running VM, or JOL's estimates for other VM
 * modes. Calls can take a while (the first one starts JOL): run them off the JavaFX thread.
 * A user's class never runs in this VM: where an instance of one is made (its graph walked), it is
 * made in a child VM of the running JDK ({@link LocalJvm#runningJdk()}), which a constructor that
 * loops, exits or prints cannot harm.
 */
public final class JvmLens implements JvmLayouts {

    /** How long a child VM's answers for a user's class are reused: long enough for one view's modes. */
    private static final long REUSE_NANOS = Duration.ofSeconds(5).toNanos();
    private static Isolated lastIsolated;

    private final boolean isolateUserCode;

    /** What a child VM answered for one user class, and when. */
    private record Isolated(Object key, Map<JvmMode, JvmObject> objects, long madeAt) {
    }

    public JvmLens() {
        this(true);
    }

    private JvmLens(boolean isolateUserCode) {
        this.isolateUserCode = isolateUserCode;
    }

    /**
     * A user's class laid out in a child VM, in every mode at once: a view asks for each mode in
     * turn, and one child (a second or two to start) answers them all. The answers are reused for
     * the same class only briefly, so a class rebuilt meanwhile is made afresh.
     */
    private static synchronized JvmObject isolated(Object key, JvmMode mode,
                                                   Function<List<JvmMode>, List<JvmObject>> inChild) {
        long now = System.nanoTime();
        if (lastIsolated == null || !lastIsolated.key().equals(key) || now - lastIsolated.madeAt() > REUSE_NANOS) {
            List<JvmMode> modes = List.of(JvmMode.values());
            List<JvmObject> objects = inChild.apply(modes);
            Map<JvmMode, JvmObject> byMode = new EnumMap<>(JvmMode.class);
            for (int i = 0; i < modes.size(); i++) {
                byMode.put(modes.get(i), objects.get(i));
            }
            lastIsolated = new Isolated(key, byMode, now);
        }
        return lastIsolated.objects().get(mode);
    }

    /** The lens that makes instances of a user's class right here: only for the probe, which is itself the child VM. */
    public static JvmLens unisolated() {
        return new JvmLens(false);
    }

    /** Lays out a lesson variant and walks a real instance's object graph. */
    @Override
    public JvmObject describe(JvmVariant variant, AttributeNames attrs, JvmMode mode) {
        Object instance = variant.newInstance(attrs);
        Object other = variant.newInstance(attrs);
        List<String> notes = new ArrayList<>();
        variant.shapeNote(attrs).ifPresent(notes::add);
        return walked(variant.id(), instance, other, mode, notes);
    }

    /**
     * Lays out any class by binary name, found in the JDK, the app or {@code classpath}, without
     * initialising it. With {@code walkGraph}, a real instance is made with the class's public
     * no-argument constructor (which runs the class's own code) and its object graph is walked;
     * for a class of {@code classpath}, in a child VM.
     */
    @Override
    public JvmObject describeClass(String binaryName, List<Path> classpath, JvmMode mode, boolean walkGraph) {
        try (ClassSource source = ClassSource.of(classpath)) {
            if (walkGraph && isolateUserCode && source.isUsers(source.load(binaryName))) {
                return isolated(List.of(binaryName, classpath), mode,
                        modes -> LocalJvm.runningJdk().describeClass(binaryName, classpath, modes, true));
            }
            return describeClass(source, binaryName, List.of(mode), walkGraph).get(0);
        }
    }

    /**
     * As {@link #describeClass(String, List, JvmMode, boolean)}, in each of {@code modes}: with
     * {@code walkGraph}, the same two instances are laid out in every mode, so a class's code runs
     * as often as for one.
     */
    public List<JvmObject> describeClass(String binaryName, List<Path> classpath, List<JvmMode> modes, boolean walkGraph) {
        try (ClassSource source = ClassSource.of(classpath)) {
            if (walkGraph && isolateUserCode && source.isUsers(source.load(binaryName))) {
                return LocalJvm.runningJdk().describeClass(binaryName, classpath, modes, true);
            }
            return describeClass(source, binaryName, modes, walkGraph);
        }
    }

    /**
     * Lays out a class of a user's compiled source, as {@link #describeClass(String, List, JvmMode, boolean)}
     * does a named one: by its name ({@code Point}, {@code pkg.Point}, {@code Outer.Inner}), or when
     * {@code className} is empty the unit's only top-level class. An instance is made (with
     * {@code walkGraph}) in a child VM only.
     */
    @Override
    public JvmObject describeCompiled(JavaCompilation.Compiled unit, Optional<String> className, JvmMode mode,
                                      boolean walkGraph) {
        if (walkGraph && isolateUserCode) {
            return isolated(List.of(unit, className), mode,
                    modes -> LocalJvm.runningJdk().describeCompiled(unit, className, modes, true));
        }
        return describeCompiled(unit, className, List.of(mode), walkGraph).get(0);
    }

    /** As {@link #describeCompiled(JavaCompilation.Compiled, Optional, JvmMode, boolean)}, in each of {@code modes}. */
    public List<JvmObject> describeCompiled(JavaCompilation.Compiled unit, Optional<String> className,
                                            List<JvmMode> modes, boolean walkGraph) {
        if (walkGraph && isolateUserCode) {
            return LocalJvm.runningJdk().describeCompiled(unit, className, modes, true);
        }
        String binaryName = className.map(unit::binaryName).orElseGet(unit::onlyTopLevelClass);
        try (ClassSource source = ClassSource.of(unit)) {
            return describeClass(source, binaryName, modes, walkGraph);
        }
    }

    /** The lesson variant grown, in this VM (the lesson's classes are Slotscope's own). */
    @Override
    public List<GrowthStep> grow(JvmVariant variant, AttributeNames attrs, List<String> add, JvmMode mode) {
        return new JvmGrowth().growFromLast(variant, attrs, add, mode);
    }

    @Override
    public Measurement measure(JvmVariant variant, AttributeNames attrs, InstanceCount n, Progress progress) {
        return new JvmMeasurement().measure(variant, attrs, n, progress);
    }

    private List<JvmObject> describeClass(ClassSource source, String binaryName, List<JvmMode> modes, boolean walkGraph) {
        try {
            Class<?> klass = source.load(binaryName);
            if (klass.isInterface() || klass.isPrimitive() || klass.isArray()) {
                throw new JvmLensException(binaryName + " is " + (klass.isInterface() ? "an interface" : "not a class")
                        + ": it has no instances to lay out");
            }
            if (!walkGraph) {
                return modes.stream().map(m -> classOnly(klass, m)).toList();
            }
            Constructor<?> constructor = noArgConstructor(klass);
            Object instance = construct(constructor);
            Object other = construct(constructor);
            return modes.stream().map(m -> walked(binaryName, instance, other, m,
                    new ArrayList<>(Jol.fieldsOfThisJdk(klass, m).stream().toList()))).toList();
        } catch (LinkageError e) {
            throw new JvmLensException(binaryName + " could not be laid out: " + e);
        }
    }

    private JvmObject classOnly(Class<?> klass, JvmMode mode) {
        ClassLayout layout = Jol.layoutOfClass(klass, mode);
        ObjectWalker walker = new ObjectWalker(mode);
        RegionBuilder b = new RegionBuilder(0);
        walker.headerRegions(b, null);
        walker.fieldRegions(b, klass, null, layout);
        MemoryObject instance = new MemoryObject("instance", klass.getSimpleName() + " instance", klass.getName(), false,
                b.build());
        return new JvmObject(klass.getName(), klass.getName(), Jol.facts(mode), new ObjectLayout(instance, List.of()),
                false, List.of(), Jol.fieldsOfThisJdk(klass, mode).stream().toList());
    }

    JvmObject walked(String subject, Object instance, Object other, JvmMode mode, List<String> notes) {
        ObjectWalker walker = new ObjectWalker(mode);
        List<MemoryObject> objects = walker.walk(instance, other);
        if (walker.truncated()) {
            notes.add("The object graph has more than " + ObjectWalker.MAX_OBJECTS + " objects; only the first are shown.");
        }
        ObjectLayout layout = new ObjectLayout(objects.get(0), objects.subList(1, objects.size()));
        return new JvmObject(subject, instance.getClass().getName(), Jol.facts(mode), layout, true,
                firstHashMapBuckets(instance), notes);
    }

    private static Constructor<?> noArgConstructor(Class<?> klass) {
        if (!Modifier.isPublic(klass.getModifiers()) || Modifier.isAbstract(klass.getModifiers())) {
            throw new JvmLensException(klass.getName() + " is not a public concrete class, so Slotscope makes no instance of it;"
                    + " its class layout is shown without --graph");
        }
        try {
            return klass.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new JvmLensException(klass.getName() + " has no public no-argument constructor, so no instance"
                    + " (and no object graph) can be made; its class layout is shown without --graph");
        }
    }

    private static Object construct(Constructor<?> constructor) {
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new JvmLensException(constructor.getDeclaringClass().getName() + "'s constructor failed: " + e.getCause());
        } catch (ReflectiveOperationException | ExceptionInInitializerError e) {
            throw new JvmLensException("cannot make an instance of " + constructor.getDeclaringClass().getName() + ": " + e);
        }
    }

    /** The buckets of the first {@code HashMap} reached from {@code root}, read from the real table. */
    private static List<Bucket> firstHashMapBuckets(Object root) {
        Optional<Object> map = ObjectWalker.reachable(root).stream()
                .filter(o -> o.getClass() == java.util.HashMap.class).findFirst();
        if (map.isEmpty()) {
            return List.of();
        }
        Object[] table = (Object[]) read(map.get(), java.util.HashMap.class, "table");
        if (table == null) {
            return List.of();
        }
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            List<String> keys = new ArrayList<>();
            for (Object node = table[i]; node != null; node = read(node, node.getClass(), "next")) {
                keys.add(String.valueOf(((Map.Entry<?, ?>) node).getKey()));
            }
            buckets.add(new Bucket(i, keys));
        }
        return buckets;
    }

    static Object read(Object object, Class<?> declaring, String fieldName) {
        for (Class<?> k = declaring; k != null; k = k.getSuperclass()) {
            try {
                Field f = k.getDeclaredField(fieldName);
                return Jol.vm().getObject(object, Jol.vm().fieldOffset(f));
            } catch (NoSuchFieldException e) {
                // Declared further up: keep looking.
            }
        }
        throw new IllegalStateException(declaring + " has no field " + fieldName);
    }
}
