package dev.slotscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonSpeed;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.NoInterpreterException;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmSpeed;
import dev.slotscope.memory.Progress;
import dev.slotscope.speed.Access;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.Timing;
import dev.slotscope.speed.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code speed}: how fast the variants' attributes are read and written, timed, with what the runs support. */
@Command(name = "speed", mixinStandardHelpOptions = true,
        description = "Times reading and writing an attribute of each variant (CPython: in a local interpreter of"
                + " that version; JVM: the Java analogues in this VM) and says whether the difference is beyond noise.")
final class SpeedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runtime", required = true, paramLabel = "RUNTIME", description = "cpython-3.8 ... cpython-3.15, or jvm")
    String runtime;

    @Option(names = "--variant", defaultValue = "standard,slotted", paramLabel = "V[,V2]...",
            description = "the variants to time, compared first against second (default: ${DEFAULT-VALUE});"
                    + " the JVM times standard (HashMap) and slotted (fields)")
    String variants;

    @Option(names = "--attrs", defaultValue = "x,y", paramLabel = "NAMES",
            description = "CPython: the attributes read and written in turn (default: ${DEFAULT-VALUE})")
    String attrs;

    @Option(names = "--python", paramLabel = "PATH", description = "CPython: this interpreter instead of the one found")
    Path python;

    @Option(names = "--repeats", defaultValue = "" + CPythonSpeed.DEFAULT_REPEATS, paramLabel = "N",
            description = "timed runs per variant and access, 3 to 50 (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() throws Exception {
        SpeedResult result;
        try {
            result = measure();
        } catch (NoInterpreterException e) {
            spec.commandLine().getErr().println("slotscope: " + e.getMessage());
            return MemoryCommand.NO_INTERPRETER;
        }
        var out = spec.commandLine().getOut();
        out.print(json ? json(result) : text(result));
        out.flush();
        return 0;
    }

    private SpeedResult measure() {
        List<String> ids = Arrays.stream(variants.split(",", -1)).map(String::strip).toList();
        if (runtime.equals("jvm")) {
            if (!ids.equals(List.of("standard", "slotted"))) {
                throw new IllegalArgumentException("on the JVM, speed times standard,slotted (a HashMap against fields)");
            }
            if (python != null) {
                throw new IllegalArgumentException("--python is for a CPython runtime");
            }
            if (!AttributeNames.parse(attrs).equals(AttributeNames.DEFAULT)) {
                throw new IllegalArgumentException("on the JVM, speed times the fields x and y (--attrs is for CPython)");
            }
            return new JvmSpeed().measure(repeats, Progress.NONE);
        }
        CPythonVersion version = CPythonVersion.fromId(runtime).orElseThrow(() -> new IllegalArgumentException(
                "unknown runtime '" + runtime + "': speed times cpython-3.8 ... cpython-3.15, or jvm"));
        List<Variant> chosen = new ArrayList<>();
        for (String id : ids) {
            Variant variant = Variant.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown variant '" + id
                    + "' (one of " + Arrays.stream(Variant.values()).map(Variant::id).toList() + ")"));
            if (chosen.contains(variant)) {
                throw new IllegalArgumentException("variant " + id + " is named twice");
            }
            chosen.add(variant);
        }
        AttributeNames names = AttributeNames.parse(attrs);
        CPythonSpeed speed = new CPythonSpeed();
        return python != null ? speed.measure(python, version, chosen, names, repeats, Progress.NONE)
                : speed.measure(version, chosen, names, repeats, Progress.NONE);
    }

    private static String text(SpeedResult result) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s, ns per access over %s%n", result.runtime(),
                result.measuredBy()));
        s.append(String.format(Locale.ROOT, "%-18s %-6s %8s %8s %8s  %s%n", "variant", "access", "min", "median", "max", "runs"));
        for (Timing t : result.timings()) {
            Spread spread = t.spread();
            s.append(String.format(Locale.ROOT, "%-18s %-6s %8.2f %8.2f %8.2f  %s%n", t.variant(), t.access().id(),
                    spread.min(), spread.median(), spread.max(), spread.nanos().stream()
                            .map(v -> String.format(Locale.ROOT, "%.2f", v)).toList()));
        }
        for (Verdict verdict : result.verdicts()) {
            s.append(verdict.sentence()).append(System.lineSeparator());
        }
        s.append("Method: ").append(result.method()).append(System.lineSeparator());
        return s.toString();
    }

    private static String json(SpeedResult result) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runtime", result.runtime());
        root.put("measuredBy", result.measuredBy());
        root.put("method", result.method());
        List<Map<String, Object>> variants = new ArrayList<>();
        for (String variant : result.variants()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("variant", variant);
            for (Access access : Access.values()) {
                result.timing(variant, access).ifPresent(t -> v.put(access.id(), spread(t.spread())));
            }
            variants.add(v);
        }
        root.put("variants", variants);
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (Verdict verdict : result.verdicts()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("access", verdict.access().id());
            v.put("ratio", Math.round(verdict.ratio() * 1000) / 1000.0);
            v.put("beyondNoise", verdict.beyondNoise());
            v.put("sentence", verdict.sentence());
            verdicts.add(v);
        }
        root.put("verdicts", verdicts);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + System.lineSeparator();
    }

    private static Map<String, Object> spread(Spread spread) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("minNs", round(spread.min()));
        s.put("medianNs", round(spread.median()));
        s.put("maxNs", round(spread.max()));
        s.put("runsNs", spread.nanos().stream().map(SpeedCommand::round).toList());
        return s;
    }

    private static double round(double nanos) {
        return Math.round(nanos * 1000) / 1000.0;
    }
}
