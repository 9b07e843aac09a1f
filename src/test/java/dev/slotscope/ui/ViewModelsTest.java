package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.probe.LocalJdk;
import dev.slotscope.jvm.probe.LocalJdks;
import dev.slotscope.jvm.probe.LocalJvm;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer's view-models driven in plain JUnit, without a screen: their work and its results
 * run at once on the test's thread ({@link Threads#DIRECT}), so each assertion sees the state the
 * window would show once its background work is done.
 */
class ViewModelsTest {

    private final ExplorerModel explorer = new ExplorerModel(Threads.DIRECT);

    static Stream<Runtime> runtimes() {
        return Runtime.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runtimes")
    void everyRuntimeOffersItsClassesAndShowsTheOneChosen(Runtime runtime) {
        explorer.runtime().set(runtime);
        assertEquals(runtime.classChoices(), explorer.classChoices(), "the class menu is the runtime's");
        assertEquals("standard", explorer.classChoice().get().id(), "the lesson's first class is chosen");
        assertEquals("", explorer.error().get());
        assertFalse(explorer.busy().get(), "the work is done");
        int expected = runtime.describe(explorer.classChoice().get(), AttributeNames.parse("x, y")).bytesPerInstance();
        assertEquals(expected, explorer.state().get().bytes(), "the figure shown is the runtime's own");
        assertTrue(explorer.state().get().bars().stream().anyMatch(b -> b.current() && b.name().equals(runtime.shortName())),
                "the bars mark the runtime shown: " + explorer.state().get().bars());
    }

    @Test
    void theClassChosenFollowsToTheOtherLensWhereItHasAnAnalogue() {
        explorer.classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
        explorer.runtime().set(new Runtime.Jvm(JvmMode.LIVE));
        assertEquals("slotted", explorer.classChoice().get().id());
        assertInstanceOf(ClassChoice.Java.class, explorer.classChoice().get());
        assertTrue(explorer.classChoices().stream().anyMatch(c -> !c.lessonClass()), "on the JVM any class can be named");
    }

    @Test
    void badAttributesAreExplainedAndTheLastGoodPictureStays() {
        ViewState before = explorer.state().get();
        explorer.attributes().set("x, 1y");
        assertTrue(explorer.error().get().contains("1y"), explorer.error().get());
        assertEquals(before, explorer.state().get());
    }

    @Test
    void whatCannotBeDrawnIsNeverStandInForAnotherRuntimesFigures() {
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_10));
        explorer.attributes().set("1abc");
        assertTrue(explorer.stale().get(), "3.10's picture of the last good list stays, faded, under the error");
        assertFalse(explorer.blank().get());
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
        assertTrue(explorer.error().get().contains("1abc"), explorer.error().get());
        assertTrue(explorer.blank().get(), "3.10's figures are not shown under a selector that says 3.12");
        assertFalse(explorer.stale().get());
        explorer.attributes().set("x, y");
        assertFalse(explorer.blank().get());
        assertEquals(new Runtime.CPython(CPythonVersion.V3_12).describe(new ClassChoice.Python(Variant.STANDARD),
                AttributeNames.parse("x, y")).bytesPerInstance(), explorer.state().get().bytes());
        explorer.attributes().set("x, 1y");
        explorer.classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
        assertTrue(explorer.blank().get(), "nor another class's");
    }

    @Test
    void aRuntimeStillWorkingHidesTheFiguresOfTheOneBefore() {
        List<Runnable> never = new ArrayList<>();
        ExplorerModel stuck = new ExplorerModel(new Threads(never::add, Runnable::run));
        assertFalse(stuck.blank().get());
        stuck.runtime().set(new Runtime.Jvm(JvmMode.LIVE));
        assertTrue(stuck.busy().get(), "the JVM's layout is being made");
        assertTrue(stuck.blank().get(), "CPython's figures are not shown under the JVM's selector meanwhile");
        stuck.runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
        assertFalse(stuck.blank().get(), "a quick runtime is shown at once, whatever the other still does");
        assertEquals(new Runtime.CPython(CPythonVersion.V3_12).describe(new ClassChoice.Python(Variant.STANDARD),
                AttributeNames.parse("x, y")).bytesPerInstance(), stuck.state().get().bytes());
        never.forEach(Runnable::run);
        assertEquals(new Runtime.CPython(CPythonVersion.V3_12).id(), stuck.runtime().get().id());
        assertEquals(new Runtime.CPython(CPythonVersion.V3_12).describe(new ClassChoice.Python(Variant.STANDARD),
                AttributeNames.parse("x, y")).bytesPerInstance(), stuck.state().get().bytes(), "a late JVM result is dropped");
    }

    @Test
    void aJdkPointedToJoinsTheMenuAndOneThatIsNoneIsOneSentence(@TempDir Path notAJdk) {
        ExplorerModel model = new ExplorerModel(Threads.DIRECT);
        model.useJdk(notAJdk);
        assertEquals(notAJdk + " is not a JDK: give a JDK's home folder (the one with a 'release' file and bin/java) or its"
                + " bin/java", model.error().get());
        assertFalse(model.busy().get());
        LocalJdk running = LocalJdks.running();
        model.useJdk(running.home().resolve("bin").resolve("java"));
        assertEquals("", model.error().get());
        assertEquals(Runtime.Jvm.measuredOn(LocalJvm.of(running, List.of())), model.runtime().get(), "shown as it starts");
        assertTrue(model.runtimes().containsAll(LocalJvm.layoutChoices(running).stream().map(Runtime.Jvm::measuredOn).toList()));
        int offered = model.runtimes().size();
        model.useJdk(running.home());
        assertEquals(offered, model.runtimes().size(), "offered once");
    }

    @Test
    void aClassTheVersionLacksIsRefusedWithTheVersionThatHasIt() {
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_8));
        explorer.classChoice().set(new ClassChoice.Python(Variant.DATACLASS_SLOTS));
        assertEquals("dataclass-slots needs Python 3.10 or later: @dataclass(slots=True) does not exist in CPython 3.8",
                explorer.error().get());
        assertEquals("3.10+", explorer.runtime().get().missingNote(explorer.classChoice().get()));
    }

    @Test
    void growingASlottedPointEndsInPythonsErrorAndTheBarsFollowEveryVersion() {
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_13));
        explorer.classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
        GrowthViewModel growth = new GrowthViewModel(explorer, Threads.DIRECT);
        growth.nextName().set("z");
        growth.add();
        assertEquals(2, growth.steps().get().size());
        assertEquals(1, growth.index().get(), "the step just added is shown");
        StepOutcome outcome = growth.current().get().orElseThrow().outcome();
        assertEquals("AttributeError: 'SlottedPoint' object has no attribute 'z' and no __dict__ for setting new attributes",
                ((StepOutcome.Refused) outcome).message());
        List<ViewState.Bar> bars = growth.currentBars().orElseThrow();
        assertEquals(Runtime.all().stream().filter(r -> r instanceof Runtime.CPython).map(Runtime::shortName).toList(),
                bars.stream().map(ViewState.Bar::name).toList(), "a bar per CPython version");
    }

    @Test
    void aPrivateNameIsStoredMangledInsideTheClassAndMissesTheSlotFromOutside() {
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
        explorer.classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
        explorer.attributes().set("__x, y");
        assertEquals("", explorer.error().get());
        GrowthViewModel growth = new GrowthViewModel(explorer, Threads.DIRECT);
        growth.nextName().set("__x");
        growth.add();
        assertTrue(growth.current().get().orElseThrow().layout().instance().regions().stream()
                .anyMatch(r -> r.label().equals("_SlottedPoint__x")), "the slot is named as Python stores it");
        assertEquals("AttributeError: 'SlottedPoint' object has no attribute '__x'",
                ((StepOutcome.Refused) growth.current().get().orElseThrow().outcome()).message());
    }

    @Test
    void dictInSlotsGivesASlottedPointADictAndItsNewAttributesAPlace() {
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_14));
        explorer.classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
        explorer.attributes().set("x, y, __dict__");
        assertEquals("", explorer.error().get());
        assertEquals(104, explorer.state().get().bytes(), "slots, and inline values after them on 3.14");
        GrowthViewModel growth = new GrowthViewModel(explorer, Threads.DIRECT);
        growth.nextName().set("z");
        growth.add();
        assertInstanceOf(StepOutcome.Stored.class, growth.current().get().orElseThrow().outcome());
        explorer.classChoice().set(new ClassChoice.Python(Variant.STANDARD));
        assertTrue(explorer.error().get().startsWith("'__dict__' means something only in __slots__"), explorer.error().get());
    }

    @Test
    void aStandardPointGrowsAStepPerAttributeAndStepsBack() {
        GrowthViewModel growth = new GrowthViewModel(explorer, Threads.DIRECT);
        for (String name : List.of("a1", "a2", "a3")) {
            growth.nextName().set(name);
            growth.add();
        }
        assertEquals(4, growth.steps().get().size());
        assertEquals("", growth.message().get());
        growth.back();
        assertEquals(2, growth.index().get());
        assertEquals(List.of("a1", "a2", "a3"), growth.added());
    }

    @Test
    void theMemoryChartComparesEveryVersionAndScalesWithTheCount() {
        MemoryViewModel memory = new MemoryViewModel(explorer, Threads.DIRECT);
        memory.comparison().set(MemoryViewModel.Comparison.VERSIONS);
        List<String> labels = memory.estimates().get().stream().map(MemoryEstimate::label).toList();
        assertEquals(Runtime.all().stream().filter(r -> r instanceof Runtime.CPython).map(Runtime::shortName).toList(), labels);
        long atMillion = memory.estimates().get().get(0).totalBytes();
        memory.count().set(new InstanceCount(850));
        long at850 = memory.estimates().get().get(0).totalBytes();
        assertTrue(at850 < atMillion && at850 > 0, at850 + " < " + atMillion);
        assertTrue(memory.summary().get().contains("standard on CPython 3.8 to "), memory.summary().get());
    }

    @Test
    void besideTheOtherLensTheChartHasBothAndTheClaimIsChecked() {
        MemoryViewModel memory = new MemoryViewModel(explorer, Threads.DIRECT);
        memory.comparison().set(MemoryViewModel.Comparison.OTHER_LENS);
        assertEquals(List.of("CPython 3.10 standard", "JVM standard"),
                memory.estimates().get().stream().map(MemoryEstimate::label).toList());
        assertTrue(memory.claim().get().startsWith("The lesson says a million slotted points save"), memory.claim().get());
    }

    @Test
    void yourClassesAreChartedSideBySideAndAcrossVersionsWithoutTheLessonsClaim() {
        explorer.runtime().set(new Runtime.CPython(dev.slotscope.cpython.CPythonVersion.V3_12));
        explorer.classChoice().set(new ClassChoice.WrittenClass());
        MemoryViewModel memory = new MemoryViewModel(explorer, Threads.DIRECT);
        assertEquals(List.of("Student 80", "SlottedStudent 48"), memory.estimates().get().stream()
                .map(e -> e.label() + " " + e.bytesPerInstance()).toList(), "the example's two classes, as describe gives them");
        assertEquals("", memory.claim().get(), "the lesson's claim is about its points, not your classes");
        assertTrue(memory.summary().get().contains("every class of your source"), memory.summary().get());
        assertEquals(List.of("every class of your source", "every version or VM mode"),
                memory.comparisons().stream().map(memory::nameOf).toList(), "your class has no analogue in the other lens");

        memory.comparison().set(MemoryViewModel.Comparison.VERSIONS);
        assertEquals(Runtime.all().stream().filter(r -> r instanceof Runtime.CPython).map(Runtime::shortName).toList(),
                memory.estimates().get().stream().map(MemoryEstimate::label).toList());
        explorer.source().set("from dataclasses import dataclass\n@dataclass(slots=True, weakref_slot=True)\nclass P:\n    x: int\n");
        assertEquals(List.of("3.11", "3.12", "3.13", "3.14", "3.15"),
                memory.estimates().get().stream().map(MemoryEstimate::label).toList(), "weakref_slot came with 3.11");
    }
}
