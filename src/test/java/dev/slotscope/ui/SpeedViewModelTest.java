package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonBuild;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.NoInterpreterException;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.Progress;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.speed.Access;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.Timing;
import dev.slotscope.jvm.JvmMode;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Speed tab's view model without a screen or an interpreter: made-up timers, tasks run when the test says. */
class SpeedViewModelTest {

    private static final Runtime PY39 = new Runtime.CPython(CPythonVersion.V3_9, CPythonBuild.DEFAULT);
    private static final Runtime PY312 = new Runtime.CPython(CPythonVersion.V3_12, CPythonBuild.DEFAULT);
    private static final Runtime THIS_VM = new Runtime.Jvm(JvmMode.LIVE, Optional.empty());

    private static final SpeedResult RESULT = new SpeedResult("CPython 3.9.18", "python3.9", "timeit", List.of(
            new Timing("standard", Access.READ, new Spread(List.of(10.0, 10.2, 10.1))),
            new Timing("standard", Access.WRITE, new Spread(List.of(18.0, 18.2, 18.1))),
            new Timing("slotted", Access.READ, new Spread(List.of(8.0, 8.2, 8.1))),
            new Timing("slotted", Access.WRITE, new Spread(List.of(10.0, 10.2, 10.1)))));

    /** Background tasks kept until the test runs them: the state while a timing is under way can be read. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Threads held = new Threads(queued::add, Runnable::run);

    @Test
    void aTimingShowsItsRunsAndWhatTheySupport() {
        List<Double> seen = new ArrayList<>();
        SpeedViewModel model = new SpeedViewModel(new SimpleObjectProperty<>(PY39), held, (runtime, classes, progress) -> {
            assertSame(PY39, runtime);
            progress.update(0.5);
            return RESULT;
        });
        model.progress().addListener((o, old, now) -> seen.add(now.doubleValue()));
        model.measure();
        assertTrue(model.measuring().get());
        assertEquals("Timing reads and writes on CPython 3.9…", model.text().get());
        model.measure();
        assertEquals(1, queued.size(), "a second press while timing starts nothing");
        queued.remove(0).run();
        assertFalse(model.measuring().get());
        assertSame(RESULT, model.result().get());
        assertEquals(List.of(0.5), seen);
        assertEquals(RESULT.verdicts().get(0).sentence() + "\n" + RESULT.verdicts().get(1).sentence()
                + "\nMeasured by python3.9.", model.text().get());
    }

    @Test
    void cancellingStopsTheTimingAndShowsNothingTimed() {
        SpeedViewModel model = new SpeedViewModel(new SimpleObjectProperty<>(PY39), held, (runtime, classes, progress) -> {
            if (progress.cancelled()) {
                throw new MeasurementCancelledException();
            }
            return RESULT;
        });
        model.measure();
        model.cancel();
        queued.remove(0).run();
        assertFalse(model.measuring().get());
        assertNull(model.result().get());
        assertEquals("Cancelled: nothing was timed.", model.text().get());
    }

    @Test
    void anotherRuntimeChosenMeanwhileDropsTheTiming() {
        SimpleObjectProperty<Runtime> runtime = new SimpleObjectProperty<>(PY39);
        List<Boolean> cancelledWhenRun = new ArrayList<>();
        SpeedViewModel model = new SpeedViewModel(runtime, held, (r, classes, progress) -> {
            cancelledWhenRun.add(progress.cancelled());
            return RESULT;
        });
        model.measure();
        runtime.set(PY312);
        queued.remove(0).run();
        assertEquals(List.of(true), cancelledWhenRun);
        assertFalse(model.measuring().get());
        assertNull(model.result().get());
        assertEquals("", model.text().get());
        assertTrue(model.why().get().contains("LOAD_ATTR_INSTANCE_VALUE"), model.why().get());
    }

    @Test
    void noInterpreterIsSaidInItsOwnWords() {
        SpeedViewModel model = new SpeedViewModel(new SimpleObjectProperty<>(PY312), Threads.DIRECT, (runtime, classes, progress) -> {
            throw new NoInterpreterException("no CPython 3.12 found: looked for python3.12 on PATH");
        });
        model.measure();
        assertFalse(model.measuring().get());
        assertNull(model.result().get());
        assertEquals("no CPython 3.12 found: looked for python3.12 on PATH", model.text().get());
    }

    @Test
    void onlyARuntimeThatRunsHereIsTimed() {
        Runtime estimated = new Runtime.Jvm(JvmMode.COMPACT_HEADERS, Optional.empty());
        var refused = assertThrows(IllegalArgumentException.class, () -> SpeedViewModel.timeOn(estimated,
                List.of(estimated.lessonClass("standard"), estimated.lessonClass("slotted")), Progress.NONE));
        assertTrue(refused.getMessage().startsWith("Timing needs code that runs: choose a CPython version or the JVM"),
                refused.getMessage());
    }

    @Test
    void theWhyFollowsTheRuntime() {
        SimpleObjectProperty<Runtime> runtime = new SimpleObjectProperty<>(PY39);
        SpeedViewModel model = new SpeedViewModel(runtime, Threads.DIRECT, (r, c, p) -> RESULT);
        assertTrue(model.why().get().contains("PyObject_GenericGetAttr"), model.why().get());
        runtime.set(new Runtime.CPython(CPythonVersion.V3_10, CPythonBuild.DEFAULT));
        assertTrue(model.why().get().contains("bpo-42093"), model.why().get());
        runtime.set(THIS_VM);
        assertTrue(model.why().get().contains("getfield"), model.why().get());
    }

    @Test
    void aScenesRecordedRunsShowUntilTimedHereAndTheScenesClassesAreTimed() {
        SimpleObjectProperty<Runtime> runtime = new SimpleObjectProperty<>(new Runtime.CPython(CPythonVersion.V3_10,
                CPythonBuild.DEFAULT));
        List<List<String>> timed = new ArrayList<>();
        SpeedViewModel model = new SpeedViewModel(runtime, Threads.DIRECT, (r, classes, progress) -> {
            timed.add(classes.stream().map(ClassChoice::id).toList());
            return RESULT;
        });
        SpeedResult recorded = new SpeedResult("CPython 3.9.18", "CPython 3.9.18 on the teacher's laptop", "timeit", List.of(
                new Timing("slotted", Access.READ, new Spread(List.of(8.0, 8.2, 8.1))),
                new Timing("dataclass-slots", Access.READ, new Spread(List.of(8.1, 8.3, 8.2)))));
        model.showRecorded(List.of("slotted", "dataclass-slots"), Optional.of(recorded));
        assertSame(recorded, model.result().get());
        assertEquals(List.of("slotted", "dataclass-slots"), model.variants().get());
        assertTrue(model.heading().get().endsWith("reads and writes of x and y on slotted and dataclass-slots, timed"),
                model.heading().get());
        assertEquals(recorded.verdicts().get(0).sentence() + "\nRecorded in the lesson: measured by CPython 3.9.18 on the"
                + " teacher's laptop. Time them to see this machine's figures.", model.text().get());
        model.measure();
        assertEquals(List.of(List.of("slotted", "dataclass-slots")), timed, "the scene's classes, first against second");
        assertSame(RESULT, model.result().get());
        assertTrue(model.text().get().endsWith("\nMeasured by python3.9."), model.text().get());

        model.showRecorded(List.of("slotted", "dataclass-slots"), Optional.empty());
        assertNull(model.result().get());
        assertEquals("Not timed yet: time them to see this machine's figures.", model.text().get());
        runtime.set(PY312);
        assertEquals(List.of("standard", "slotted"), model.variants().get(), "another runtime times the lesson's pair");
        model.showRecorded(List.of("slotted", "dataclass-slots"), Optional.of(recorded));
        model.reset();
        assertEquals(List.of("standard", "slotted"), model.variants().get());
        assertNull(model.result().get());
        assertEquals("", model.text().get());
    }
}
