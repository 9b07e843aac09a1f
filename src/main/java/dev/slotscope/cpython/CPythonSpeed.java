package dev.slotscope.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.MeasurementFailedException;
import dev.slotscope.memory.Progress;
import dev.slotscope.speed.Access;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Timing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times reading and writing the lesson classes' attributes with a local CPython, in a child
 * process ({@code speed.py}, with {@code timeit}).
 *
 * <p>The method: each timed block is 50 accesses ({@code a = o.x; a = o.y; …}, or
 * {@code o.x = v; …}) on one instance held in a local; a baseline block of the same shape
 * without the attribute ({@code a = b; …}, {@code a = v; …}) is timed right after it with the
 * same loop count, and subtracted, so a sample is the attribute access alone and the loop's
 * overhead cancels. Every block runs once untimed first (3.11+ specialises its instructions
 * then). Then come {@code repeats} runs; in each, five rounds time every block and right after it
 * its baseline, the variants taking turns, and the run's figure is the block's fastest timing less
 * the baseline's fastest (the fastest of several, as timeit's documentation advises: a slower one
 * was slowed by something else). Timings are the child's CPU time ({@code time.process_time}), so
 * on a shared machine the time given to other programs is not counted. The result keeps every run.
 */
public final class CPythonSpeed {

    /** Runs per block unless asked otherwise. */
    public static final int DEFAULT_REPEATS = 7;

    private static final long TIMEOUT_SECONDS = 300;
    private static final String RESULT = "result ";

    /** How the samples were made, for the result and its readers. */
    public static final String METHOD = "timeit in a child interpreter: blocks of 50 accesses (a = o.x / o.x = v) on one"
            + " instance, minus a baseline block of the same shape without the attribute (a = b / a = v) timed right"
            + " after it with the same count; warmed up once (3.11+ specialises); per run, the fastest of 5 timings"
            + " of each, the variants in turn; the process's CPU time (time.process_time); gc off; ns per access.";

    private final Interpreters interpreters;

    /** Times with the interpreters of this machine. */
    public CPythonSpeed() {
        this(Interpreters.ofThisMachine());
    }

    /** Times with an interpreter found among {@code interpreters}. */
    public CPythonSpeed(Interpreters interpreters) {
        this.interpreters = interpreters;
    }

    /** Times with the local interpreter of {@code version}; {@link NoInterpreterException} when there is none. */
    public SpeedResult measure(CPythonVersion version, List<Variant> variants, AttributeNames attrs, int repeats,
                               Progress progress) {
        return measure(interpreters.require(version), version, variants, attrs, repeats, progress);
    }

    /**
     * Times with the interpreter at {@code python}, which must be {@code version}; {@link NoInterpreterException}
     * when there is no program there.
     */
    public SpeedResult measure(Path python, CPythonVersion version, List<Variant> variants, AttributeNames attrs,
                               int repeats, Progress progress) {
        if (!Files.isExecutable(python)) {
            throw new NoInterpreterException("no interpreter at " + python);
        }
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("name at least one variant to time");
        }
        if (repeats < Spread.MIN_RUNS || repeats > Spread.MAX_RUNS) {
            throw new IllegalArgumentException("--repeats must be " + Spread.MIN_RUNS + " to " + Spread.MAX_RUNS
                    + ": a spread needs a few runs");
        }
        for (Variant variant : variants) {
            if (!variant.availableIn(version)) {
                throw new UnsupportedVariantException(variant.unavailableIn(version));
            }
        }
        List<String> names = attrs.withoutSlotRequests().names();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("time at least one attribute (--attrs)");
        }
        if (names.stream().anyMatch(n -> n.startsWith("__") && !n.endsWith("__"))) {
            throw new IllegalArgumentException("a private name (__x) is mangled inside each class: time plain names");
        }
        Process process = start(python, request(variants, attrs, names, repeats));
        Thread watchdog = watchdog(process);
        try {
            JsonNode answer = readResult(process, progress);
            String actual = answer.path("python").asText();
            if (!actual.equals(version.number()) && !actual.startsWith(version.number() + ".")) {
                throw new IllegalArgumentException(python + " is Python " + actual + ", not " + version.number());
            }
            return parse(answer, variants, python + " (CPython " + actual + ")");
        } finally {
            watchdog.interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The result from the child's answer (the JSON after {@code result }), its classes named as {@code variants}. */
    public static SpeedResult parse(JsonNode answer, List<Variant> variants, String interpreter) {
        List<Timing> timings = new ArrayList<>();
        JsonNode samples = answer.path("samples");
        for (Variant variant : variants) {
            for (Access access : Access.values()) {
                JsonNode ns = samples.path(variant.className()).path(access.id()).path("ns");
                if (!ns.isArray() || ns.isEmpty()) {
                    throw new MeasurementFailedException("the interpreter's answer has no " + access.id() + " times for "
                            + variant.className());
                }
                List<Double> values = new ArrayList<>();
                ns.forEach(v -> values.add(v.asDouble()));
                timings.add(new Timing(variant.id(), access, new Spread(values)));
            }
        }
        return new SpeedResult("CPython " + answer.path("python").asText(), interpreter + ": " + answer.path("repeats").asInt()
                + " runs of " + answer.path("number").asLong() + " × " + answer.path("unroll").asInt() + " accesses", METHOD,
                timings);
    }

    /** {@link #parse(JsonNode, List, String)} of the text of the child's answer. */
    public static SpeedResult parse(String answer, List<Variant> variants, String interpreter) {
        try {
            return parse(new ObjectMapper().readTree(answer), variants, interpreter);
        } catch (IOException e) {
            throw new MeasurementFailedException("the interpreter's answer is not JSON: " + e.getMessage());
        }
    }

    private static String request(List<Variant> variants, AttributeNames attrs, List<String> names, int repeats) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("repeats", repeats);
        ArrayNode attrNodes = root.putArray("attrs");
        names.forEach(attrNodes::add);
        ArrayNode classes = root.putArray("classes");
        for (Variant variant : variants) {
            classes.addObject().put("name", variant.className()).put("source", variant.pythonSource(attrs));
        }
        return root.toString();
    }

    private static Process start(Path python, String request) {
        try {
            Path file = ChildPython.script("speed.py");
            Process process = new ProcessBuilder(python.toString(), "-I", file.toString()).redirectErrorStream(true).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(request.getBytes(StandardCharsets.UTF_8));
            }
            return process;
        } catch (IOException e) {
            throw new MeasurementFailedException("could not start " + python + ": " + e.getMessage());
        }
    }

    /** Kills the child at the time limit; the reader then sees its output end. */
    private static Thread watchdog(Process process) {
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                // The measurement ended first.
            }
        }, "slotscope-speed-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        return watchdog;
    }

    private static JsonNode readResult(Process process, Progress progress) {
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                    process.destroyForcibly();
                    throw new MeasurementCancelledException();
                }
                if (line.startsWith("progress ")) {
                    progress.update(Double.parseDouble(line.substring("progress ".length())));
                } else if (line.startsWith(RESULT)) {
                    progress.update(1);
                    return new ObjectMapper().readTree(line.substring(RESULT.length()));
                } else if (other.length() < 4000) {
                    other.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new MeasurementFailedException("could not read the interpreter's answer: " + e.getMessage());
        }
        throw new MeasurementFailedException("the interpreter printed no result (or took over " + TIMEOUT_SECONDS
                + " s): " + other.toString().strip());
    }
}
