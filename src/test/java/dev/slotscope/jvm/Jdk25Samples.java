package dev.slotscope.jvm;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The classes whose layouts were recorded on a real JDK 25, shared by {@link Jdk25LayoutRecorder}
 * (run on JDK 25) and {@link Jdk25EstimateTest} (run on JDK 17): JDK classes whose fields are the
 * same on both, the lesson's classes, the sample classes of {@code fixtures/jvm-jdk25/samples} and
 * classes of random fields and hierarchies, compiled from source by both with the running JDK's compiler.
 */
final class Jdk25Samples {

    /** JDK classes whose instance fields (names, types, order) JDK 17 and JDK 25 share; the test checks it. */
    static final List<String> JDK = List.of("java.lang.Object", "java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Boolean", "java.lang.Character", "java.util.HashMap", "java.util.HashMap$Node",
            "java.util.LinkedHashMap$Entry", "java.util.TreeMap", "java.util.TreeMap$Entry",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.LinkedList$Node", "java.util.ArrayDeque",
            "java.util.HashSet", "java.util.Optional", "java.util.BitSet", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentHashMap$Node", "java.util.concurrent.ConcurrentHashMap$CounterCell",
            "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.atomic.LongAdder",
            "java.util.concurrent.atomic.Striped64$Cell", "java.time.LocalDate", "java.time.LocalTime",
            "java.time.LocalDateTime", "java.time.Duration");

    static final List<String> LESSON = Stream.of("MapPoint", "FieldPoint", "RecordPoint", "ExtensiblePoint", "ChildPoint",
            "BoxedPoint").map(n -> "dev.slotscope.jvm.lesson." + n).toList();

    static final List<String> SAMPLES = Stream.of("Empty", "EmptyChild", "OnlyOops", "OnlyOopsChild", "Mixed", "Bytes",
            "BytesChild", "A1", "B1", "C1", "D1", "A2", "B2", "C2", "D2", "OopTail", "OopTailChild", "OopTailGrandChild",
            "LongOnly", "LongOnlyChild", "ByteThenLong", "ByteThenLongChild", "Wide", "WideChild", "Pair", "Box", "Nothing",
            "Inner", "ContendedClass", "ContendedClassChild", "ContendedFields", "ContendedFieldsChild", "ContendedGroups", "ContendedStatic", "ContendedStaticChild")
            .map(n -> "jdk25samples.Samples$" + n).toList();

    /** Classes of random hierarchies and fields ({@link #randomSource()}), the same on every JDK: Random is specified. */
    static final long RANDOM_SEED = 25;
    static final int RANDOM_CLASSES = 80;
    static final List<String> RANDOM = IntStream.range(0, RANDOM_CLASSES).mapToObj(i -> "jdk25random.Generated$R" + i).toList();

    private static final String[] TYPES = {"boolean", "byte", "char", "short", "int", "float", "long", "double", "Object",
        "String", "int[]"};

    /** Array classes and lengths whose element offset and size were recorded. */
    static final List<Class<?>> ARRAYS = List.of(byte[].class, boolean[].class, char[].class, short[].class, int[].class,
            float[].class, long[].class, double[].class, Object[].class, String[].class);
    static final List<Integer> LENGTHS = List.of(0, 1, 3, 5);

    private Jdk25Samples() {
    }

    /**
     * Compiles the sample classes into {@code out} with the running JDK's compiler; {@code @Contended}
     * lives in a package java.base does not export, hence the option (and no {@code --release}).
     */
    static Path compile(Path out) {
        Path source = sourceRoot().resolve("jdk25samples/Samples.java");
        Path random = out.resolve("src/jdk25random/Generated.java");
        try {
            Files.createDirectories(random.getParent());
            Files.writeString(random, randomSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "--add-exports", "java.base/jdk.internal.vm.annotation=ALL-UNNAMED",
                "-d", out.toString(), source.toString(), random.toString());
        if (status != 0) {
            throw new IllegalStateException("the samples did not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * Classes R0, R1, … each extending Object or an earlier one (at most four deep), with up to six
     * fields of random types; some fields, groups of fields and classes {@code @Contended}, and
     * some classes with a contended static field.
     */
    static String randomSource() {
        Random random = new Random(RANDOM_SEED);
        StringBuilder s = new StringBuilder("package jdk25random;\n\nimport jdk.internal.vm.annotation.Contended;\n\n"
                + "/** Generated by Jdk25Samples.randomSource(), seed " + RANDOM_SEED + ". */\npublic final class Generated {\n");
        int[] depth = new int[RANDOM_CLASSES];
        for (int i = 0; i < RANDOM_CLASSES; i++) {
            int parent = i == 0 || random.nextInt(3) == 0 ? -1 : random.nextInt(i);
            if (parent >= 0 && depth[parent] >= 3) {
                parent = -1;
            }
            depth[i] = parent < 0 ? 0 : depth[parent] + 1;
            s.append(random.nextInt(20) == 0 ? "    @Contended\n" : "");
            s.append("    public static class R").append(i).append(parent < 0 ? "" : " extends R" + parent).append(" {\n");
            if (random.nextInt(15) == 0) {
                s.append("        @Contended\n        static int shared").append(i).append(";\n");
            }
            int fields = random.nextInt(7);
            for (int k = 0; k < fields; k++) {
                int contended = random.nextInt(20);
                if (contended == 0) {
                    s.append("        @Contended\n");
                } else if (contended <= 2) {
                    s.append("        @Contended(\"g").append(contended).append("\")\n");
                }
                s.append("        ").append(TYPES[random.nextInt(TYPES.length)]).append(" f").append(i).append('_').append(k)
                        .append(";\n");
            }
            s.append("    }\n\n");
        }
        return s.append("    private Generated() {\n    }\n}\n").toString();
    }

    static Path compileToTemp() {
        try {
            return compile(Files.createTempDirectory("jdk25samples"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sourceRoot() {
        URL url = Jdk25Samples.class.getResource("/fixtures/jvm-jdk25/samples");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
