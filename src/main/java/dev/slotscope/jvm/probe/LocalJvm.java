package dev.slotscope.jvm.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JvmLayouts;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.Progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A local JDK started with some VM options, measured by the {@link Probe} in a child VM: the real
 * layouts of that JDK, with no user code ever running in this VM. Each call starts one child (a
 * second or so) and gives up after {@code timeout}: call it off the JavaFX thread.
 *
 * @param jdk     the JDK
 * @param options the options it is started with, in order
 * @param timeout how long one child may run before it is killed
 */
public record LocalJvm(LocalJdk jdk, List<VmOption> options, Duration timeout) implements JvmLayouts {

    /** How long a child may take to describe or grow: starting it takes about a second. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Making and measuring up to ten million instances takes longer. */
    private static final Duration MEASURE_TIMEOUT = Duration.ofMinutes(2);

    public LocalJvm {
        options = List.copyOf(options);
    }

    public LocalJvm(LocalJdk jdk, List<VmOption> options) {
        this(jdk, options, TIMEOUT);
    }

    /** The JDK that runs Slotscope, with no options: where a user's class runs, apart from this VM. */
    public static LocalJvm runningJdk() {
        return new LocalJvm(LocalJdks.running(), List.of());
    }

    /** {@code jdk} started with {@code options} as the command line spells them ({@code -XX:+UseCompactObjectHeaders}). */
    public static LocalJvm of(LocalJdk jdk, List<String> options) {
        return new LocalJvm(jdk, options.stream().map(VmOption::parse).toList());
    }

    /**
     * The ways worth measuring {@code jdk}, for a menu: as it starts by default, with compact headers
     * (JDK 24+), without compressed oops, and with 16-byte alignment; each changes how objects are laid out.
     */
    public static List<LocalJvm> layoutChoices(LocalJdk jdk) {
        List<List<VmOption>> choices = new java.util.ArrayList<>();
        choices.add(List.of());
        if (jdk.feature() >= 24) {
            choices.add(List.of(new VmOption.CompactHeaders(true)));
        }
        choices.add(List.of(new VmOption.CompressedOops(false)));
        choices.add(List.of(new VmOption.ObjectAlignment(16)));
        return choices.stream().map(o -> new LocalJvm(jdk, o)).toList();
    }

    /** "JDK 25 · compact headers", "JDK 17". */
    public String title() {
        return jdk.shortName() + options.stream().map(o -> " · " + o.title()).collect(Collectors.joining());
    }

    /** The options as the {@code java} launcher takes them. */
    public List<String> arguments() {
        return options.stream().map(VmOption::argument).toList();
    }

    @Override
    public JvmObject describe(JvmVariant variant, AttributeNames attrs, JvmMode mode) {
        return objects(new ProbeRequest.Variant(variant, attrs, mode)).get(0);
    }

    @Override
    public JvmObject describeClass(String binaryName, List<Path> classpath, JvmMode mode, boolean walkGraph) {
        return describeClass(binaryName, classpath, List.of(mode), walkGraph).get(0);
    }

    /** As {@link #describeClass(String, List, JvmMode, boolean)}, in each of {@code modes}, by one child VM. */
    public List<JvmObject> describeClass(String binaryName, List<Path> classpath, List<JvmMode> modes, boolean walkGraph) {
        return objects(new ProbeRequest.NamedClass(binaryName, classpath, modes, walkGraph));
    }

    @Override
    public JvmObject describeCompiled(JavaCompilation.Compiled unit, Optional<String> className, JvmMode mode,
                                      boolean walkGraph) {
        return describeCompiled(unit, className, List.of(mode), walkGraph).get(0);
    }

    /** As {@link #describeCompiled(JavaCompilation.Compiled, Optional, JvmMode, boolean)}, in each of {@code modes}. */
    public List<JvmObject> describeCompiled(JavaCompilation.Compiled unit, Optional<String> className, List<JvmMode> modes,
                                            boolean walkGraph) {
        return objects(new ProbeRequest.Compiled(unit, className, modes, walkGraph));
    }

    @Override
    public List<GrowthStep> grow(JvmVariant variant, AttributeNames attrs, List<String> add, JvmMode mode) {
        JsonNode answer = new ChildVm(jdk, options, timeout).ask(new ProbeRequest.Grow(variant, attrs, add, mode), Progress.NONE);
        return ProbeJson.list(answer.get("steps"), ProbeJson::step);
    }

    @Override
    public Measurement measure(JvmVariant variant, AttributeNames attrs, InstanceCount n, Progress progress) {
        Duration limit = timeout.compareTo(MEASURE_TIMEOUT) > 0 ? timeout : MEASURE_TIMEOUT;
        JsonNode answer = new ChildVm(jdk, options, limit).ask(new ProbeRequest.Measure(variant, attrs, n), progress);
        Measurement m = ProbeJson.measurement(answer);
        return new Measurement(m.count(), m.totalBytes(), m.measuredBy().replace("(this VM)", "(" + jdk.vendor()
                + (options.isEmpty() ? "" : ", " + String.join(" ", arguments())) + ", in a child VM)"));
    }

    /** The objects the child laid out, each saying which JDK (its vendor too) and options measured it. */
    private List<JvmObject> objects(ProbeRequest request) {
        JsonNode answer = new ChildVm(jdk, options, timeout).ask(request, Progress.NONE);
        JsonNode vm = answer.get("probeVm");
        String vendor = vm.get("vendor").asText();
        List<String> measuredWith = ProbeJson.strings(vm.get("options"));
        return ProbeJson.list(answer.get("objects"), ProbeJson::object).stream()
                .map(o -> new JvmObject(o.subject(), o.className(), o.vm().measuredBy(vendor, measuredWith), o.layout(),
                        o.graphWalked(), o.buckets(), o.notes())).toList();
    }
}
