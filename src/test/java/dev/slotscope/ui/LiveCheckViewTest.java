package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Interpreters;
import dev.slotscope.cpython.LiveCheck;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Check with Python 3.12" under your class's editor, with a stub interpreter: pressed, busy, then the figures side by side. */
@ExtendWith(ApplicationExtension.class)
class LiveCheckViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        explorer = MainController.of(stage.getScene()).explorers().get(0);
    }

    private void yourClass(FxRobot robot, String json) throws Exception {
        dev.slotscope.cpython.StubPython.answering(dir, json);
        LiveCheck live = new LiveCheck(new Interpreters(dir.toString(), dir.resolve("no-pyenv")), LiveCheck.TIME_LIMIT);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            explorer.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
            explorer.model().classChoice().set(new ClassChoice.WrittenClass());
            explorer.liveCheck().bind(new LiveCheckViewModel(explorer.model(),
                    Threads.app(Executors.newSingleThreadExecutor()), live));
            robot.lookup("#sourceEditor").queryAs(CodeArea.class).replaceText(dev.slotscope.cpython.StubPython.STUDENT);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> dev.slotscope.cpython.StubPython.STUDENT.equals(explorer.model().source().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> grid(FxRobot robot) {
        return OnFx.get(() -> robot.lookup("#checkGrid").queryAs(GridPane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void theCheckShowsTheInterpretersFiguresBesideTheModels(FxRobot robot) throws Exception {
        yourClass(robot, dev.slotscope.cpython.StubPython.STUDENT_3_12);
        Button button = robot.lookup("#checkButton").queryButton();
        assertTrue(OnFx.get(button::isVisible), "the action is under the editor of your class");
        assertEquals("Check with Python 3.12", OnFx.get(button::getText));
        assertEquals(List.of(), grid(robot), "nothing runs until asked");
        robot.clickOn(button);
        try {
            OnFx.waitFor(10, () -> !grid(robot).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError(OnFx.get(() -> robot.lookup("#checkStatus").queryAs(Label.class).getText()), e);
        }
        List<String> cells = grid(robot);
        assertEquals(List.of("", "model", "Python", ""), cells.subList(0, 4));
        assertEquals(List.of("bytes per instance", "80", "80", "same"), cells.subList(24, 28));
        String status = OnFx.get(() -> robot.lookup("#checkStatus").queryAs(Label.class).getText());
        assertTrue(status.startsWith("Python 3.12.1 agrees with the model on every figure. Made with None for name."), status);
        assertFalse(OnFx.get(() -> robot.lookup("#cancelButton").query().isVisible()), "Cancel only while it runs");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/live-check-3.12.png");
    }

    @Test
    void aDifferenceIsMarkedInWords(FxRobot robot) throws Exception {
        yourClass(robot, dev.slotscope.cpython.StubPython.STUDENT_3_12.replace("\"getsizeof\": 48", "\"getsizeof\": 56"));
        robot.clickOn(robot.lookup("#checkButton").queryButton());
        OnFx.waitFor(10, () -> !grid(robot).isEmpty());
        assertEquals(List.of("sys.getsizeof", "48", "56", "≠ differs"), grid(robot).subList(20, 24));
        Node verdict = OnFx.get(() -> robot.lookup("#checkGrid").queryAs(GridPane.class).getChildren().get(23));
        assertTrue(verdict.getStyleClass().contains("check-differs"));
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/live-check-difference-3.12.png");
    }
}
