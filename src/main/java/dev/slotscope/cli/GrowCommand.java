package dev.slotscope.cli;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.HashTable;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.TableEntry;
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
import java.util.stream.Collectors;

/** {@code grow}: add attributes after construction, one at a time, and show every step. */
@Command(name = "grow", mixinStandardHelpOptions = true,
        description = "Adds attributes one at a time after construction and lays out every step.")
final class GrowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LessonOptions lesson;

    @Mixin
    LocalJdkOptions localJdk;



    @Option(names = "--source", paramLabel = "FILE", description = "CPython: Python class statements (FILE.py); JVM: a"
            + " Java file (FILE.java), compiled in memory; grows --class of it (never run) instead of a lesson variant")
    Path source;

    @Option(names = "--class", paramLabel = "NAME", description = "with --source: the class to grow (default: CPython,"
            + " the last one; JVM, the only top-level one)")
    String className;

    @Option(names = "--add", required = true, paramLabel = "NAMES", description = "attributes to add, in order: c,d")
    String add;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        AttributeNames names = AttributeNames.parse(lesson.attrs);
        List<String> extra = AttributeNames.parseAdded(add);
        Runtime runtime = localJdk.runtime(lesson.runtime);
        Subject subject;
        if (source != null && runtime instanceof Runtime.Jvm) {
            subject = JavaSourceDescribe.subject(source, className);
        } else if (source != null) {
            PythonSourceFile file = PythonSourceFile.read(source);
            subject = new Subject.Written(file.source().text(), className != null ? className : file.lastClass());
        } else if (className != null) {
            throw new IllegalArgumentException("--class names a class of --source FILE.py");
        } else {
            subject = new Subject.Chosen(runtime.lessonClass(lesson.variant), names);
        }
        List<GrowthStep> steps = runtime.grow(subject, extra);
        var out = spec.commandLine().getOut();
        out.print(json ? json(steps, subject, runtime) : text(steps));
        out.flush();
        return 0;
    }

    private String json(List<GrowthStep> steps, Subject subject, Runtime runtime) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (GrowthStep step : steps) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", step.step());
            StepOutcome o = step.outcome();
            m.put("attribute", o instanceof StepOutcome.Stored s ? s.attribute()
                    : o instanceof StepOutcome.Refused r ? r.attribute() : null);
            m.put("outcome", o instanceof StepOutcome.Refused ? "error" : "ok");
            m.put("message", o instanceof StepOutcome.Refused r ? r.message() : null);
            m.put("bytesPerInstance", step.bytesPerInstance());
            if (step.getsizeof().isPresent()) {
                m.put("getsizeof", step.getsizeof().get());
                m.put("dictGetsizeof", step.dictGetsizeof().orElse(null));
            }
            m.put("regions", DescribeJson.regions(step.layout().instance()));
            m.put("attached", step.layout().attached().stream().map(DescribeJson::attached).toList());
            step.layout().classObject().ifPresent(c -> m.put("class", DescribeJson.attached(c)));
            m.put("table", step.table().map(GrowCommand::table).orElse(null));
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runtime", lesson.runtime);
        if (subject instanceof Subject.Written written) {
            root.put("className", written.className());
        } else {
            root.put("variant", lesson.variant);
        }
        LocalJdkOptions.vm(runtime).ifPresent(vm -> root.put("vm", vm));
        root.put("steps", list);
        return DescribeJson.write(root);
    }

    private static Map<String, Object> table(HashTable table) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slots", table.slots());
        m.put("entries", table.entries().stream().map(GrowCommand::entry).toList());
        table.split().ifPresent(split -> m.put("split", split));
        return m;
    }

    /** One entry's fields, always in this order: the same table prints the same text in every run. */
    private static Map<String, Object> entry(TableEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", e.key());
        m.put("hash", e.hash());
        m.put("slot", e.slot());
        return m;
    }

    private static String text(List<GrowthStep> steps) {
        StringBuilder s = new StringBuilder();
        for (GrowthStep step : steps) {
            StepOutcome o = step.outcome();
            String what = o instanceof StepOutcome.Stored st ? "+" + st.attribute()
                    : o instanceof StepOutcome.Refused r ? r.message() : "as constructed";
            s.append(String.format("step %2d  %5d bytes per instance  %s%n", step.step(), step.bytesPerInstance(), what));
            step.table().ifPresent(t -> s.append(String.format("         table: %d slots, %d entries%s%n", t.slots(),
                    t.entries().size(), t.entries().stream().map(e -> " " + e.key() + "@" + e.slot()).collect(Collectors.joining()))));
        }
        return s.toString();
    }
}
