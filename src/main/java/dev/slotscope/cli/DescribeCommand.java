package dev.slotscope.cli;

import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.PythonClass;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code describe}: one variant's layout and figures, as a table or as JSON. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Lays out one instance of a lesson variant.")
final class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LessonOptions lesson;


    @Option(names = "--class", paramLabel = "NAME", description = "the class to describe: with --source, one of its"
            + " classes (default: CPython, the last; JVM, the only top-level one); on the JVM without --source, any class"
            + " by binary name, e.g. java.util.HashMap")
    String className;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "JVM only: jars and class folders to find --class in, separated by '${sys:path.separator}'")
    String classpath;

    @Option(names = "--source", paramLabel = "FILE", description = "CPython: a Python file of class statements;"
            + " the layout of --class from it, read without running it. JVM: a Java file (one or more classes), compiled"
            + " in memory; --class from it, loaded without running it")
    Path source;

    @Option(names = "--graph", description = "JVM only, with --class or --source: make an instance with the public"
            + " no-argument constructor (this runs the class's code) and walk its object graph")
    boolean graph;


    @Option(names = "--add", paramLabel = "NAME", description = "try to set one more attribute after construction")
    String add;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        // Each lens prints its own figures (getsizeof and dict sizes; the VM's facts): the one place that picks by lens.
        Runtime runtime = Runtime.fromId(lesson.runtime);
        if (runtime instanceof Runtime.Jvm jvm) {
            return describeJvm(jvm.mode());
        }
        CPythonVersion version = ((Runtime.CPython) runtime).version();
        if (source != null) {
            return describeSource(version);
        }
        if (className != null || classpath != null || graph) {
            throw new IllegalArgumentException("on CPython, --class names a class of --source FILE.py; --classpath and"
                    + " --graph need a JVM runtime (jvm or jvm-estimate:MODE)");
        }
        Variant v = ((ClassChoice.Python) runtime.lessonClass(lesson.variant)).variant();
        AttributeNames names = AttributeNames.parse(lesson.attrs);
        CPythonLens lens = new CPythonLens();
        CPythonObject object = lens.describe(version, v, names);
        Optional<AttributeOutcome> outcome = Optional.ofNullable(add)
                .map(name -> lens.addAttribute(version, v, names, name));
        var out = spec.commandLine().getOut();
        out.print(json ? DescribeJson.render(object, outcome) : DescribeTable.render(object, outcome));
        out.flush();
        return 0;
    }

    private int describeSource(CPythonVersion version) {
        if (classpath != null || graph) {
            throw new IllegalArgumentException("--classpath and --graph need a JVM runtime (jvm or jvm-estimate:MODE)");
        }
        PythonSourceFile file = PythonSourceFile.read(source);
        String name = className != null ? className : file.lastClass();
        CPythonLens lens = new CPythonLens();
        CPythonObject object = file.within(() -> lens.describe(version, file.source(), name));
        Optional<AttributeOutcome> outcome = Optional.ofNullable(add)
                .map(n -> file.within(() -> lens.addAttribute(version, new PythonClass.Written(file.source(), name), n)));
        var out = spec.commandLine().getOut();
        out.print(json ? DescribeJson.render(object, outcome) : DescribeTable.render(object, outcome));
        out.flush();
        return 0;
    }

    private int describeJvm(JvmMode mode) {
        if (add != null) {
            throw new IllegalArgumentException("--add is not available for JVM runtimes yet");
        }
        JvmLens lens = new JvmLens();
        JvmObject object;
        if (source != null) {
            if (classpath != null) {
                throw new IllegalArgumentException("--classpath goes with --class NAME, not with --source:"
                        + " the source sees the JDK only");
            }
            object = JavaSourceDescribe.describe(source, className, mode, graph);
        } else if (className != null) {
            List<Path> paths = classpath == null ? List.of()
                    : Arrays.stream(classpath.split(java.io.File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of).toList();
            object = lens.describeClass(className, paths, mode, graph);
        } else {
            if (classpath != null || graph) {
                throw new IllegalArgumentException("--classpath and --graph go with --class NAME");
            }
            JvmVariant v = ((ClassChoice.Java) new Runtime.Jvm(mode).lessonClass(lesson.variant)).variant();
            object = lens.describe(v, AttributeNames.parse(lesson.attrs), mode);
        }
        var out = spec.commandLine().getOut();
        out.print(json ? DescribeJson.render(object) : DescribeTable.render(object));
        out.flush();
        return 0;
    }
}
