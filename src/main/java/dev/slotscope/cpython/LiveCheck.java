package dev.slotscope.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.memory.MeasurementFailedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks the model against a real interpreter for a user's class, only when asked: the source runs
 * in a child {@code python3.X} (never in Slotscope's process), bounded in time and output, and
 * {@code live_check.py} measures the class as the fixtures were recorded. Required constructor
 * parameters are passed {@code None}: the model lays out an instance made with its arguments, and
 * {@code None} is a shared object, so an instance costs what the model says whatever it is given.
 */
public final class LiveCheck {

    /** How long the source may run, defining its classes and making 20,000 instances. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    /** How much the interpreter may print (the probe keeps only the first 1,000 characters the source prints). */
    static final int OUTPUT_LIMIT = 1_000_000;

    private static final String MARKER = "slotscope-live-check ";
    private static final String MADE = "made";

    private final Interpreters interpreters;
    private final Duration limit;
    private final CPythonLens lens = new CPythonLens();

    /** Checks with this machine's interpreters and a 30 s limit. */
    public LiveCheck() {
        this(Interpreters.ofThisMachine(), TIME_LIMIT);
    }

    /** Checks with an interpreter found among {@code interpreters}, stopped after {@code limit}. */
    public LiveCheck(Interpreters interpreters, Duration limit) {
        this.interpreters = interpreters;
        this.limit = limit;
    }

    /**
     * The interpreter a check runs: {@code given}, or {@code python3.X} found on this machine;
     * {@link NoInterpreterException} with one sentence naming where it looked otherwise.
     */
    public Path interpreter(CPythonVersion version, Optional<Path> given) {
        if (given.isPresent()) {
            if (!Files.isRegularFile(given.get()) || !Files.isExecutable(given.get())) {
                throw new NoInterpreterException("no CPython " + version.number() + " at " + given.get()
                        + ": it is not an executable file");
            }
            return given.get();
        }
        return interpreters.require(version);
    }

    /**
     * Runs {@code written}'s source in the interpreter and compares what it measured with the model's
     * figures. An interrupt stops the interpreter ({@link dev.slotscope.memory.MeasurementCancelledException}).
     */
    public LiveCheckResult check(CPythonVersion version, PythonClass.Written written, Optional<Path> given) {
        Path python = interpreter(version, given);
        ChildPython.Ending ending;
        Path source = null;
        try {
            source = Files.createTempFile("slotscope-your-class", ".py");
            Files.writeString(source, written.source(), StandardCharsets.UTF_8);
            ending = ChildPython.run(python, "live_check.py", List.of(source.toString(), written.className()), limit,
                    OUTPUT_LIMIT);
        } catch (IOException e) {
            throw new MeasurementFailedException("could not run " + python + ": " + e.getMessage());
        } finally {
            deleteQuietly(source);
        }
        if (ending instanceof ChildPython.Ending.TimedOut t) {
            return new LiveCheckResult.Unanswered(python, "the source did not finish within " + t.limit().toSeconds()
                    + " s, so " + python.getFileName() + " was stopped");
        }
        if (ending instanceof ChildPython.Ending.Flooded f) {
            return new LiveCheckResult.Unanswered(python, "the source printed more than "
                    + f.limitBytes() / 1_000_000 + " MB, so " + python.getFileName() + " was stopped");
        }
        return answer(version, written, python, (ChildPython.Ending.Exited) ending);
    }

    private LiveCheckResult answer(CPythonVersion version, PythonClass.Written written, Path python,
                                   ChildPython.Ending.Exited exited) {
        String line = exited.output().lines().filter(l -> l.startsWith(MARKER)).reduce((a, b) -> b).orElse(null);
        if (line == null) {
            String said = exited.output().strip();
            return new LiveCheckResult.Unanswered(python, python.getFileName() + " ended (exit status " + exited.status()
                    + ") without measuring" + (said.isEmpty() ? "" : "; it printed: " + tail(said)));
        }
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(line.substring(MARKER.length()));
        } catch (IOException e) {
            throw new MeasurementFailedException("could not read the interpreter's answer: " + e.getMessage());
        }
        String pythonVersion = json.path("python").asText();
        if (!pythonVersion.equals(version.number()) && !pythonVersion.startsWith(version.number() + ".")) {
            return new LiveCheckResult.Unanswered(python, python + " is Python " + pythonVersion + ", not "
                    + version.number() + ": the check needs an interpreter of the version drawn");
        }
        if (json.has("exited")) {
            JsonNode exit = json.get("exited");
            return new LiveCheckResult.Unanswered(python, "the source exited" + at(line(exit))
                    + " (sys.exit(" + exit.path("code").asText() + ")), so nothing was measured");
        }
        PythonAnswer answer;
        if (json.has("error")) {
            JsonNode e = json.get("error");
            if (e.path("phase").asText().equals("check")) {
                return new LiveCheckResult.Unanswered(python, "the check itself failed in " + python.getFileName() + ": "
                        + e.path("type").asText() + ": " + e.path("message").asText());
            }
            answer = new PythonAnswer.Raised(e.path("type").asText(), e.path("message").asText(), line(e),
                    e.path("phase").asText().equals("init"));
        } else {
            answer = new PythonAnswer.Made(measured(json));
        }
        return new LiveCheckResult.Answered(python, pythonVersion, answer, compare(version, written, answer),
                json.path("printed").asText());
    }

    private List<FigureCheck> compare(CPythonVersion version, PythonClass.Written written, PythonAnswer answer) {
        CPythonObject model;
        String modelOutcome;
        try {
            model = lens.describe(version, written);
            modelOutcome = MADE;
        } catch (SourceException e) {
            model = null;
            modelOutcome = e.getMessage();
        }
        List<FigureCheck> checks = new ArrayList<>();
        checks.add(new FigureCheck(CheckedFigure.OUTCOME, modelOutcome,
                answer instanceof PythonAnswer.Raised r ? r.error() : MADE));
        if (model != null && answer instanceof PythonAnswer.Made made) {
            CPythonFigures m = model.figures();
            CPythonFigures p = made.measured().figures();
            checks.add(number(CheckedFigure.BASICSIZE, m.basicsize(), p.basicsize()));
            checks.add(number(CheckedFigure.DICTOFFSET, m.dictoffset(), p.dictoffset()));
            checks.add(number(CheckedFigure.WEAKREFOFFSET, m.weakrefoffset(), p.weakrefoffset()));
            checks.add(number(CheckedFigure.GETSIZEOF, m.getsizeof(), p.getsizeof()));
            checks.add(number(CheckedFigure.BYTES_PER_INSTANCE, m.bytesPerInstance(), p.bytesPerInstance()));
            checks.add(new FigureCheck(CheckedFigure.SLOTS, modelSlots(model), slots(made.measured().slots())));
            checks.add(new FigureCheck(CheckedFigure.DICT_KEYS,
                    keys(m.dictoffset() == 0 ? Optional.empty() : Optional.of(model.dictKeys())),
                    keys(made.measured().dictKeys())));
        }
        return checks;
    }

    private static FigureCheck number(CheckedFigure figure, int model, int measured) {
        return new FigureCheck(figure, Integer.toString(model), Integer.toString(measured));
    }

    private static String modelSlots(CPythonObject model) {
        // A name twice in one __slots__ makes a second word that no descriptor reaches: the interpreter lists only the first.
        return slots(model.layout().instance().regions().stream().filter(r -> r.kind() == RegionKind.SLOT)
                .filter(r -> !r.note().startsWith("A second slot named"))
                .map(r -> new MeasuredClass.Slot(r.label(), (int) r.offset(), "")).toList());
    }

    private static String slots(List<MeasuredClass.Slot> slots) {
        if (slots.isEmpty()) {
            return "none";
        }
        return String.join(", ", slots.stream().sorted(Comparator.comparingInt(MeasuredClass.Slot::offset)
                .thenComparing(MeasuredClass.Slot::name)).map(s -> s.offset() + " " + s.name()).toList());
    }

    private static String keys(Optional<List<String>> keys) {
        return keys.map(k -> k.isEmpty() ? "empty" : String.join(", ", k)).orElse("no __dict__");
    }

    private static MeasuredClass measured(JsonNode json) {
        CPythonFigures figures = new CPythonFigures(json.path("basicsize").asInt(), json.path("dictoffset").asInt(),
                json.path("weakrefoffset").asInt(), json.path("getsizeof").asInt(), json.path("bytesPerInstance").asInt());
        List<MeasuredClass.Slot> slots = new ArrayList<>();
        json.path("slots").forEach(s -> slots.add(new MeasuredClass.Slot(s.path("name").asText(), s.path("offset").asInt(),
                s.path("owner").asText())));
        Optional<List<String>> keys = json.path("dictKeys").isArray() ? Optional.of(texts(json.get("dictKeys")))
                : Optional.empty();
        return new MeasuredClass(figures, slots, keys, texts(json.path("noneFor")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static OptionalInt line(JsonNode node) {
        return node.path("line").isInt() ? OptionalInt.of(node.get("line").asInt()) : OptionalInt.empty();
    }

    private static String at(OptionalInt line) {
        return line.isPresent() ? " at line " + line.getAsInt() : "";
    }

    private static String tail(String text) {
        // The end is where Python prints what went wrong.
        return text.length() <= 300 ? text : text.substring(text.length() - 300);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is harmless; the check's answer matters more.
            }
        }
    }
}
