package dev.slotscope.ui;

import dev.slotscope.jvm.ClassFolders;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 1, in the window: an instance of a user's class is made in a child VM, so a
 * constructor that exits or loops costs a sentence, and the window and its JOL worker carry on.
 */
@ExtendWith(ApplicationExtension.class)
class HostileClassViewTest {

    private MainController main;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private ExplorerController first() {
        return main.explorers().get(0);
    }

    private static void settle(ExplorerController explorer) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path classFolder(String fileName, String source) throws IOException {
        return ClassFolders.compiled(dir, fileName, source);
    }

    @Test
    void aConstructorThatExitsOrLoopsLeavesTheWindowAndItsWorkerWorking(FxRobot robot) throws Exception {
        classFolder("Quitter.java", "package demo; public class Quitter { int x; public Quitter() { System.exit(0); } }");
        Path classes = classFolder("Spinner.java", "package demo; public class Spinner { long n;"
                + " public Spinner() { while (true) { n++; } } }");
        robot.interact(() -> {
            first().model().runtime().set(new Runtime.Jvm(JvmMode.LIVE));
            first().model().classChoice().set(new ClassChoice.NamedClass());
            first().model().classpath().set(List.of(classes));
            first().model().walkGraph().set(true);
            first().model().className().set("demo.Quitter");
        });
        settle(first());
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertEquals("the constructor of demo.Quitter ended the Java VM (System.exit(0)) before it was measured",
                error.getText());

        robot.interact(() -> first().model().className().set("demo.Spinner"));
        assertTrue(first().model().busy().get(), "measuring in the background");
        long start = System.nanoTime();
        robot.interact(() -> robot.lookup("#attrsField").query().requestFocus());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 500, "the JavaFX thread stays free");
        settle(first());
        assertEquals("the constructor of demo.Spinner did not finish in 10 s; its VM was stopped", error.getText());

        robot.interact(() -> first().model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED)));
        settle(first());
        assertEquals("", error.getText());
        assertEquals("32 bytes", robot.lookup("#bytesLabel").queryAs(Label.class).getText(), "the worker carries on");
    }
}
