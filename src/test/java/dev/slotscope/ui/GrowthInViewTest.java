package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.Drawing;
import dev.slotscope.growth.Beat;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.Transitions;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Growth at a classroom laptop's 1280×800: the part of the drawing a step changes (the slot being
 * probed, the entry appended) is on screen, and the headline and the summary follow the step.
 */
@ExtendWith(ApplicationExtension.class)
class GrowthInViewTest {

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        explorer = MainController.of(stage.getScene()).explorers().get(0);
    }

    private void select(FxRobot robot, CPythonVersion version, Variant variant) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            explorer.model().runtime().set(new Runtime.CPython(version));
            explorer.model().classChoice().set(new ClassChoice.Python(variant));
            explorer.model().attributes().set("x, y");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void add(FxRobot robot, String name) throws TimeoutException {
        robot.interact(() -> {
            explorer.growth().nextName().set(name);
            explorer.growth().add();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.growth().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The shown boxes of {@code lit} that lie outside the drawing's viewport, if any. */
    private List<String> outOfSight(FxRobot robot, List<Beat.Highlight> lit) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> out.addAll(outOfSightNow(robot, lit)));
        return out;
    }

    /** As above, on the JavaFX thread. */
    private static List<String> outOfSightNow(FxRobot robot, List<Beat.Highlight> lit) {
        List<String> out = new ArrayList<>();
        Node viewport = robot.lookup("#canvasScroll").queryAs(ScrollPane.class).lookup(".viewport");
        Bounds seen = viewport.localToScene(viewport.getLayoutBounds());
        for (Node node : robot.lookup(".region-box").match(LayoutView::isShown).queryAll()) {
            Drawing.Box box = (Drawing.Box) node.getUserData();
            if (lit.contains(new Beat.Highlight(box.objectId(), box.region().offset()))) {
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (b.getMinY() < seen.getMinY() - 0.5 || b.getMaxY() > seen.getMaxY() + 0.5) {
                    out.add(box.objectId() + " " + box.label() + " at y " + Math.round(b.getMinY()) + ".."
                            + Math.round(b.getMaxY()) + ", the view " + Math.round(seen.getMinY()) + ".."
                            + Math.round(seen.getMaxY()));
                }
            }
        }
        return out;
    }

    @Test
    void theProbedSlotIsOnScreenAtEveryBeat(FxRobot robot) throws TimeoutException {
        select(robot, CPythonVersion.V3_10, Variant.STANDARD);
        List<String> added = List.of("a1", "a2", "a3", "a4");
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_10, Variant.STANDARD, AttributeNames.DEFAULT, added);
        Map<String, List<Beat.Highlight>> lit = new HashMap<>();
        for (int k = 1; k < steps.size(); k++) {
            Transitions.between(steps.get(k - 1), steps.get(k)).forEach(b -> lit.put(b.caption(), b.highlights()));
        }
        // Every caption shown is checked once its beat is done (its highlight and scrolling
        // included), against the beat on screen then: under load two beats can share a frame.
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicInteger checked = new AtomicInteger();
        Label caption = robot.lookup("#beatLabel").queryAs(Label.class);
        robot.interact(() -> caption.textProperty().addListener((o, old, now) -> {
            seen.add(now);
            Platform.runLater(() -> {
                List<Beat.Highlight> boxes = lit.getOrDefault(caption.getText(), List.of());
                if (!boxes.isEmpty()) {
                    checked.incrementAndGet();
                    outOfSightNow(robot, boxes).forEach(p -> problems.add("\"" + caption.getText() + "\": " + p));
                }
            });
        }));
        for (int k = 1; k < steps.size(); k++) {
            add(robot, added.get(k - 1));
            List<Beat> beats = Transitions.between(steps.get(k - 1), steps.get(k));
            String last = beats.get(beats.size() - 1).caption();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> seen.contains(last));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked.get() >= 4, "beats checked: " + checked.get());
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/growth-in-view-3.10.png");
    }

    @Test
    void steppingBackShowsTheSlotThatStepEndedOn(FxRobot robot) throws TimeoutException {
        select(robot, CPythonVersion.V3_10, Variant.STANDARD);
        for (String name : List.of("a1", "a2", "a3", "a4", "a5")) {
            add(robot, name);
        }
        robot.interact(() -> robot.lookup("#canvasScroll").queryAs(ScrollPane.class).setVvalue(0));
        robot.interact(() -> explorer.growth().index().set(3));
        WaitForAsyncUtils.waitForFxEvents();
        List<GrowthStep> steps = explorer.growth().steps().get();
        List<Beat> beats = Transitions.between(steps.get(2), steps.get(3));
        List<Beat.Highlight> last = beats.stream().map(Beat::highlights).filter(h -> !h.isEmpty())
                .reduce((a, b) -> b).orElseThrow();
        List<String> out = outOfSight(robot, last);
        assertTrue(out.isEmpty(), String.join("\n", out));
        robot.interact(() -> MainController.of(stage.getScene()).theme().set(dev.slotscope.theme.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/growth-step-3-dark.png");
    }

    @Test
    void theHeadlineAndTheSummaryFollowTheStep(FxRobot robot) throws TimeoutException {
        select(robot, CPythonVersion.V3_12, Variant.STANDARD);
        String headline = robot.lookup("#headline").queryAs(Label.class).getText();
        assertTrue(headline.endsWith("Attributes: x, y."), headline);
        add(robot, "z");
        headline = robot.lookup("#headline").queryAs(Label.class).getText();
        assertTrue(headline.endsWith("Attributes: x, y, z."), "after adding z: " + headline);
        int shared = explorer.growth().current().get().orElseThrow().layout().sharedBytes();
        String sharedText = robot.lookup("#sharedLabel").queryAs(Label.class).getText();
        assertTrue(shared == 0 ? sharedText.startsWith("Nothing") : sharedText.startsWith("Plus " + shared + " bytes"),
                "the shared bytes at the step (" + shared + "): " + sharedText);
        String outcome = robot.lookup("#stepOutcome").queryAs(Label.class).getText();
        assertTrue(outcome.contains("objects drawn: StandardPoint instance"), "says what the objects are: " + outcome);
        assertFalse(robot.lookup(".summary").lookup((Node n) -> n instanceof TextField).tryQuery().isPresent(),
                "the summary has no second field for the name to add");
        String preview = robot.lookup("#addPreview").queryAs(Label.class).getText();
        assertEquals("obj." + explorer.growth().nextName().get() + " = 1.5", preview, "it follows the growth bar's name");
        robot.interact(() -> explorer.growth().nextName().set("q"));
        assertEquals("obj.q = 1.5", robot.lookup("#addPreview").queryAs(Label.class).getText());
        robot.interact(() -> explorer.growth().index().set(0));
        headline = robot.lookup("#headline").queryAs(Label.class).getText();
        assertTrue(headline.endsWith("Attributes: x, y."), "back at step 0: " + headline);
    }

    @Test
    void theChildOfSlottedPitfallIsACautionNotASuccess(FxRobot robot) throws TimeoutException {
        select(robot, CPythonVersion.V3_12, Variant.CHILD_OF_SLOTTED);
        Label outcome = robot.lookup("#outcomeLabel").queryAs(Label.class);
        assertTrue(outcome.getStyleClass().contains("tone-caution"), outcome.getStyleClass().toString());
        assertTrue(outcome.getText().startsWith("⚠ "), outcome.getText());
        Label saving = robot.lookup("#savingLabel").queryAs(Label.class);
        assertTrue(saving.getStyleClass().contains("tone-caution"), "as much as standard is not good news: "
                + saving.getText());
        add(robot, "z");
        Label step = robot.lookup("#stepOutcome").queryAs(Label.class);
        assertTrue(step.getStyleClass().contains("caution") && !step.getStyleClass().contains("ok"),
                step.getStyleClass().toString());
        select(robot, CPythonVersion.V3_12, Variant.SLOTTED);
        assertTrue(robot.lookup("#savingLabel").queryAs(Label.class).getStyleClass().contains("tone-good"));
    }
}
