package dev.slotscope.cli;

import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.NoInterpreterException;
import dev.slotscope.memory.ByteFormat;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.memory.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code memory}: what N instances cost, predicted, and with {@code --measure} measured. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Memory for N instances of a variant, predicted from its layout, optionally measured.")
final class MemoryCommand implements Callable<Integer> {

    /** Exit status when no interpreter of the version is installed. */
    static final int NO_INTERPRETER = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    LessonOptions lesson;

    @Mixin
    LocalJdkOptions localJdk;



    @Option(names = "--source", paramLabel = "FILE", description = "a Python (CPython) or Java (JVM) file of classes;"
            + " memory for --class of it instead of a lesson variant")
    Path source;

    @Option(names = "--class", paramLabel = "NAME", description = "with --source: the class (default: the last one)")
    String className;

    @Option(names = "--count", required = true, paramLabel = "N", description = "1 to 10,000,000 (1000000, 1e6, 1M)")
    String count;

    @Option(names = "--measure", description = "also make N real instances and measure them"
            + " (CPython: with a local interpreter of that version; JVM: in this VM)")
    boolean measure;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        InstanceCount n = InstanceCount.parse(count);
        AttributeNames names = AttributeNames.parse(lesson.attrs);
        Runtime runtime = localJdk.runtime(lesson.runtime);
        if (source != null) {
            if (measure) {
                throw new IllegalArgumentException("--measure makes instances of the lesson's classes; for your class,"
                        + " describe --source FILE --check runs it in a real interpreter");
            }
            MemoryEstimate predicted = runtime.predict(writtenSubject(runtime), n, false);
            var out = spec.commandLine().getOut();
            out.print(json ? json(predicted, null, runtime) : text(predicted, null));
            out.flush();
            return 0;
        }
        if (className != null) {
            throw new IllegalArgumentException("--class names a class of --source FILE");
        }
        ClassChoice choice = runtime.lessonClass(lesson.variant);
        MemoryEstimate predicted = runtime.predict(choice, names, n, false);
        Measurement measured = null;
        if (measure) {
            if (!runtime.measurable()) {
                throw new IllegalArgumentException("--measure needs --runtime jvm: an estimated mode is not this VM");
            }
            try {
                measured = runtime.measure(choice, names, n, Progress.NONE);
            } catch (NoInterpreterException e) {
                spec.commandLine().getErr().println("slotscope: " + e.getMessage());
                return NO_INTERPRETER;
            }
        }
        var out = spec.commandLine().getOut();
        out.print(json ? json(predicted, measured, runtime) : text(predicted, measured));
        out.flush();
        return 0;
    }

    /** The class of {@code --source} to count: the file read in the runtime's own language. */
    private Subject writtenSubject(Runtime runtime) {
        String text = SourceText.read(source);
        List<String> classes = runtime.writtenClasses(text);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(source + " defines no class");
        }
        String name = className != null ? className : classes.get(classes.size() - 1);
        if (!classes.contains(name)) {
            throw new IllegalArgumentException("no class " + name + " in " + source + " (it defines "
                    + String.join(", ", classes) + ")");
        }
        return new Subject.Written(text, name);
    }

    private String json(MemoryEstimate predicted, Measurement measured, Runtime runtime) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runtime", lesson.runtime);
        if (source == null) {
            root.put("variant", lesson.variant);
        } else {
            root.put("className", predicted.label());
        }
        LocalJdkOptions.vm(runtime).ifPresent(vm -> root.put("vm", vm));
        root.put("count", predicted.count().value());
        root.put("bytesPerInstance", predicted.bytesPerInstance());
        root.put("sharedBytes", predicted.sharedBytes());
        root.put("totalBytes", predicted.totalBytes());
        if (measured != null) {
            root.put("measuredBytes", measured.totalBytes());
            root.put("measuredBy", measured.measuredBy());
            root.put("differencePercent", Math.round(measured.differencePercent(predicted) * 100) / 100.0);
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + System.lineSeparator();
    }

    private static String text(MemoryEstimate predicted, Measurement measured) {
        // The total in the unit the chart would use for it (KB, MB, GB of 1,000 bytes), never "0.0 MB".
        StringBuilder s = new StringBuilder(String.format("%s instances × %d bytes + %d shared = %,d bytes (%s), predicted%n",
                predicted.count().display(), predicted.bytesPerInstance(), predicted.sharedBytes(), predicted.totalBytes(),
                ByteFormat.of(predicted.totalBytes())));
        if (measured != null) {
            s.append(String.format("measured: %,d bytes (%+.2f%%) by %s%n", measured.totalBytes(),
                    measured.differencePercent(predicted), measured.measuredBy()));
        }
        return s.toString();
    }
}
