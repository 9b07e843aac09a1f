package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.Drawing;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JVM lens in the window, off the JavaFX thread, and both lenses side by side. */
@ExtendWith(ApplicationExtension.class)
class JvmLensViewTest {

    private Stage stage;
    private MainController main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private ExplorerController first() {
        return main.explorers().get(0);
    }

    private static void settle(ExplorerController explorer) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void mapVariantShowsTheMeasuredHashMapAndItsBuckets(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            first().model().runtime().set(new Runtime.Jvm(JvmMode.LIVE));
            first().model().classChoice().set(new ClassChoice.Java(JvmVariant.STANDARD));
        });
        settle(first());
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/jvm-standard.png");
        int expected = new JvmLens().describe(JvmVariant.STANDARD, AttributeNames.DEFAULT, JvmMode.LIVE).layout().ownedBytes();
        assertEquals(expected + " bytes", robot.lookup("#bytesLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#bannerLabel").queryAs(Label.class).getText().contains("measured"));
        List<Drawing.Box> boxes = robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream().map(n -> (Drawing.Box) n.getUserData()).toList();
        assertEquals(16, GrowthViewTest.bucketsOf(boxes));
        assertTrue(boxes.stream().anyMatch(b -> b.label().matches("\\[\\d+] → \"x\"")), "a bucket says which key it holds");
        assertTrue(boxes.stream().anyMatch(b -> b.kind().id().equals("mark-word")));
        assertTrue(robot.lookup(".shared-badge").match((javafx.scene.Node n) -> LayoutView.isShown(n.getParent())).tryQuery().isPresent(), "interned keys are shared");
    }

    @Test
    void theRuntimeMenuOffersJdk25AndItsEstimateSaysWhoseRulesItFollows(FxRobot robot) throws TimeoutException {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Runtime> box = robot.lookup("#runtimeBox").queryAs(javafx.scene.control.ComboBox.class);
        List<String> offered = OnFx.get(() -> box.getItems().stream().map(r -> box.getConverter().toString(r)).toList());
        assertTrue(offered.containsAll(List.of("JVM · compact headers (estimate)", "JVM · JDK 25 · compressed oops (estimate)",
                "JVM · JDK 25 · compact headers (estimate)")), offered.toString());
        robot.interact(() -> {
            first().model().runtime().set(new Runtime.Jvm(JvmMode.JDK25_COMPACT));
            first().model().classChoice().set(new ClassChoice.NamedClass());
            first().model().className().set("java.util.HashMap");
        });
        settle(first());
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/jvm-jdk25-compact-hashmap.png");
        assertTrue(robot.lookup("#bannerLabel").queryAs(Label.class).getText()
                .startsWith("JDK 25 rules · estimated · compact object headers"));
        // Where a real JDK 25 with -XX:+UseCompactObjectHeaders puts them (JOL 0.17's model says 32 and 36).
        var regions = OnFx.get(() -> first().model().state().get().layout().instance().regions());
        assertEquals(16, regions.stream().filter(r -> r.label().equals("table")).findFirst().orElseThrow().offset());
        assertEquals(20, regions.stream().filter(r -> r.label().equals("entrySet")).findFirst().orElseThrow().offset());
    }

    @Test
    void estimatesSayTheyAreEstimates(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            first().model().runtime().set(new Runtime.Jvm(JvmMode.COMPACT_HEADERS));
            first().model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED));
        });
        settle(first());
        assertTrue(robot.lookup("#bannerLabel").queryAs(Label.class).getText().contains("estimated · compact object headers"));
        assertEquals("24 bytes", robot.lookup("#bytesLabel").queryAs(Label.class).getText());
    }

    @Test
    void theWindowStaysLiveWhileJolWorks(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            first().model().runtime().set(new Runtime.Jvm(JvmMode.LIVE));
            first().model().classChoice().set(new ClassChoice.NamedClass());
            first().model().walkGraph().set(true);
            first().model().className().set("dev.slotscope.jvm.samples.SlowToBuild");
        });
        assertTrue(first().model().busy().get(), "the work is queued, not done on the JavaFX thread");
        long start = System.nanoTime();
        robot.interact(() -> robot.lookup("#attrsField").query().requestFocus());
        long roundTripMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(first().model().busy().get(), "still measuring");
        assertTrue(roundTripMillis < 500, "the JavaFX thread answered in " + roundTripMillis + " ms");
        Node spinner = robot.lookup("#busyIndicator").query();
        assertTrue(spinner.isVisible());
        settle(first());
        assertTrue(robot.lookup("#headline").queryAs(Label.class).getText().contains("SlowToBuild"));
    }

    @Test
    void anUnknownClassIsExplainedNotThrown(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            first().model().runtime().set(new Runtime.Jvm(JvmMode.LIVE));
            first().model().classChoice().set(new ClassChoice.NamedClass());
            first().model().className().set("com.example.Missing");
        });
        settle(first());
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("no class named com.example.Missing in the JDK or Slotscope", error.getText());
    }

    @Test
    void bothLensesSideBySideAtTheSameScale(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            first().model().runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
            first().model().classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
            robot.lookup("#compareToggle").queryAs(ToggleButton.class).setSelected(true);
        });
        ExplorerController second = main.explorers().get(1);
        robot.interact(() -> second.model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED)));
        settle(second);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, main.explorers().size());
        assertEquals(first().metrics().get(), second.metrics().get(), "one scale for both");
        assertTrue(robot.lookup("#compactSummary").queryAs(Label.class).isVisible());
        List<Drawing.Box> boxes = robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream().map(n -> (Drawing.Box) n.getUserData()).toList();
        double pythonSlot = boxes.stream().filter(b -> b.kind().id().equals("slot")).findFirst().orElseThrow().width();
        double javaField = boxes.stream().filter(b -> b.kind().id().equals("field")).findFirst().orElseThrow().width();
        assertEquals(pythonSlot, javaField, "8 bytes are as wide on both sides");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-3.12-jvm.png");
        robot.interact(() -> robot.lookup("#compareToggle").queryAs(ToggleButton.class).setSelected(false));
        assertEquals(1, main.explorers().size());
    }
}
