package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.Drawing;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.RegionKind;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selecting a box opens the inspector; every box speaks for itself to a screen reader. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        explorer = MainController.of(stage.getScene()).explorers().get(0);
    }

    private void show(FxRobot robot, Runtime runtime, ClassChoice choice) throws TimeoutException {
        robot.interact(() -> {
            explorer.model().runtime().set(runtime);
            explorer.model().classChoice().set(choice);
            explorer.model().attributes().set("x, y");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node box(FxRobot robot, RegionKind kind) {
        return robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream()
                .filter(n -> ((Drawing.Box) n.getUserData()).kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void clickingTheDictPointerExplainsItWithItsSource(FxRobot robot) throws TimeoutException {
        show(robot, new Runtime.CPython(CPythonVersion.V3_10), new ClassChoice.Python(Variant.STANDARD));
        robot.clickOn(box(robot, RegionKind.DICT_POINTER));
        String text = explorer.inspectorText();
        assertTrue(text.startsWith("dict pointer"), text);
        assertTrue(text.contains("offset 16 · 8 bytes"), text);
        assertTrue(text.contains("Objects/typeobject.c"), text);
        assertTrue(robot.lookup("#inspector").query().isVisible());
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/inspector-3.10.png");
        show(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.STANDARD));
        robot.clickOn(box(robot, RegionKind.VALUES_POINTER));
        assertTrue(explorer.inspectorText().contains("pycore_object.h"), explorer.inspectorText());
    }

    @Test
    void theKeyboardWalksTheBoxesAndEscCloses(FxRobot robot) throws TimeoutException {
        show(robot, new Runtime.CPython(CPythonVersion.V3_8), new ClassChoice.Python(Variant.SLOTTED));
        robot.interact(() -> explorer.layoutView().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertTrue(explorer.inspectorText().startsWith("GC header"), explorer.inspectorText());
        robot.type(KeyCode.RIGHT);
        assertTrue(explorer.inspectorText().startsWith("reference count"), explorer.inspectorText());
        assertEquals(1, robot.lookup(".selected").queryAll().size());
        robot.type(KeyCode.ESCAPE);
        assertEquals("", explorer.inspectorText());
        assertTrue(robot.lookup(".selected").queryAll().isEmpty());
    }

    @Test
    void jvmBoxesNameTheHotSpotSourceAndEveryBoxSpeaks(FxRobot robot) throws TimeoutException {
        show(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD));
        robot.clickOn(box(robot, RegionKind.MARK_WORD));
        assertTrue(explorer.inspectorText().contains("markWord.hpp"), explorer.inspectorText());
        for (Node node : robot.lookup(".region-box").match(LayoutView::isShown).queryAll()) {
            Drawing.Box box = (Drawing.Box) node.getUserData();
            assertTrue(node.getAccessibleText().startsWith(box.kind().title()), node.getAccessibleText());
            assertTrue(node.getAccessibleText().matches(".*, offset -?\\d+, \\d+ bytes?.*"), node.getAccessibleText());
        }
    }
}
