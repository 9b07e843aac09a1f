package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.lesson.Scene;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.theme.Theme;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Your class on the JVM: the same editor, in Java, compiled and drawn as typing pauses, errors at their line. */
@ExtendWith(ApplicationExtension.class)
class WrittenJavaClassViewTest {

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        explorer = MainController.of(stage.getScene()).explorers().get(0);
    }

    private void yourJavaClass(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            explorer.model().runtime().set(new Runtime.Jvm(JvmMode.COMPRESSED));
            explorer.model().classChoice().set(new ClassChoice.WrittenClass());
        });
        settled();
    }

    /** Waits until the compiler and JOL are done and their result is on screen. */
    private void settled() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        OnFx.waitFor(20, () -> !explorer.model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CodeArea editor(FxRobot robot) {
        return robot.lookup("#sourceEditor").queryAs(CodeArea.class);
    }

    /** Replaces the editor's text as typing would, then waits for the drawing to follow it. */
    private void type(FxRobot robot, String source) throws TimeoutException {
        robot.interact(() -> editor(robot).replaceText(source));
        OnFx.waitFor(5, () -> source.equals(explorer.model().source().get()));
        settled();
    }

    private List<String> titles(FxRobot robot) {
        return OnFx.get(() -> robot.lookup(".object-title").queryAll().stream().filter(LayoutView::isShown)
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
    }

    @Test
    void theJavaExampleIsDrawnAndFollowsWhatIsTyped(FxRobot robot) throws TimeoutException {
        yourJavaClass(robot);
        assertTrue(OnFx.get(() -> robot.lookup("#sourcePane").query().isVisible()), "the editor is beside the drawing");
        assertEquals(ExplorerModel.EXAMPLE_JAVA_SOURCE, OnFx.get(() -> editor(robot).getText()), "Java on the JVM");
        ComboBox<?> classes = robot.lookup("#sourceClassBox").queryAs(ComboBox.class);
        assertEquals(List.of("Person", "Student"), OnFx.get(() -> List.copyOf(classes.getItems())));
        assertEquals("Student", OnFx.get(classes::getValue));
        assertTrue(titles(robot).contains("Student instance"), titles(robot).toString());
        assertEquals(32, OnFx.get(() -> explorer.model().state().get().bytes()));
        assertEquals("Your class (Java)", robot.lookup("#editorHeading").queryAs(javafx.scene.control.Label.class).getText(),
                "the editor says which language it holds");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-java-class.png");

        type(robot, "record Point(int x, int y, String label) {\n}\n");
        assertEquals(List.of("Point"), OnFx.get(() -> List.copyOf(classes.getItems())));
        assertTrue(titles(robot).contains("Point instance"), titles(robot).toString());
        assertEquals(24, OnFx.get(() -> explorer.model().state().get().bytes()));
    }

    @Test
    void addingAFieldIsRefusedAsJavaRefusesIt(FxRobot robot) throws TimeoutException {
        yourJavaClass(robot);
        robot.interact(() -> {
            explorer.growth().nextName().set("nickname");
            explorer.growth().add();
        });
        OnFx.waitFor(20, () -> !explorer.growth().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label outcome = robot.lookup("#stepOutcome").queryAs(Label.class);
        assertTrue(OnFx.get(outcome::isVisible));
        assertTrue(OnFx.get(outcome::getText).startsWith("Student has no field 'nickname', and cannot get one"),
                OnFx.get(outcome::getText));
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-java-class-grow.png");
    }

    @Test
    void yourJavaClassIsASceneThatComesBackWhole(FxRobot robot) throws TimeoutException {
        yourJavaClass(robot);
        String source = "record Point(int x, int y) {\n}\n";
        type(robot, source);
        var scene = new AtomicReference<Optional<Scene>>();
        robot.interact(() -> scene.set(ExplorerScenes.capture(explorer, Optional.empty(), Theme.LIGHT, 100, "Mine")));
        assertEquals(List.of("class:Point"), scene.get().orElseThrow().variants());
        assertEquals(source, scene.get().orElseThrow().source());
        assertEquals(new Runtime.Jvm(JvmMode.COMPRESSED), scene.get().orElseThrow().runtime());

        robot.interact(() -> {
            explorer.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
            explorer.model().source().set("class Other:\n    pass\n");
        });
        settled();
        robot.interact(() -> ExplorerScenes.apply(scene.get().orElseThrow(), explorer, 0));
        settled();
        assertEquals(source, OnFx.get(() -> editor(robot).getText()), "the scene's Java is back in the editor");
        assertTrue(titles(robot).contains("Point instance"), titles(robot).toString());
        assertEquals(24, OnFx.get(() -> explorer.model().state().get().bytes()), "12 of header, two ints, aligned");
    }

    @Test
    void aCompileErrorIsOneSentenceAndItsLineIsMarkedUntilFixed(FxRobot robot) throws TimeoutException {
        yourJavaClass(robot);
        type(robot, "class Point {\n    int x;\n    int y\n}\n");
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertEquals("line 3: ';' expected", OnFx.get(error::getText));
        assertTrue(OnFx.get(error::isVisible));
        assertEquals(List.of("error-line"), OnFx.get(() -> List.copyOf(editor(robot).getParagraph(2).getParagraphStyle())),
                "the line missing its ';' is marked");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-java-class-error.png");

        type(robot, "class Point {\n    int x;\n    int y;\n}\n");
        assertFalse(OnFx.get(error::isVisible), OnFx.get(error::getText));
        assertTrue(OnFx.get(() -> editor(robot).getParagraph(2).getParagraphStyle().isEmpty()), "fixed, the mark goes");
        assertTrue(titles(robot).contains("Point instance"), titles(robot).toString());
    }
}
