package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.Drawing;
import dev.slotscope.growth.Transitions;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.RegionKind;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Add attribute": the map gains entries and grows its table; a slotted object refuses. */
@ExtendWith(ApplicationExtension.class)
class GrowthViewTest {

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        MainController main = MainController.of(stage.getScene());
        explorer = main.explorers().get(0);
    }

    private void select(FxRobot robot, Runtime runtime, ClassChoice choice, String attrs) throws TimeoutException {
        robot.interact(() -> {
            explorer.model().runtime().set(runtime);
            explorer.model().classChoice().set(choice);
            explorer.model().attributes().set(attrs);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
    }

    private void add(FxRobot robot, String name) throws TimeoutException {
        robot.interact(() -> {
            explorer.growth().nextName().set(name);
            explorer.growth().add();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.growth().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The buckets the shown cells stand for (the boxes the next step needs wait hidden in the view). */
    private long buckets(FxRobot robot) {
        return OnFx.get(() -> bucketsOf(robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream()
                .map(n -> (Drawing.Box) n.getUserData()).filter(b -> !b.objectId().equals(Transitions.OLD_TABLE)).toList()));
    }

    /** How many buckets these boxes stand for: a cell holding a chain one, a cell of empty ones as many as it says. */
    static long bucketsOf(List<Drawing.Box> boxes) {
        long n = 0;
        for (Drawing.Box b : boxes) {
            if (b.kind() != RegionKind.BUCKET) {
                continue;
            }
            Matcher run = EMPTY_RUN.matcher(b.label());
            n += run.matches() ? Long.parseLong(run.group(2)) - Long.parseLong(run.group(1)) + 1 : 1;
        }
        return n;
    }

    private static final Pattern EMPTY_RUN = Pattern.compile("buckets (\\d+)–(\\d+) empty");

    @Test
    void theMapGainsEntriesAndDoublesItsTableAtTheThirteenth(FxRobot robot) throws TimeoutException {
        select(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD), "");
        for (int i = 1; i <= 12; i++) {
            add(robot, "a" + i);
        }
        assertEquals(16, buckets(robot));
        assertEquals("step 12 of 12", robot.lookup("#stepLabel").queryAs(Label.class).getText());
        add(robot, "a13");
        assertEquals(32, buckets(robot));
        assertTrue(robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream()
                .anyMatch(n -> ((Drawing.Box) n.getUserData()).objectId().equals(Transitions.OLD_TABLE)),
                "the old table is shown while the entries move");
        assertTrue(robot.lookup(".fresh").tryQuery().isPresent(), "what changed is highlighted");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/growth-jvm.png");
        String bytesAt13 = robot.lookup("#bytesLabel").queryAs(Label.class).getText();
        assertEquals(Integer.toString(explorer.growth().current().get().orElseThrow().layout().objects().size()),
                robot.lookup("#figure-objectsreached").queryAs(Label.class).getText(), "the summary follows the step");
        robot.interact(() -> explorer.growth().back());
        assertEquals(16, buckets(robot), "stepping back restores the previous state");
        assertEquals("step 12 of 13", robot.lookup("#stepLabel").queryAs(Label.class).getText());
        robot.interact(() -> explorer.growth().forward());
        assertEquals(bytesAt13, robot.lookup("#bytesLabel").queryAs(Label.class).getText());
    }

    @Test
    void theTableBeingReplacedIsDimmedUnderAVeilThenFadesAway(FxRobot robot) throws TimeoutException {
        select(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD), "");
        robot.interact(() -> robot.lookup("#speedSlider").queryAs(Slider.class).setValue(4));
        for (int i = 1; i <= 13; i++) {
            add(robot, "a" + i);
        }
        List<Node> oldNodes = OnFx.get(() -> robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream()
                .filter(n -> ((Drawing.Box) n.getUserData()).objectId().equals(Transitions.OLD_TABLE)).toList());
        List<Drawing.Box> oldBoxes = oldNodes.stream().map(n -> (Drawing.Box) n.getUserData()).toList();
        List<Bounds> oldTable = OnFx.get(() -> oldNodes.stream().map(Node::getBoundsInParent).toList());
        assertEquals(16, bucketsOf(oldBoxes), "the old table's 16 buckets are shown");
        assertEquals(3, oldBoxes.stream().filter(b -> b.kind() != RegionKind.BUCKET).count(), "and its header");
        Set<Node> veils = OnFx.get(() -> Set.copyOf(robot.lookup(".veil").queryAll()));
        assertTrue(veils.stream().anyMatch(v -> v.getOpacity() > 0.3 && oldTable.stream().allMatch(b -> v.getBoundsInParent().contains(b))),
                "a veil over the whole old table dims it");
        assertTrue(veils.stream().allMatch(Node::isMouseTransparent), "veils let clicks through to the boxes");
        // The animation changes the scene graph as it runs: look at it on the JavaFX thread only.
        OnFx.waitFor(30, () -> robot.lookup(".region-box").match(LayoutView::isShown).queryAll()
                .stream().noneMatch(n -> ((Drawing.Box) n.getUserData()).objectId().equals(Transitions.OLD_TABLE))
                && robot.lookup(".veil").queryAll().isEmpty());
        assertEquals(32, buckets(robot));
    }

    @Test
    void boxesPutAsideStayOutOfSightAndComeBackAsTheyWere(FxRobot robot) throws TimeoutException {
        select(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD), "");
        for (int i = 1; i <= 4; i++) {
            add(robot, "a" + i);
        }
        waitUntilFadesEnd(robot);
        Set<Drawing.Box> atFour = shownBoxes(robot);
        robot.interact(() -> explorer.growth().index().set(0));
        waitUntilFadesEnd(robot);
        List<Node> aside = robot.lookup(".region-box").match((Node n) -> !LayoutView.isShown(n)).queryAll().stream().toList();
        assertTrue(aside.size() > atFour.size() / 2, "the boxes of steps 1 to 4 are kept aside: " + aside.size());
        assertTrue(aside.stream().allMatch(n -> n.getOpacity() == 0 && n.isMouseTransparent()),
                "a box kept aside is transparent and lets clicks through");
        robot.interact(() -> explorer.growth().index().set(4));
        waitUntilFadesEnd(robot);
        assertEquals(atFour, shownBoxes(robot));
        assertTrue(robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream().allMatch(n -> n.getOpacity() == 1),
                "every box shown is fully drawn");
    }

    /** Waits until every box has its final opacity: shown boxes opaque, boxes put aside transparent. */
    private static void waitUntilFadesEnd(FxRobot robot) throws TimeoutException {
        OnFx.waitFor(10, () -> robot.lookup(".region-box").queryAll().stream()
                .allMatch(n -> n.getOpacity() == (LayoutView.isShown(n) ? 1 : 0)));
    }

    private static Set<Drawing.Box> shownBoxes(FxRobot robot) {
        return OnFx.get(() -> robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream()
                .map(n -> (Drawing.Box) n.getUserData()).collect(Collectors.toSet()));
    }

    @Test
    void aSlottedObjectRefusesWithPythonsExactError(FxRobot robot) throws TimeoutException {
        select(robot, new Runtime.CPython(CPythonVersion.V3_13), new ClassChoice.Python(Variant.SLOTTED), "x, y");
        assertEquals("z", robot.lookup("#growName").queryAs(TextField.class).getText(), "a sensible next name");
        add(robot, "z");
        Label outcome = robot.lookup("#stepOutcome").queryAs(Label.class);
        assertTrue(outcome.isVisible());
        assertEquals("AttributeError: 'SlottedPoint' object has no attribute 'z' and no __dict__ for setting new attributes",
                outcome.getText());
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/growth-slotted.png");
    }

    @Test
    void keyboardStepsAndResets(FxRobot robot) throws TimeoutException {
        select(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD), "x, y");
        add(robot, "z");
        add(robot, "w");
        robot.clickOn("#stepLabel");
        robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, explorer.growth().index().get());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), explorer.growth().steps().get());
        assertEquals("step 0 of 0", robot.lookup("#stepLabel").queryAs(Label.class).getText());
    }

    @Test
    void aCPythonDictGrowsAsTheRecordedScenarioSays(FxRobot robot) throws TimeoutException {
        select(robot, new Runtime.CPython(CPythonVersion.V3_11), new ClassChoice.Python(Variant.STANDARD), "x, y");
        add(robot, "a1");
        assertEquals("88 bytes", robot.lookup("#bytesLabel").queryAs(Label.class).getText(), "a1 fits the shared keys");
        add(robot, "a2");
        assertEquals("328 bytes", robot.lookup("#bytesLabel").queryAs(Label.class).getText(), "a2 makes a combined dict");
        assertTrue(robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream().map(n -> (Drawing.Box) n.getUserData())
                .anyMatch(b -> b.objectId().equals("own-keys")));
        Label beat = robot.lookup("#beatLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> beat.getText().startsWith("'a1' → slot"));
        // The beat's caption and its highlight are set in one handler on the JavaFX thread: let it finish.
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".beat").tryQuery().isPresent(), "the moving entry's slot lights up");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/growth-3.11.png");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> beat.getText().startsWith("Entry 3 appended"));
    }

    @Test
    void theVersionBarsFollowTheStepShown(FxRobot robot) throws TimeoutException {
        select(robot, new Runtime.CPython(CPythonVersion.V3_11), new ClassChoice.Python(Variant.STANDARD), "x, y");
        String constructed = barValue(robot, "3.10");
        add(robot, "a1");
        add(robot, "a2");
        var attrs = dev.slotscope.cpython.AttributeNames.parse("x, y");
        for (CPythonVersion v : CPythonVersion.values()) {
            int expected = new dev.slotscope.cpython.CPythonGrowth()
                    .grow(v, Variant.STANDARD, attrs, List.of("a1", "a2")).get(2).bytesPerInstance();
            assertEquals(expected + " B", barValue(robot, v.number()), v.number() + " at step 2");
        }
        assertEquals("328 B", barValue(robot, "3.11"), "the current version's bar equals the headline");
        assertTrue(robot.lookup("#barsHeading").queryAs(Label.class).getText().endsWith("at step 2"));
        robot.interact(() -> explorer.growth().index().set(0));
        assertEquals(constructed, barValue(robot, "3.10"), "back at step 0 the bars show the class as constructed");
    }

    /** The value shown beside the bar named {@code name}. */
    private static String barValue(FxRobot robot, String name) {
        return robot.lookup(".version-row").queryAll().stream()
                .filter(row -> ((Label) ((javafx.scene.layout.HBox) row).getChildren().get(0)).getText().equals(name))
                .map(row -> ((Label) robot.from(row).lookup(".version-value").query()).getText())
                .findFirst().orElseThrow();
    }
}
