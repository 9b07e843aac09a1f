package dev.slotscope.ui;

import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presentation mode as the back row and the presenter see it: fitted, centred, the figure large, notes on N. */
@ExtendWith(ApplicationExtension.class)
class PresentationViewTest {

    private Stage stage;
    private MainController main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private ExplorerController explorer() {
        return main.explorers().get(0);
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.explorers().stream()
                .noneMatch(e -> e.model().busy().get() || e.growth().busy().get()));
        WaitForAsyncUtils.waitForFxEvents();
        // The fit runs after the layout pass that gives the drawing its room.
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int sceneIndex(java.util.function.Predicate<Scene> test) {
        Lesson lesson = main.lessons().lesson().get().orElseThrow();
        for (int i = 0; i < lesson.scenes().size(); i++) {
            if (test.test(lesson.scenes().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such scene");
    }

    private void present(FxRobot robot, int scene) throws TimeoutException {
        robot.interact(() -> main.open("builtin:slots"));
        robot.interact(() -> main.lessons().go(scene));
        settle();
        robot.interact(() -> main.presentation().enter());
        settle();
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void theAttributeErrorSceneIsFittedCentredAndKeepsOnlyWhatTheRoomNeeds(FxRobot robot) throws TimeoutException {
        present(robot, 0);
        int refused = sceneIndex(s -> s.view() == ViewKind.GROW && s.variant().equals("slotted"));
        robot.interact(() -> main.lessons().go(refused));
        settle();
        // The paragraph lives in the sidebar, which presenting takes out of the scene.
        assertFalse(robot.lookup("#scenarioNote").tryQuery().map(PresentationViewTest::showing).orElse(false),
                "the scenario paragraph is the teacher's to tell");
        Label outcome = robot.lookup("#stepOutcome").queryAs(Label.class);
        assertTrue(showing(outcome) && outcome.getText().contains("AttributeError"), outcome.getText());
        assertFalse(showing(robot.lookup("#chrome").query()), "editing chrome hidden");
        assertFalse(showing(robot.lookup("#growthBar").query()), "the growth controls are editing chrome");
        javafx.scene.text.Text figure = robot.lookup("#presentedBytes").queryAs(javafx.scene.text.Text.class);
        assertTrue(showing(figure));
        assertEquals("48 bytes", figure.getText());
        assertTrue(figure.getFont().getSize() >= 40, "the headline figure is large: " + figure.getFont().getSize());

        Dimension2D drawing = explorer().drawingExtent();
        Bounds room = explorer().drawingRoom().get();
        int fitted = PresentationFit.zoom(drawing.getWidth(), drawing.getHeight(), room.getWidth(), room.getHeight(),
                Presentation.MIN_ZOOM, Presentation.MAX_ZOOM);
        assertTrue(fitted > 100, "a one-object drawing is zoomed beyond 100% on a large screen: " + fitted);
        assertEquals(fitted, main.presentation().zoom(), "the drawing is fitted to its room");
        assertTrue(robot.lookup("#presentationProgress").queryAs(Label.class).getText().endsWith(fitted + "%"));

        Node view = explorer().layoutView();
        Node viewport = robot.lookup("#canvasScroll").query().lookup(".viewport");
        // The drawing is redrawn at the zoom's scale and placed in the pulse after that.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(centreX(view) - centreX(viewport)) < 2);
        Bounds drawn = view.localToScreen(view.getLayoutBounds());
        Bounds seen = viewport.localToScreen(viewport.getBoundsInLocal());
        assertTrue(seen.contains(drawn.getMinX(), drawn.getMinY()) && seen.contains(drawn.getMaxX() - 1, drawn.getMaxY() - 1),
                "the whole drawing is on screen: " + drawn + " in " + seen);
        assertEquals(seen.getMinX() + seen.getWidth() / 2, drawn.getMinX() + drawn.getWidth() / 2, 2, "centred across");
        assertEquals(seen.getMinY() + seen.getHeight() / 2, drawn.getMinY() + drawn.getHeight() / 2, 2, "centred down");

        robot.type(KeyCode.EQUALS);
        assertEquals(Math.min(Presentation.MAX_ZOOM, fitted + 25), main.presentation().zoom(), "+ still zooms");
        robot.type(KeyCode.RIGHT);
        settle();
        assertEquals(refused + 1, main.lessons().index().get());
        int next = main.presentation().zoom();
        // The next scene compares two classes: one zoom, at which both drawings fit their panes.
        List<PresentationFit.Size> drawings = new ArrayList<>();
        List<PresentationFit.Size> rooms = new ArrayList<>();
        for (ExplorerController e : main.explorers()) {
            Dimension2D extent = e.drawingExtent();
            Bounds paneRoom = e.drawingRoom().get();
            drawings.add(new PresentationFit.Size(extent.getWidth(), extent.getHeight()));
            rooms.add(new PresentationFit.Size(paneRoom.getWidth(), paneRoom.getHeight()));
        }
        assertEquals(2, drawings.size(), "the scene after the AttributeError compares two classes");
        assertEquals(PresentationFit.zoom(drawings, rooms, Presentation.MIN_ZOOM, Presentation.MAX_ZOOM), next,
                "the next scene is fitted anew");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/presentation-fitted.png");
    }

    private static double centreX(Node node) {
        Bounds b = node.localToScreen(node.getLayoutBounds());
        return b == null ? Double.NaN : b.getMinX() + b.getWidth() / 2;
    }

    @Test
    void nTogglesThePresentersNotesBesideTheDrawing(FxRobot robot) throws TimeoutException {
        present(robot, 0);
        Scene scene = main.lessons().current().orElseThrow();
        Node panel = robot.lookup("#presenterPanel").query();
        assertFalse(showing(panel), "the notes wait for N");
        assertTrue(robot.lookup("#presentationHint").queryAs(Label.class).getText().contains("N notes"),
                "the bottom bar names the key");
        int before = main.presentation().zoom();
        robot.type(KeyCode.N);
        settle();
        assertTrue(showing(panel));
        java.util.List<String> texts = robot.lookup("#presenterNotes .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(scene.title(), texts.get(0));
        assertTrue(texts.contains(scene.notes()), texts.toString());
        scene.questions().forEach(q -> assertTrue(texts.contains("A: " + q.answer()), "the answers, for the presenter"));
        assertEquals("Next: " + main.lessons().scenes().get(1).title(), texts.get(texts.size() - 1));
        assertTrue(main.presentation().zoom() <= before, "the drawing is fitted to the room the notes leave");
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        assertEquals(main.lessons().scenes().get(1).title(),
                robot.lookup("#presenterNotes .label").queryAs(Label.class).getText(), "the notes follow the scene");
        robot.type(KeyCode.N);
        settle();
        assertFalse(showing(panel));
        robot.type(KeyCode.N);
        robot.type(KeyCode.ESCAPE);
        assertFalse(main.presentation().presenting().get());
        assertFalse(showing(panel), "the notes go with the presentation");
    }

    @Test
    void onTwoScreensTheNotesOpenOnTheScreenNotPresentingAndFollowTheScenes(FxRobot robot) throws TimeoutException {
        // The test machine has one screen: a second one, left of it, is made up (a laptop beside its projector).
        javafx.geometry.Rectangle2D laptop = new javafx.geometry.Rectangle2D(-1440, 0, 1440, 900);
        robot.interact(() -> main.presentation().useScreens(() -> java.util.List.of(
                javafx.stage.Screen.getPrimary().getVisualBounds(), laptop)));
        present(robot, 0);
        Stage notes = main.presentation().notesWindow().orElseThrow(() -> new AssertionError("no notes window on the second screen"));
        assertTrue(notes.isShowing());
        assertTrue(laptop.contains(notes.getX() + notes.getWidth() / 2, notes.getY() + notes.getHeight() / 2),
                "the notes are on the screen that does not present: " + notes.getX() + ", " + notes.getY());
        assertFalse(showing(robot.lookup("#presenterPanel").query()), "no notes beside the drawing the class sees");
        java.util.List<String> texts = robot.from(notes.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        Scene scene = main.lessons().current().orElseThrow();
        assertEquals(scene.title(), texts.get(0));
        scene.questions().forEach(q -> assertTrue(texts.contains("A: " + q.answer()), "the answers, for the presenter"));
        assertEquals("Next: " + main.lessons().scenes().get(1).title(), texts.get(texts.size() - 1));
        MainViewTest.snapshotOf(robot, notes.getScene(), "target/screenshots/presenter-notes-window.png");
        robot.interact(() -> main.forward());
        settle();
        assertEquals(main.lessons().scenes().get(1).title(),
                robot.from(notes.getScene().getRoot()).lookup(".label").queryAs(Label.class).getText(), "the notes follow the scene");
        robot.interact(() -> main.presentation().exit());
        assertFalse(notes.isShowing(), "the notes window closes with the presentation");
        assertTrue(main.presentation().notesWindow().isEmpty());
    }
}
