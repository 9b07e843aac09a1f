package dev.slotscope.cli;

import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.LiveCheck;
import dev.slotscope.cpython.LiveCheckResult;
import dev.slotscope.cpython.NoInterpreterException;
import dev.slotscope.cpython.PythonClass;
import dev.slotscope.cpython.Variant;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.jvm.JvmLayouts;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code describe}: one variant's layout and figures, as a table or as JSON. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Lays out one instance of a lesson variant.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done; with --check, the model and the interpreter agree on every figure",
                "1:an internal error", "2:bad arguments or input",
                "3:--check found no interpreter of that version", "4:--check: a figure differs",
                "5:--check got no answer (the source ran too long, printed too much or exited)"})
final class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LessonOptions lesson;

    @Mixin
    LocalJdkOptions localJdk;


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
            + " no-argument constructor and walk its object graph; a class of --classpath or --source runs only in a child"
            + " VM, stopped after 10 s")
    boolean graph;


    @Option(names = "--add", paramLabel = "NAME", description = "try to set one more attribute after construction")
    String add;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Option(names = "--check", description = "with --source: also run the source in a local python3.X of that"
            + " version (in a child process, at most 30 s), measure the class there and print its figures beside the"
            + " model's; required constructor parameters get None")
    boolean check;

    @Option(names = "--python", paramLabel = "PATH", description = "with --check: the interpreter to run"
            + " (default: python3.X on PATH, or under pyenv)")
    Path python;

    @Override
    public Integer call() {
        // Each lens prints its own figures (getsizeof and dict sizes; the VM's facts): the one place that picks by lens.
        Runtime runtime = localJdk.runtime(lesson.runtime);
        if ((check || python != null) && (source == null || runtime instanceof Runtime.Jvm)) {
            throw new IllegalArgumentException("--check and --python go with a CPython runtime and --source FILE.py");
        }
        if (runtime instanceof Runtime.Jvm jvm) {
            return describeJvm(jvm);
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
        if (check) {
            return checkSource(version, file, name);
        }
        if (python != null) {
            throw new IllegalArgumentException("--python goes with --check");
        }
        CPythonLens lens = new CPythonLens();
        CPythonObject object = file.within(() -> lens.describe(version, file.source(), name));
        Optional<AttributeOutcome> outcome = Optional.ofNullable(add)
                .map(n -> file.within(() -> lens.addAttribute(version, new PythonClass.Written(file.source(), name), n)));
        var out = spec.commandLine().getOut();
        out.print(json ? DescribeJson.render(object, outcome) : DescribeTable.render(object, outcome));
        out.flush();
        return 0;
    }

    /**
     * The model's description (or, where the model refuses the class, its reason) and what the interpreter
     * measured beside it; the interpreter runs even when the model refuses, to compare their errors.
     */
    private int checkSource(CPythonVersion version, PythonSourceFile file, String name) {
        if (add != null) {
            throw new IllegalArgumentException("--add and --check go separately");
        }
        PythonClass.Written written = new PythonClass.Written(file.source(), name);
        Optional<CPythonObject> object;
        String refusal = "";
        try {
            object = Optional.of(new CPythonLens().describe(version, written));
        } catch (SourceException e) {
            object = Optional.empty();
            refusal = file.path().getFileName() + " " + e.sentence();
        }
        LiveCheckResult result;
        try {
            result = new LiveCheck().check(version, written, Optional.ofNullable(python));
        } catch (NoInterpreterException e) {
            spec.commandLine().getErr().println("slotscope: " + e.getMessage());
            return MemoryCommand.NO_INTERPRETER;
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = object.map(o -> DescribeJson.tree(o, Optional.empty())).orElseGet(LinkedHashMap::new);
            if (object.isEmpty()) {
                root.put("runtime", version.id());
                root.put("className", name);
                root.put("error", refusal);
            }
            root.put("check", CheckOutput.json(result));
            out.print(DescribeJson.write(root));
        } else {
            out.print(object.map(o -> DescribeTable.render(o, Optional.empty())).orElse(refusal + System.lineSeparator()));
            out.print(CheckOutput.text(version, result));
        }
        out.flush();
        return CheckOutput.status(result);
    }

    private int describeJvm(Runtime.Jvm jvm) {
        if (add != null) {
            throw new IllegalArgumentException("--add is not available for JVM runtimes yet");
        }
        JvmMode mode = jvm.mode();
        JvmLayouts lens = jvm.layouts();
        JvmObject object;
        if (source != null) {
            if (classpath != null) {
                throw new IllegalArgumentException("--classpath goes with --class NAME, not with --source:"
                        + " the source sees the JDK only");
            }
            object = JavaSourceDescribe.describe(lens, source, className, mode, graph);
        } else if (className != null) {
            List<Path> paths = classpath == null ? List.of()
                    : Arrays.stream(classpath.split(java.io.File.pathSeparator)).filter(p -> !p.isBlank()).map(Path::of).toList();
            object = lens.describeClass(className, paths, mode, graph);
        } else {
            if (classpath != null || graph) {
                throw new IllegalArgumentException("--classpath and --graph go with --class NAME");
            }
            JvmVariant v = ((ClassChoice.Java) jvm.lessonClass(lesson.variant)).variant();
            object = lens.describe(v, AttributeNames.parse(lesson.attrs), mode);
        }
        var out = spec.commandLine().getOut();
        out.print(json ? DescribeJson.render(object) : DescribeTable.render(object));
        out.flush();
        return 0;
    }
}
