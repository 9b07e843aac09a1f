package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.Drawing;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window, driven as a user would: pick a version and a variant, edit attributes. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        SlotscopeApp.startOpened(stage);
        this.stage = stage;
        this.scene = stage.getScene();
    }

    @Test
    void windowHasItsIconInEverySize(FxRobot robot) throws java.util.concurrent.TimeoutException {
        // Decoded off the JavaFX thread, the icons come a moment after the window.
        OnFx.waitFor(10, () -> !stage.getIcons().isEmpty());
        assertEquals(List.of(16.0, 32.0, 48.0, 64.0, 128.0, 256.0, 512.0),
                stage.getIcons().stream().map(i -> i.getWidth()).toList());
    }

    @Test
    void drawingFitsTheWindowWithoutScrollingAt1280And1920(FxRobot robot) throws IOException {
        for (double[] size : new double[][] {{1280, 800}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            choose(robot, CPythonVersion.V3_11, Variant.STANDARD);
            WaitForAsyncUtils.waitForFxEvents();
            var scroll = robot.lookup("#canvasScroll").queryAs(javafx.scene.control.ScrollPane.class);
            double drawn = robot.lookup("#layoutView").queryAs(LayoutView.class).getWidth();
            assertTrue(drawn <= scroll.getViewportBounds().getWidth(),
                    "drawing " + drawn + " wider than its viewport " + scroll.getViewportBounds().getWidth() + " at " + size[0]);
            snapshot(robot, "target/screenshots/standard-3.11-" + (int) size[0] + ".png");
        }
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, CPythonVersion version, Variant variant) {
        robot.interact(() -> {
            robot.lookup("#runtimeBox").queryAs(ComboBox.class).setValue(new Runtime.CPython(version));
            robot.lookup("#classBox").queryAs(ComboBox.class).setValue(new ClassChoice.Python(variant));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Drawing.Box> boxes(FxRobot robot) {
        return robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream()
                .map(n -> (Drawing.Box) n.getUserData()).collect(Collectors.toList());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void standardPointOn310DrawsDictValuesAndSharedKeys(FxRobot robot) {
        choose(robot, CPythonVersion.V3_10, Variant.STANDARD);
        assertEquals("152 bytes", text(robot, "#bytesLabel"));
        Set<String> objects = boxes(robot).stream().map(Drawing.Box::objectId).collect(Collectors.toSet());
        assertEquals(Set.of("instance", "dict", "keys", "values"), objects);
        assertTrue(boxes(robot).stream().anyMatch(b -> b.label().equals("__dict__") && b.detail().equals("+16 · 8")));
        assertTrue(robot.lookup(".shared-badge").match((javafx.scene.Node n) -> LayoutView.isShown(n.getParent())).tryQuery().isPresent(), "the keys table is marked shared");
        assertEquals(3, robot.lookup(".pointer-head").match(Node::isVisible).queryAll().size(),
                "dict, keys and values pointers");
    }

    @Test
    void standardPointOn311IsSmallerAndHasNoDict(FxRobot robot) {
        choose(robot, CPythonVersion.V3_11, Variant.STANDARD);
        assertEquals("88 bytes", text(robot, "#bytesLabel"));
        assertFalse(boxes(robot).stream().anyMatch(b -> b.objectId().equals("dict")));
        assertTrue(boxes(robot).stream().anyMatch(b -> b.objectId().equals("values")));
    }

    @Test
    void slottedPointShowsSlotsSavingAndTheRealAttributeError(FxRobot robot) {
        choose(robot, CPythonVersion.V3_13, Variant.SLOTTED);
        assertEquals("48 bytes", text(robot, "#bytesLabel"));
        assertEquals(List.of("x", "y"), boxes(robot).stream().filter(b -> b.kind().id().equals("slot"))
                .map(Drawing.Box::label).toList());
        assertTrue(text(robot, "#savingLabel").startsWith("40 bytes (45%) less than standard (88 bytes)"),
                text(robot, "#savingLabel"));
        assertEquals("AttributeError: 'SlottedPoint' object has no attribute 'z' and no __dict__ for setting new attributes",
                text(robot, "#outcomeLabel"));
    }

    @Test
    void editingAttributesRedrawsAndBadNamesAreExplained(FxRobot robot) {
        choose(robot, CPythonVersion.V3_12, Variant.SLOTTED);
        robot.interact(() -> robot.lookup("#attrsField").queryAs(TextField.class).setText("a, b, c"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("56 bytes", text(robot, "#bytesLabel"));
        robot.interact(() -> robot.lookup("#attrsField").queryAs(TextField.class).setText("a, 1b"));
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("'1b' is not a Python identifier", error.getText());
        assertEquals("56 bytes", text(robot, "#bytesLabel"), "the last good layout stays");
    }

    @Test
    void aVersionPickedWhileTheAttributesAreBadShowsNoOtherVersionsFigures(FxRobot robot) {
        choose(robot, CPythonVersion.V3_10, Variant.STANDARD);
        robot.clickOn("#attrsField").eraseText(robot.lookup("#attrsField").queryAs(TextField.class).getText().length())
                .write("1abc").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tabs").query().getStyleClass().contains("stale"), "3.10's own picture, faded");
        assertTrue(robot.lookup("#tabs").query().isVisible());
        choose(robot, CPythonVersion.V3_12, Variant.STANDARD);
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().contains("1abc"), error.getText());
        assertFalse(robot.lookup("#tabs").query().isVisible(), "3.10's drawing is not shown under 3.12");
        assertFalse(robot.lookup("#headline").query().isVisible(), "nor its headline");
        assertFalse(robot.lookup("#summaryScroll").query().isVisible(), "nor its figures");
        robot.interact(() -> robot.lookup("#attrsField").queryAs(TextField.class).setText("x, y"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tabs").query().isVisible());
        assertEquals("80 bytes", text(robot, "#bytesLabel"), "3.12's own figure");
    }

    @Test
    void dataclassSlotsIsRefusedBefore310(FxRobot robot) {
        choose(robot, CPythonVersion.V3_9, Variant.DATACLASS_SLOTS);
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("needs Python 3.10"), error.getText());
    }

    @Test
    void everyBoxSpeaksItsKindOffsetAndSize(FxRobot robot) throws IOException {
        choose(robot, CPythonVersion.V3_10, Variant.STANDARD);
        Node dict = robot.lookup(".region-box").match(LayoutView::isShown).queryAll().stream()
                .filter(n -> ((Drawing.Box) n.getUserData()).label().equals("__dict__")).findFirst().orElseThrow();
        assertEquals("dict pointer __dict__, offset 16, 8 bytes", dict.getAccessibleText());
        snapshot(robot, "target/screenshots/standard-3.10.png");
        choose(robot, CPythonVersion.V3_13, Variant.STANDARD);
        snapshot(robot, "target/screenshots/standard-3.13.png");
    }

    private void snapshot(FxRobot robot, String path) throws IOException {
        snapshotOf(robot, scene, path);
    }

    /** Keeps a picture of the window in target/, for people to look at. */
    static void snapshotOf(FxRobot robot, Scene scene, String path) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.getRoot().snapshot(null, null));
        File file = new File(path);
        file.getParentFile().mkdirs();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
