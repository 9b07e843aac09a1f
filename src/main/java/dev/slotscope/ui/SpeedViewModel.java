package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonSpeed;
import dev.slotscope.explain.SpeedTexts;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.MeasurementFailedException;
import dev.slotscope.memory.Progress;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Verdict;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The "Speed" tab's state: times reading and writing {@code x} and {@code y} of two lesson classes
 * (standard and slotted, or a scene's) on the chosen runtime (CPython: a local interpreter in a child process; the JVM:
 * the Java analogues in this VM), off the JavaFX thread with progress and cancel, and keeps the
 * result and what it supports. Plain JUnit drives it with {@link Threads#DIRECT} and a timer of its own.
 */
public final class SpeedViewModel {

    /** What times a runtime's attribute accesses; the app's runs the real ones. */
    @FunctionalInterface
    public interface Timer {
        SpeedResult time(Runtime runtime, List<ClassChoice> classes, Progress progress);
    }

    private static final ExecutorService WORKER = Background.thread("slotscope-speed");
    /** The lesson's pair: the claim is about these two. */
    static final List<String> LESSON = List.of("standard", "slotted");

    private final ObservableValue<Runtime> runtime;
    private final Threads threads;
    private final Timer timer;
    private final ReadOnlyObjectWrapper<SpeedResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<List<String>> variants = new ReadOnlyObjectWrapper<>(LESSON);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private AtomicBoolean cancelFlag = new AtomicBoolean();

    /** The app's: the explorer's runtime, timed on a background thread. */
    public SpeedViewModel(ExplorerModel explorer) {
        this(explorer.runtime(), Threads.app(WORKER), SpeedViewModel::timeOn);
    }

    /**
     * @param runtime the runtime to time; a change drops the result shown and cancels a timing under way
     * @param threads where the timing runs, and where its result is shown
     * @param timer   what times the accesses
     */
    public SpeedViewModel(ObservableValue<Runtime> runtime, Threads threads, Timer timer) {
        this.runtime = runtime;
        this.threads = threads;
        this.timer = timer;
        heading.bind(variants.map(v -> "\"Slotted attribute access is slightly faster\": reads and writes of x and y on "
                + String.join(" and ", v) + ", timed"));
        runtime.addListener((o, old, now) -> {
            cancelFlag.set(true);
            cancelFlag = new AtomicBoolean();
            result.set(null);
            text.set("");
            // Another runtime times the lesson's pair: a scene's other classes were of the runtime before.
            variants.set(LESSON);
            explain(now);
        });
        explain(runtime.getValue());
    }

    /** The app's timer: the runtime times its own code (a local interpreter, this VM) or says why it cannot. */
    static SpeedResult timeOn(Runtime runtime, List<ClassChoice> classes, Progress progress) {
        return runtime.time(classes, AttributeNames.DEFAULT, CPythonSpeed.DEFAULT_REPEATS, progress);
    }

    /**
     * Shows what a lesson's scene recorded: its classes, and the runs it was timed with elsewhere,
     * said to be so, until they are timed here; with nothing recorded, the classes and no runs.
     */
    public void showRecorded(List<String> classes, Optional<SpeedResult> recorded) {
        cancel();
        cancelFlag = new AtomicBoolean();
        variants.set(List.copyOf(classes));
        result.set(recorded.orElse(null));
        text.set(recorded.map(r -> sentences(r) + "\nRecorded in the lesson: measured by " + r.measuredBy()
                + ". Time them to see this machine's figures.")
                .orElse("Not timed yet: time them to see this machine's figures."));
    }

    /** Back to the lesson's pair with nothing timed, a timing under way cancelled: what another scene shows. */
    public void reset() {
        cancel();
        cancelFlag = new AtomicBoolean();
        variants.set(LESSON);
        result.set(null);
        text.set("");
    }

    /** Starts timing, unless a timing is under way. */
    public void measure() {
        if (measuring.get()) {
            return;
        }
        Runtime timed = runtime.getValue();
        List<String> timedVariants = variants.get();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        Progress report = new ShownProgress(threads, progress, cancelled);
        measuring.set(true);
        progress.set(0);
        result.set(null);
        text.set("Timing reads and writes on " + timed.displayName() + "…");
        threads.background().execute(() -> {
            SpeedResult timedResult = null;
            String said;
            try {
                timedResult = timer.time(timed, timedVariants.stream().map(timed::lessonClass).toList(), report);
                said = sentences(timedResult) + "\nMeasured by " + timedResult.measuredBy() + ".";
            } catch (MeasurementCancelledException e) {
                said = "Cancelled: nothing was timed.";
            } catch (MeasurementFailedException e) {
                said = "The timing failed: " + e.getMessage();
            } catch (RuntimeException e) {
                // No interpreter of that version, or a runtime that is not run here: the message says which.
                said = e.getMessage();
            }
            SpeedResult shown = timedResult;
            String message = said;
            threads.fx().execute(() -> {
                if (cancelFlag != cancelled) {
                    // The runtime changed meanwhile: this timing is of what was chosen before.
                    measuring.set(false);
                    return;
                }
                measuring.set(false);
                result.set(cancelled.get() ? null : shown);
                text.set(cancelled.get() ? "Cancelled: nothing was timed." : message);
            });
        });
    }

    /** Asks the timing under way to stop; it stops at its next step. */
    public void cancel() {
        cancelFlag.set(true);
    }

    private static String sentences(SpeedResult result) {
        return result.verdicts().stream().map(Verdict::sentence).collect(Collectors.joining("\n"));
    }

    private void explain(Runtime now) {
        why.set(now instanceof Runtime.CPython c ? SpeedTexts.whyCPython(c.version()) : SpeedTexts.WHY_JVM);
    }

    /** The last timing's result; null before one, while timing, and after a cancel or a change of runtime. */
    public ReadOnlyObjectProperty<SpeedResult> result() {
        return result.getReadOnlyProperty();
    }

    /** The verdicts and who measured, or what went wrong. */
    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    /** Why one access could be faster than the other on the chosen runtime, with sources. */
    public ReadOnlyStringProperty why() {
        return why.getReadOnlyProperty();
    }

    /** The classes timed, first against second: the lesson's pair, or a scene's. */
    public ReadOnlyObjectProperty<List<String>> variants() {
        return variants.getReadOnlyProperty();
    }

    /** The claim and what is timed, above the chart. */
    public ReadOnlyStringProperty heading() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty measuring() {
        return measuring.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }
}
