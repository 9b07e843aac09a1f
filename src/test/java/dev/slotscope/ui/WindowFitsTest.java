package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import javafx.geometry.BoundingBox;
import javafx.scene.Parent;
import javafx.stage.Stage;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/** One explorer at 1280×800: the names of classes and VM modes are never cut, in any lens. */
@ExtendWith(ApplicationExtension.class)
class WindowFitsTest {

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
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            explorer.model().runtime().set(runtime);
            explorer.model().classChoice().set(choice);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertFits(FxRobot robot, String what) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            problems.addAll(WindowFit.truncated(root));
            problems.addAll(WindowFit.wordsBroken(root));
            problems.addAll(WindowFit.squeezed(root));
            problems.addAll(WindowFit.fieldsCut(root));
            problems.addAll(WindowFit.widerThanViewport(root));
            problems.addAll(WindowFit.outside(root, new BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight())));
        });
        assertTrue(problems.isEmpty(), what + ":\n" + String.join("\n", problems));
    }

    @Test
    void everyCPythonClassFits(FxRobot robot) throws TimeoutException {
        for (Variant variant : Variant.values()) {
            show(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(variant));
            assertFits(robot, variant.id() + " on 3.12");
        }
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/window-child-of-slotted-3.12.png");
    }

    @Test
    void everyVmModeAndJavaClassFits(FxRobot robot) throws TimeoutException {
        for (JvmMode mode : JvmMode.values()) {
            show(robot, new Runtime.Jvm(mode), new ClassChoice.Java(JvmVariant.CHILD_OF_SLOTTED));
            assertFits(robot, "ChildPoint, " + mode.runtimeId());
        }
        for (JvmVariant variant : JvmVariant.values()) {
            show(robot, new Runtime.Jvm(JvmMode.NO_COMPRESSED_OOPS), new ClassChoice.Java(variant));
            assertFits(robot, variant.id() + ", no-compressed-oops");
        }
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/window-jvm-boxed.png");
    }

    @Test
    void theVmModesSideBySideOnTheMemoryTabFit(FxRobot robot) throws TimeoutException {
        show(robot, new Runtime.Jvm(JvmMode.NO_COMPRESSED_OOPS), new ClassChoice.Java(JvmVariant.STANDARD));
        robot.interact(() -> {
            robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1);
            explorer.memory().model().comparison().set(MemoryViewModel.Comparison.VERSIONS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFits(robot, "memory, every VM mode");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/window-memory-vm-modes.png");
    }

    @Test
    void aGrowingMapFitsWithItsObjectsCounted(FxRobot robot) throws TimeoutException {
        show(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD));
        for (String name : java.util.List.of("z", "w", "v")) {
            robot.interact(() -> {
                explorer.growth().nextName().set(name);
                explorer.growth().add();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.growth().busy().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFits(robot, "MapPoint at step 3");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/window-jvm-growth.png");
    }

    @Test
    void aNamedJvmClassFits(FxRobot robot) throws TimeoutException {
        show(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.NamedClass());
        assertFits(robot, "java.util.HashMap");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/window-named-class.png");
    }
}
