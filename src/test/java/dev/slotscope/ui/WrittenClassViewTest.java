package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Your class: the editor beside the drawing, the drawing following the source, errors at their line. */
@ExtendWith(ApplicationExtension.class)
class WrittenClassViewTest {

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        explorer = MainController.of(stage.getScene()).explorers().get(0);
    }

    private void yourClass(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            explorer.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
            explorer.model().classChoice().set(new ClassChoice.WrittenClass());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CodeArea editor(FxRobot robot) {
        return robot.lookup("#sourceEditor").queryAs(CodeArea.class);
    }

    /** Replaces the editor's text as typing would, then waits for the drawing to follow it. */
    private void type(FxRobot robot, String source) throws TimeoutException {
        robot.interact(() -> editor(robot).replaceText(source));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> source.equals(explorer.model().source().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> titles(FxRobot robot) {
        return robot.lookup(".object-title").queryAll().stream().filter(LayoutView::isShown)
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
    }

    @Test
    void theExampleIsDrawnAndTheDrawingFollowsWhatIsTyped(FxRobot robot) throws TimeoutException {
        yourClass(robot);
        assertTrue(robot.lookup("#sourcePane").query().isVisible(), "the editor is beside the drawing");
        assertEquals("Your class (Python)", robot.lookup("#editorHeading").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#sourceHint").queryAs(Label.class).getText().contains("never run"));
        assertFalse(robot.lookup("#attrsGroup").query().isVisible(), "the source says the attributes");
        ComboBox<?> classes = robot.lookup("#sourceClassBox").queryAs(ComboBox.class);
        assertEquals(List.of("Student", "SlottedStudent"), classes.getItems());
        assertEquals("SlottedStudent", classes.getValue(), "the last class, a child after its parents");
        assertTrue(titles(robot).contains("SlottedStudent instance"), titles(robot).toString());
        assertEquals("48 bytes", explorer.model().state().get().bytes() + " bytes");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-class-3.12.png");

        type(robot, "class Student:\n    def __init__(self):\n        self.name = None\n        self.age = 0\n"
                + "        self.school = None\n");
        assertEquals(List.of("Student"), classes.getItems());
        assertTrue(explorer.model().state().get().headline().contains("name, age, school in its dict"),
                explorer.model().state().get().headline());
        assertEquals(88, explorer.model().state().get().bytes(), "3.12: 16 + 32 before the object + a values array of 5");
    }

    @Test
    void anErrorIsOneSentenceAndItsLineIsMarkedUntilFixed(FxRobot robot) throws TimeoutException {
        yourClass(robot);
        type(robot, "class A:\n    __slots__ = ('x',)\n    x = 1\n");
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertEquals("line 2: ValueError: 'x' in __slots__ conflicts with class variable", error.getText());
        assertTrue(error.isVisible());
        assertEquals(List.of("error-line"), List.copyOf(editor(robot).getParagraph(1).getParagraphStyle()),
                "the line of __slots__ is marked");
        assertTrue(editor(robot).getParagraph(0).getParagraphStyle().isEmpty());
        assertTrue(robot.lookup("#tabs").query().getStyleClass().contains("stale"),
                "the drawing of the last source that could be read is shown faded under the error");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-class-error.png");

        type(robot, "class A:\n    __slots__ = ('x',)\n");
        assertFalse(error.isVisible(), error.getText());
        assertTrue(editor(robot).getParagraph(1).getParagraphStyle().isEmpty(), "fixed, the mark goes");
        assertFalse(robot.lookup("#tabs").query().getStyleClass().contains("stale"));
        assertTrue(titles(robot).contains("A instance"), titles(robot).toString());
    }

    @Test
    void addingAnAttributeGrowsYourClassOrRaisesPythonsError(FxRobot robot) throws TimeoutException {
        yourClass(robot);
        assertTrue(robot.lookup("#growthBar").query().isVisible(), "your class grows like the lesson's");
        robot.interact(() -> explorer.growth().nextName().set("nickname"));
        robot.interact(() -> explorer.growth().add());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explorer.growth().steps().get().size() == 2
                && !explorer.growth().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label outcome = robot.lookup("#stepOutcome").queryAs(Label.class);
        assertTrue(outcome.getText().contains("AttributeError: 'SlottedStudent' object has no attribute 'nickname'"),
                outcome.getText());

        robot.interact(() -> explorer.model().sourceClass().set("Student"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer.growth().steps().get().isEmpty(), "another class starts afresh");
        robot.interact(() -> explorer.growth().nextName().set("nickname"));
        robot.interact(() -> explorer.growth().add());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explorer.growth().steps().get().size() == 2
                && !explorer.growth().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(titles(robot).contains("Student instance"), titles(robot).toString());
        // Student is StandardPoint with other names: its steps are the lesson's, checked against the interpreters.
        var lesson = new dev.slotscope.cpython.CPythonGrowth().grow(CPythonVersion.V3_12,
                dev.slotscope.cpython.Variant.STANDARD, dev.slotscope.cpython.AttributeNames.parse("name, age"),
                List.of("nickname"));
        assertEquals(lesson.stream().map(g -> g.bytesPerInstance()).toList(),
                explorer.growth().steps().get().stream().map(g -> g.bytesPerInstance()).toList());
        assertEquals(lesson.get(1).layout().attached(), explorer.growth().steps().get().get(1).layout().attached());
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-class-grown.png");
    }

    @Test
    void yourClassIsASceneThatComesBackWhole(FxRobot robot) throws TimeoutException {
        yourClass(robot);
        String source = "class Point:\n    __slots__ = ('x', 'y')\n";
        type(robot, source);
        var scene = new java.util.concurrent.atomic.AtomicReference<java.util.Optional<dev.slotscope.lesson.Scene>>();
        robot.interact(() -> scene.set(ExplorerScenes.capture(explorer, java.util.Optional.empty(),
                dev.slotscope.theme.Theme.LIGHT, 100, "Mine")));
        assertEquals(List.of("class:Point"), scene.get().orElseThrow().variants());
        assertEquals(source, scene.get().orElseThrow().source());

        robot.interact(() -> {
            explorer.model().classChoice().set(new ClassChoice.Python(dev.slotscope.cpython.Variant.STANDARD));
            explorer.model().source().set("class Other:\n    pass\n");
        });
        robot.interact(() -> ExplorerScenes.apply(scene.get().orElseThrow(), explorer, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(source, editor(robot).getText(), "the scene's source is back in the editor");
        assertTrue(titles(robot).contains("Point instance"), titles(robot).toString());
        assertEquals(48, explorer.model().state().get().bytes(), "16 of GC header, 16 of header, two slots");
    }

    @Test
    void theMemoryTabChartsTheClassesOfYourSource(FxRobot robot) {
        yourClass(robot);
        robot.interact(() -> explorer.showMemory(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Student", "SlottedStudent"), explorer.memory().model().estimates().get().stream()
                .map(dev.slotscope.memory.MemoryEstimate::label).toList());
        javafx.scene.control.ChoiceBox<?> compare = robot.lookup("#compareChoice").queryAs(javafx.scene.control.ChoiceBox.class);
        assertEquals("every class of your source", compare.getConverter() == null ? "" : ((javafx.util.StringConverter) compare
                .getConverter()).toString(compare.getValue()), "the chooser says what is compared");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-class-memory.png");
    }

    @Test
    void theEditorTakesEveryThemesColours(FxRobot robot) throws TimeoutException {
        yourClass(robot);
        type(robot, "class A:\n    __slots__ = ('x',)\n    x = 1\n");
        MainController main = MainController.of(stage.getScene());
        for (dev.slotscope.theme.Theme theme : dev.slotscope.theme.Theme.values()) {
            robot.interact(() -> main.theme().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.text.Text first = robot.lookup("#sourceEditor .text").queryAs(javafx.scene.text.Text.class);
            javafx.scene.layout.Region editor = robot.lookup("#sourceEditor").queryAs(javafx.scene.layout.Region.class);
            javafx.scene.paint.Color ink = (javafx.scene.paint.Color) first.getFill();
            javafx.scene.paint.Color paper = (javafx.scene.paint.Color) editor.getBackground().getFills().get(0).getFill();
            assertTrue(Math.abs(ink.getBrightness() - paper.getBrightness()) > 0.5,
                    theme + ": the source reads against its background: " + ink + " on " + paper);
            MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/your-class-" + theme.id() + ".png");
        }
        robot.interact(() -> main.theme().set(dev.slotscope.theme.Theme.LIGHT));
    }

    @Test
    void pickingAnotherClassDrawsIt(FxRobot robot) throws TimeoutException {
        yourClass(robot);
        robot.interact(() -> explorer.model().sourceClass().set("Student"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(titles(robot).contains("Student instance"), titles(robot).toString());
        assertEquals(80, explorer.model().state().get().bytes());
    }
}
