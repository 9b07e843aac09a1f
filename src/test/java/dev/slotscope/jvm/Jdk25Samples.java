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
import java.util.stream.Stream;

/**
 * The classes whose layouts were recorded on a real JDK 25, shared by {@link Jdk25LayoutRecorder}
 * (run on JDK 25) and {@link Jdk25EstimateTest} (run on JDK 17): JDK classes whose fields are the
 * same on both, the lesson's classes, and the sample classes of {@code fixtures/jvm-jdk25/samples},
 * compiled from source by both with the running JDK's compiler.
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
            "Inner", "ContendedClass", "ContendedClassChild", "ContendedFields", "ContendedFieldsChild", "ContendedGroups")
            .map(n -> "jdk25samples.Samples$" + n).toList();

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
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "--add-exports", "java.base/jdk.internal.vm.annotation=ALL-UNNAMED",
                "-d", out.toString(), source.toString());
        if (status != 0) {
            throw new IllegalStateException("the samples did not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
        return out;
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
