package dev.slotscope.jvm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jol.info.ClassData;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JDK 25 estimates equal what a real JDK 25 measured (fixtures/jvm-jdk25, recorded by
 * {@link Jdk25LayoutRecorder}): every field's offset and size and every instance size, for JDK
 * classes, the lesson's classes and the samples, with and without compact headers, and the element
 * offset and size of arrays. The estimate modes are the VM's default flags, under which HotSpot
 * ignores {@code @Contended} outside the JDK; the recordings with {@code -XX:-RestrictContended}
 * check the contention padding of the samples with the layouter told to honour it.
 */
class Jdk25EstimateTest {

    private static final Path SAMPLES = Jdk25Samples.compileToTemp();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A recording and the mode estimating it. */
    record Recording(String file, JvmMode mode, boolean contendedRestricted) {
        JsonNode read() {
            try (InputStream in = Jdk25EstimateTest.class.getResourceAsStream("/fixtures/jvm-jdk25/" + file + ".json")) {
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }

    private static final List<Recording> RECORDINGS = List.of(new Recording("jdk25", JvmMode.JDK25, true),
            new Recording("jdk25-compact", JvmMode.JDK25_COMPACT, true),
            new Recording("jdk25-unrestricted-contended", JvmMode.JDK25, false),
            new Recording("jdk25-compact-unrestricted-contended", JvmMode.JDK25_COMPACT, false));

    static Stream<Arguments> classes() {
        List<Arguments> all = new ArrayList<>();
        for (Recording r : RECORDINGS) {
            JsonNode root = r.read();
            assertEquals(r.mode == JvmMode.JDK25_COMPACT, root.get("flags").get("UseCompactObjectHeaders").asBoolean(), r.file);
            assertEquals(r.contendedRestricted, root.get("flags").get("RestrictContended").asBoolean(), r.file);
            assertTrue(root.get("jdk").asText().startsWith("25"), r.file);
            for (JsonNode c : root.get("classes")) {
                all.add(Arguments.of(r, c.get("name").asText(), c));
            }
        }
        return all.stream();
    }

    static Stream<Arguments> arrays() {
        List<Arguments> all = new ArrayList<>();
        for (Recording r : RECORDINGS.subList(0, 2)) {
            for (JsonNode a : r.read().get("arrays")) {
                all.add(Arguments.of(r, a.get("type").asText() + " of " + a.get("length").asInt(), a));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("classes")
    void everyFieldWhereTheRealJdk25PutIt(Recording recording, String name, JsonNode recorded) throws Exception {
        Class<?> klass = load(name);
        assertEquals(fieldsOf(recorded), fieldsOf(klass), name + " has the same fields here as on the JDK 25 that recorded it");
        int instanceSize;
        List<Placed> estimated = new ArrayList<>();
        if (recording.contendedRestricted) {
            // Through the lens, as the window and the command line ask for it.
            boolean sample = name.startsWith("jdk25samples.") || name.startsWith("jdk25random.");
            MemoryObject instance = new JvmLens().describeClass(name, sample ? List.of(SAMPLES) : List.of(), recording.mode, false)
                    .layout().instance();
            instanceSize = instance.size();
            for (Region r : instance.regions()) {
                r.declaringClass().ifPresent(d -> estimated.add(new Placed(d, r.label(), r.offset(), r.size())));
            }
        } else {
            ClassLayout layout = new Jdk25Layouter(recording.mode.model(), Jdk25Layouter.Contention.of(klass, false)).layout(ClassData.parseClass(klass));
            instanceSize = (int) layout.instanceSize();
            for (FieldLayout f : layout.fields()) {
                estimated.add(new Placed(declaring(klass, f), f.name(), (int) f.offset(), (int) f.size()));
            }
        }
        List<Placed> real = new ArrayList<>();
        for (JsonNode f : recorded.get("fields")) {
            real.add(new Placed(f.get("declaringClass").asText(), f.get("name").asText(), f.get("offset").asInt(),
                    f.get("size").asInt()));
        }
        assertEquals(sorted(real), sorted(estimated), name + ": fields by offset");
        assertEquals(recorded.get("instanceSize").asInt(), instanceSize, name + ": instance size");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("arrays")
    void arraysWhereTheRealJdk25PutTheirElements(Recording recording, String name, JsonNode recorded) throws Exception {
        Object array = Array.newInstance(Class.forName(recorded.get("type").asText()).getComponentType(),
                recorded.get("length").asInt());
        ClassLayout layout = Jol.layoutOfInstance(array, recording.mode);
        assertEquals(recorded.get("baseOffset").asInt(), layout.fields().first().offset(), name + ": first element");
        assertEquals(recorded.get("instanceSize").asInt(), layout.instanceSize(), name + ": size");
    }

    /** A field at its place; records order by offset for a readable failure. */
    record Placed(String declaringClass, String name, int offset, int size) {
    }

    private static List<Placed> sorted(List<Placed> fields) {
        return fields.stream().sorted(java.util.Comparator.comparingInt(Placed::offset)).toList();
    }

    private static List<String> fieldsOf(JsonNode recorded) {
        List<String> fields = new ArrayList<>();
        for (JsonNode f : recorded.get("fields")) {
            fields.add(f.get("declaringClass").asText() + "." + f.get("name").asText() + ":" + f.get("type").asText());
        }
        return fields;
    }

    /** Instance fields, superclasses' first, in declaration order, as the recorder lists them. */
    private static List<String> fieldsOf(Class<?> klass) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = klass; c != null; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<String> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(c.getName() + "." + f.getName() + ":" + f.getType().getName());
                }
            }
        }
        return fields;
    }

    private static String declaring(Class<?> klass, FieldLayout f) {
        for (Class<?> c = klass; c != null; c = c.getSuperclass()) {
            if (org.openjdk.jol.util.ClassUtils.getSafeName(c).equals(f.hostClass())) {
                return c.getName();
            }
        }
        throw new IllegalStateException(f.hostClass());
    }

    private static Class<?> load(String name) throws ClassNotFoundException, MalformedURLException {
        if (!name.startsWith("jdk25samples.") && !name.startsWith("jdk25random.")) {
            return Class.forName(name, false, Jdk25EstimateTest.class.getClassLoader());
        }
        // Left open: the classes stay in use for the whole run.
        URLClassLoader loader = new URLClassLoader(new URL[] {SAMPLES.toUri().toURL()}, Jdk25EstimateTest.class.getClassLoader());
        return Class.forName(name, false, loader);
    }
}
