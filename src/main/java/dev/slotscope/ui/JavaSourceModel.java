package dev.slotscope.ui;

import dev.slotscope.jvm.CompileDiagnostic;
import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JavaSourceCompiler;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Java class editor's view-model: the source text as typed, compiled once typing pauses, off the
 * JavaFX thread. It shows the errors of the newest text at their lines, and keeps the classes of the
 * last text that compiled (so the drawing does not vanish while a line is half typed). No code of the
 * source ever runs here: it is compiled, not loaded.
 */
public final class JavaSourceModel {

    /** How long typing must pause before the text is compiled. */
    public static final Duration PAUSE = Duration.ofMillis(400);

    /** The name the unit goes by in messages: typed text has no file name of its own. */
    public static final String FILE_NAME = "Classes.java";

    /** One compiler thread for every editor: the newest text of each is compiled in turn. */
    private static final ExecutorService JAVAC_THREAD = Background.thread("slotscope-javac");

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "slotscope-source-pause");
        t.setDaemon(true);
        return t;
    });

    private final Threads threads;
    private final Consumer<Runnable> afterPause;
    private final StringProperty source = new SimpleStringProperty("");
    private final ObservableList<CompileDiagnostic> errors = FXCollections.observableArrayList();
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private final ObservableList<CompileDiagnostic> errorsView = FXCollections.unmodifiableObservableList(errors);
    private final ObservableList<String> classNamesView = FXCollections.unmodifiableObservableList(classNames);
    private final ReadOnlyObjectWrapper<Optional<JavaCompilation.Compiled>> compiled =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Bumped on the JavaFX thread at each edit; read by the timer thread to drop pauses that were cut short. */
    private volatile long generation;

    /** The app's: compiles on a thread of its own, {@link #PAUSE} after the last edit. */
    public JavaSourceModel() {
        this(Threads.app(JAVAC_THREAD),
                task -> TIMER.schedule(task, PAUSE.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * @param threads    where the compiler runs, and where its results are shown
     * @param afterPause runs a task once typing has paused ({@link #PAUSE} in the app); a test can run it at once
     */
    public JavaSourceModel(Threads threads, Consumer<Runnable> afterPause) {
        this.threads = threads;
        this.afterPause = afterPause;
        source.addListener((o, old, now) -> edited(now));
    }

    private void edited(String text) {
        long current = ++generation;
        busy.set(true);
        afterPause.accept(() -> {
            if (current == generation) {
                threads.background().execute(() -> {
                    JavaCompilation result = compile(text);
                    threads.fx().execute(() -> show(current, result));
                });
            }
        });
    }

    private static JavaCompilation compile(String text) {
        try {
            return JavaSourceCompiler.compile(FILE_NAME, text == null ? "" : text);
        } catch (RuntimeException e) {
            // javac itself failed (it says so on no line): shown as an error, never a dialog.
            return new JavaCompilation.Failed(FILE_NAME, List.of(new CompileDiagnostic(0, 0, "the compiler failed: " + e)));
        }
    }

    private void show(long current, JavaCompilation result) {
        if (current != generation) {
            return;
        }
        if (result instanceof JavaCompilation.Compiled unit) {
            errors.clear();
            problem.set("");
            compiled.set(Optional.of(unit));
            classNames.setAll(unit.classNames());
        } else if (result instanceof JavaCompilation.Failed failed) {
            errors.setAll(failed.errors());
            problem.set("");
        } else if (result instanceof JavaCompilation.NoCompiler none) {
            errors.clear();
            problem.set(none.sentence());
        }
        busy.set(false);
    }

    /** The text in the editor. */
    public StringProperty source() {
        return source;
    }

    /** The newest text's compile errors, each at its line; empty when it compiled. */
    public ObservableList<CompileDiagnostic> errors() {
        return errorsView;
    }

    /** The classes of the last text that compiled, as Java writes their names ({@code Point}, {@code Point.Inner}). */
    public ObservableList<String> classNames() {
        return classNamesView;
    }

    /** The last text that compiled, to lay its classes out; empty until one has. */
    public ReadOnlyObjectProperty<Optional<JavaCompilation.Compiled>> compiled() {
        return compiled.getReadOnlyProperty();
    }

    /** A sentence when nothing can be compiled at all (a Java without a compiler); otherwise empty. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    /** True from an edit until its text is compiled. */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
