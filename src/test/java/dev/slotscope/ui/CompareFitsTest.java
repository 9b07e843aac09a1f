package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.theme.Theme;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Compare side by side" at a classroom laptop's 1280×800 and at 1600×1000: two equal panes with a
 * divider, and nothing of either pane cut to "…", broken inside a word or pushed out of its pane.
 */
@ExtendWith(ApplicationExtension.class)
class CompareFitsTest {

    private Stage stage;
    private MainController main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private void size(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void compare(FxRobot robot, Runtime left, ClassChoice leftClass, Runtime right,
                         ClassChoice rightClass) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#compareToggle").queryAs(ToggleButton.class).setSelected(true);
            main.explorers().get(0).model().runtime().set(left);
            main.explorers().get(0).model().classChoice().set(leftClass);
        });
        robot.interact(() -> {
            main.explorers().get(1).model().runtime().set(right);
            main.explorers().get(1).model().classChoice().set(rightClass);
        });
        for (ExplorerController e : main.explorers()) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !e.model().busy().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SplitPane split(FxRobot robot) {
        return robot.lookup(".explorers").queryAs(SplitPane.class);
    }

    /** Everything a class would see cut off in the window, one line each. */
    private List<String> problems(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            Bounds window = new BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
            problems.addAll(WindowFit.truncated(root));
            problems.addAll(WindowFit.wordsBroken(root));
            problems.addAll(WindowFit.squeezed(root));
            problems.addAll(WindowFit.fieldsCut(root));
            problems.addAll(WindowFit.outside(root, window));
            for (Node pane : robot.lookup(".explorer").queryAll()) {
                problems.addAll(WindowFit.outside((Parent) pane, pane.localToScene(pane.getLayoutBounds())));
            }
        });
        return problems;
    }

    private void assertFits(FxRobot robot, String what) {
        List<String> problems = problems(robot);
        assertTrue(problems.isEmpty(), what + ":\n" + String.join("\n", problems));
    }

    private void assertTwoEqualPanes(FxRobot robot) {
        assertTrue(robot.lookup(".explorers").query() instanceof SplitPane, "the explorers share a split pane");
        SplitPane split = split(robot);
        assertEquals(2, split.getItems().size(), "two panes");
        assertEquals(1, split.getDividers().size(), "one divider between them");
        assertTrue(robot.lookup(".split-pane-divider").tryQuery().isPresent(), "the divider is drawn");
        double left = split.getItems().get(0).getLayoutBounds().getWidth();
        double right = split.getItems().get(1).getLayoutBounds().getWidth();
        assertEquals(left, right, 2, "equal panes: " + left + " and " + right);
    }

    /** The two drawings start at one height, so that they read across at one glance. */
    private void assertDrawingsLevel(FxRobot robot, String what) {
        List<Double> tops = new ArrayList<>();
        robot.interact(() -> split(robot).getItems().forEach(pane -> {
            Node scroll = robot.from(pane).lookup("#canvasScroll").query();
            tops.add(scroll.localToScene(scroll.getLayoutBounds()).getMinY());
        }));
        assertEquals(tops.get(0), tops.get(1), 1, what + ": the drawings start at " + tops);
    }

    @Test
    void yourClassBesideALessonClassFitsAt1280(FxRobot robot) throws TimeoutException {
        size(robot, 1280, 800);
        compare(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.WrittenClass(),
                new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.SLOTTED));
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-your-class-1280.png");
        assertFits(robot, "your class | slotted at 1280");
        assertTwoEqualPanes(robot);
        Node scroll = robot.from(split(robot).getItems().get(0)).lookup("#canvasScroll").query();
        assertTrue(scroll.getLayoutBounds().getWidth() >= 300,
                "beside its editor, your class's drawing keeps room: " + scroll.getLayoutBounds().getWidth());
        assertTrue(scroll.getLayoutBounds().getHeight() >= 200,
                "under its editor too: " + scroll.getLayoutBounds().getHeight());
        assertFalse(robot.from(split(robot).getItems().get(0)).lookup("#checkGrid").query().isManaged(),
                "a live check's table of figures would push the drawing off the screen: its sentence says the verdict");
    }

    @Test
    void standardBesideSlottedFitsAt1280And1600(FxRobot robot) throws TimeoutException {
        for (double[] size : new double[][] {{1280, 800}, {1600, 1000}}) {
            size(robot, size[0], size[1]);
            compare(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.STANDARD),
                    new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.CHILD_OF_SLOTTED));
            assertFits(robot, "standard | child-of-slotted at " + (int) size[0]);
            assertTwoEqualPanes(robot);
            for (Theme theme : Theme.values()) {
                robot.interact(() -> main.theme().set(theme));
                WaitForAsyncUtils.waitForFxEvents();
                MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-python-" + theme.id() + "-"
                        + (int) size[0] + ".png");
            }
            robot.interact(() -> main.theme().set(Theme.LIGHT));
        }
    }

    @Test
    void cpythonBesideTheJvmFitsAt1280And1600(FxRobot robot) throws TimeoutException {
        for (double[] size : new double[][] {{1280, 800}, {1600, 1000}}) {
            size(robot, size[0], size[1]);
            compare(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.DATACLASS_SLOTS),
                    new Runtime.Jvm(JvmMode.NO_COMPRESSED_OOPS), new ClassChoice.Java(JvmVariant.CHILD_OF_SLOTTED));
            assertFits(robot, "dataclass-slots | JVM child-of-slotted at " + (int) size[0]);
            assertTwoEqualPanes(robot);
            MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-jvm-" + (int) size[0] + ".png");
        }
    }

    @Test
    void aNamedJvmClassFitsItsPaneAt1280(FxRobot robot) throws TimeoutException {
        size(robot, 1280, 800);
        compare(robot, new Runtime.CPython(CPythonVersion.V3_10), new ClassChoice.Python(Variant.SLOTTED_WEAKREF),
                new Runtime.Jvm(JvmMode.COMPRESSED), new ClassChoice.NamedClass());
        assertFits(robot, "slotted-weakref | java.util.HashMap at 1280");
        assertTwoEqualPanes(robot);
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-named-class-1280.png");
    }

    @Test
    void theMemoryTabsFitSideBySideAt1280(FxRobot robot) throws TimeoutException {
        size(robot, 1280, 800);
        compare(robot, new Runtime.CPython(CPythonVersion.V3_10), new ClassChoice.Python(Variant.STANDARD),
                new Runtime.Jvm(JvmMode.COMPRESSED), new ClassChoice.Java(JvmVariant.CHILD_OF_SLOTTED));
        robot.interact(() -> main.explorers().forEach(e -> e.showMemory(true)));
        settle();
        assertFits(robot, "the memory tabs side by side at 1280");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-memory-1280.png");
    }

    @Test
    void aBoxAsWideAsItsChoiceStillListsEveryChoiceWhole(FxRobot robot) throws TimeoutException {
        size(robot, 1280, 800);
        compare(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.STANDARD),
                new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.STANDARD));
        for (String box : List.of("#runtimeBox", "#classBox")) {
            ComboBox<?> combo = robot.from(split(robot).getItems().get(1)).lookup(box).queryAs(ComboBox.class);
            robot.interact(combo::show);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = new ArrayList<>();
            int[] cells = new int[1];
            robot.interact(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                        cut.addAll(WindowFit.truncated(w.getScene().getRoot()));
                        cells[0] += (int) WindowFit.shownControls(w.getScene().getRoot()).stream()
                                .filter(c -> c instanceof ListCell<?> cell && cell.getText() != null && !cell.getText().isEmpty())
                                .count();
                    }
                }
                combo.hide();
            });
            assertTrue(cells[0] >= Math.min(combo.getItems().size(), combo.getVisibleRowCount()),
                    box + ": " + cells[0] + " choices seen in its list");
            assertTrue(cut.isEmpty(), box + "'s list:\n" + String.join("\n", cut));
        }
    }

    /** Waits until every explorer shown has its layout and steps. */
    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        for (ExplorerController e : main.explorers()) {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !e.model().busy().get() && !e.growth().busy().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyCompareSceneOfTheBuiltInLessonFitsAt1280AndWhenPresented(FxRobot robot) throws TimeoutException {
        size(robot, 1280, 800);
        robot.interact(() -> main.open("builtin:slots"));
        var scenes = main.lessons().scenes();
        int compared = 0;
        for (int i = 0; i < scenes.size(); i++) {
            if (scenes.get(i).view() != dev.slotscope.lesson.ViewKind.COMPARE) {
                continue;
            }
            int scene = i;
            robot.interact(() -> main.lessons().go(scene));
            settle();
            MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-scene-" + (i + 1) + ".png");
            assertFits(robot, "scene " + (i + 1) + ", " + scenes.get(i).title());
            assertTwoEqualPanes(robot);
            assertDrawingsLevel(robot, scenes.get(i).title());
            compared++;
        }
        assertEquals(5, compared, "the compare scenes");
        int dataclass = 3;
        assertTrue(scenes.get(dataclass).title().contains("dataclass"), scenes.get(dataclass).title());
        robot.interact(() -> main.lessons().go(dataclass));
        settle();
        robot.interact(() -> main.presentation().enter());
        settle();
        List<String> broken = new ArrayList<>();
        robot.interact(() -> broken.addAll(WindowFit.wordsBroken(stage.getScene().getRoot())));
        // Two 48-byte objects: enlarged, each in the middle of its half of the screen.
        assertTrue(main.presentation().zoom() > 100, "presented at " + main.presentation().zoom() + "%");
        for (ExplorerController e : main.explorers()) {
            javafx.scene.Node view = e.layoutView();
            javafx.scene.Node scroll = view;
            while (!(scroll instanceof javafx.scene.control.ScrollPane)) {
                scroll = scroll.getParent();
            }
            javafx.scene.Node viewport = scroll.lookup(".viewport");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(centreX(view) - centreX(viewport)) < 2);
        }
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/compare-presented.png");
        robot.interact(() -> main.presentation().exit());
        assertTrue(broken.isEmpty(), "presented, words break only between them:\n" + String.join("\n", broken));
    }

    private static double centreX(javafx.scene.Node node) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return b == null ? Double.NaN : b.getMinX() + b.getWidth() / 2;
    }

    @Test
    void theDividerMovesAndTheToggleTakesThePaneAway(FxRobot robot) throws TimeoutException {
        size(robot, 1280, 800);
        compare(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.STANDARD),
                new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.SLOTTED));
        robot.interact(() -> split(robot).setDividerPositions(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        double left = split(robot).getItems().get(0).getLayoutBounds().getWidth();
        double right = split(robot).getItems().get(1).getLayoutBounds().getWidth();
        assertTrue(left > right + 50, "dragged: " + left + " and " + right);
        robot.interact(() -> robot.lookup("#compareToggle").queryAs(ToggleButton.class).setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, split(robot).getItems().size());
        assertFits(robot, "one explorer at 1280");
        robot.interact(() -> robot.lookup("#compareToggle").queryAs(ToggleButton.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTwoEqualPanes(robot);
    }
}
