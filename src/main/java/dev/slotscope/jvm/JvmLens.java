package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.RegionBuilder;
import org.openjdk.jol.info.ClassLayout;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM lens: real layouts read with JOL from the running VM, or JOL's estimates for other VM
 * modes. Calls can take a while (the first one starts JOL): run them off the JavaFX thread.
 */
public final class JvmLens {

    /** Lays out a lesson variant and walks a real instance's object graph. */
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
     * no-argument constructor (which runs the class's own code) and its object graph is walked.
     */
    public JvmObject describeClass(String binaryName, List<Path> classpath, JvmMode mode, boolean walkGraph) {
        try (ClassSource source = ClassSource.of(classpath)) {
            return describeClass(source, binaryName, mode, walkGraph);
        }
    }

    /**
     * Lays out a class of a user's compiled source, as {@link #describeClass(String, List, JvmMode, boolean)}
     * does a named one: by its name ({@code Point}, {@code pkg.Point}, {@code Outer.Inner}), or when
     * {@code className} is empty the unit's only top-level class.
     */
    public JvmObject describeCompiled(JavaCompilation.Compiled unit, Optional<String> className, JvmMode mode,
                                      boolean walkGraph) {
        String binaryName = className.map(unit::binaryName).orElseGet(unit::onlyTopLevelClass);
        try (ClassSource source = ClassSource.of(unit)) {
            return describeClass(source, binaryName, mode, walkGraph);
        }
    }

    private JvmObject describeClass(ClassSource source, String binaryName, JvmMode mode, boolean walkGraph) {
        try {
            Class<?> klass = source.load(binaryName);
            if (klass.isInterface() || klass.isPrimitive() || klass.isArray()) {
                throw new JvmLensException(binaryName + " is " + (klass.isInterface() ? "an interface" : "not a class")
                        + ": it has no instances to lay out");
            }
            if (!walkGraph) {
                return classOnly(klass, mode);
            }
            Constructor<?> constructor = noArgConstructor(klass);
            Object instance = construct(constructor);
            Object other = construct(constructor);
            return walked(binaryName, instance, other, mode, new ArrayList<>(Jol.fieldsOfThisJdk(klass, mode).stream().toList()));
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
