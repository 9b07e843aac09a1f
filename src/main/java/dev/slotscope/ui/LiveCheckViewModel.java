package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.FigureCheck;
import dev.slotscope.cpython.LiveCheck;
import dev.slotscope.cpython.LiveCheckResult;
import dev.slotscope.cpython.NoInterpreterException;
import dev.slotscope.cpython.PythonAnswer;
import dev.slotscope.cpython.PythonClass;
import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;

/**
 * "Check with Python 3.X" for your class: only when asked, the source runs in a local interpreter
 * (off the JavaFX thread, cancellable) and its measured figures are shown beside the model's, each
 * row saying in words whether they are the same. Any change of the source, the class or the
 * runtime clears a result, which was of what was selected before.
 */
public final class LiveCheckViewModel {

    private static final ExecutorService WORKER = Background.thread("slotscope-live-check");

    /** One figure: the model's value, the interpreter's, and whether they are the same. */
    public record Row(String figure, String model, String measured, boolean same) {
        /** The verdict in words, so that a difference is never said by colour alone. */
        public String verdict() {
            return same ? "same" : "≠ differs";
        }
    }

    private final ExplorerModel explorer;
    private final Threads threads;
    private final LiveCheck live;
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    // One read-only view, kept: a view listens to the list weakly, so a view made per call loses its listeners.
    private final ObservableList<Row> shownRows = FXCollections.unmodifiableObservableList(rows);
    private FutureTask<Void> running;
    private long generation;
    /** An interpreter the user picked, used instead of the one found for the version; empty: find one. */
    private final ObjectProperty<Optional<Path>> interpreter = new SimpleObjectProperty<>(Optional.empty());

    /** The window's: this machine's interpreters, on a background thread. */
    public LiveCheckViewModel(ExplorerModel explorer) {
        this(explorer, Threads.app(WORKER), new LiveCheck());
    }

    public LiveCheckViewModel(ExplorerModel explorer, Threads threads, LiveCheck live) {
        this.explorer = explorer;
        this.threads = threads;
        this.live = live;
        explorer.runtime().addListener((o, old, now) -> changed());
        explorer.classChoice().addListener((o, old, now) -> changed());
        explorer.source().addListener((o, old, now) -> changed());
        explorer.sourceClass().addListener((o, old, now) -> changed());
        interpreter.addListener((o, old, now) -> changed());
        changed();
    }

    /** Whether the action applies: your class, on a CPython runtime. */
    public ReadOnlyBooleanProperty shown() {
        return shown;
    }

    /** While the interpreter runs. */
    public ReadOnlyBooleanProperty checking() {
        return checking;
    }

    /** The button's text: "Check with Python 3.12". */
    public ReadOnlyStringProperty action() {
        return action;
    }

    /** One or two sentences: what is running, what was found, or why there is nothing to compare. */
    public ReadOnlyStringProperty status() {
        return status;
    }

    /** The figures compared, in order; empty until a check answers. */
    public ObservableList<Row> rows() {
        return shownRows;
    }

    /**
     * The interpreter to run: one the user picked (it must be of the runtime's version, or the
     * check says it is not), or empty to find {@code python3.X} on PATH or under pyenv.
     */
    public ObjectProperty<Optional<Path>> interpreter() {
        return interpreter;
    }

    /** Runs the source of your class in the interpreter of the runtime's version. */
    public void check() {
        if (checking.get() || !shown.get()) {
            return;
        }
        CPythonVersion version = ((Runtime.CPython) explorer.runtime().get()).version();
        PythonClass.Written written;
        try {
            PythonModule code = PythonModule.parse(explorer.source().get() == null ? "" : explorer.source().get());
            String name = code.names().contains(explorer.sourceClass().get()) ? explorer.sourceClass().get()
                    : code.lastClass().orElseThrow(() -> new SourceException(1, "there is no class to check"));
            written = new PythonClass.Written(code, name);
        } catch (SourceException e) {
            status.set("Nothing to check until the source can be read: " + e.sentence());
            return;
        }
        long asked = generation;
        Optional<Path> chosen = interpreter.get();
        rows.clear();
        checking.set(true);
        status.set("Running " + written.className() + " in Python " + version.number() + " (at most "
                + LiveCheck.TIME_LIMIT.toSeconds() + " s)…");
        FutureTask<Void> task = new FutureTask<>(() -> {
            String said;
            Optional<LiveCheckResult> result = Optional.empty();
            try {
                result = Optional.of(live.check(version, written, chosen));
                said = "";
            } catch (NoInterpreterException e) {
                said = capitalised(e.getMessage()) + ".";
            } catch (MeasurementCancelledException e) {
                return null;
            } catch (RuntimeException e) {
                said = "The check failed: " + e.getMessage();
            }
            Optional<LiveCheckResult> found = result;
            String sentence = said;
            threads.fx().execute(() -> {
                if (asked != generation) {
                    return;
                }
                checking.set(false);
                found.ifPresentOrElse(this::show, () -> status.set(sentence));
            });
            return null;
        });
        running = task;
        threads.background().execute(task);
    }

    /** Stops the interpreter; nothing is shown of it. */
    public void cancel() {
        if (!checking.get()) {
            return;
        }
        stop();
        status.set("Check cancelled: the interpreter was stopped.");
    }

    private void show(LiveCheckResult result) {
        if (result instanceof LiveCheckResult.Unanswered u) {
            status.set(capitalised(u.sentence()) + ".");
            return;
        }
        LiveCheckResult.Answered a = (LiveCheckResult.Answered) result;
        rows.setAll(a.checks().stream().map(c -> new Row(c.figure().label(), c.model(), c.measured(), c.equal())).toList());
        List<FigureCheck> differences = a.differences();
        StringBuilder s = new StringBuilder(differences.isEmpty()
                ? "Python " + a.pythonVersion() + " agrees with the model on every figure."
                : "Python " + a.pythonVersion() + " differs from the model on " + String.join(", ",
                differences.stream().map(c -> c.figure().label()).toList()) + ".");
        if (a.answer() instanceof PythonAnswer.Made made && !made.measured().noneFor().isEmpty()) {
            s.append(" Made with None for ").append(String.join(", ", made.measured().noneFor())).append('.');
        }
        if (a.answer() instanceof PythonAnswer.Raised raised && raised.line().isPresent()) {
            s.append(" Python raised it at line ").append(raised.line().getAsInt()).append('.');
        }
        s.append(" Ran ").append(a.interpreter()).append('.');
        status.set(s.toString());
    }

    private void changed() {
        generation++;
        if (checking.get()) {
            stop();
        }
        rows.clear();
        status.set("");
        Runtime runtime = explorer.runtime().get();
        boolean python = runtime instanceof Runtime.CPython && explorer.classChoice().get() instanceof ClassChoice.WrittenClass;
        shown.set(python);
        action.set(runtime instanceof Runtime.CPython py ? "Check with Python " + py.version().number() : "");
    }

    private void stop() {
        generation++;
        running.cancel(true);
        checking.set(false);
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
