package dev.slotscope.ui;

import dev.slotscope.lesson.Scene;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;

/**
 * Presentation mode: full screen with the editing chrome hidden and the drawing zoomed for the back
 * row; arrow and clicker keys (Page Up/Down) step through growth steps and scenes; Esc or F5 ends
 * it. With a second screen attached, the scene's notes and answers are shown there.
 */
public final class Presentation {

    public static final int MIN_ZOOM = 100;
    public static final int MAX_ZOOM = 300;
    private static final int ZOOM_STEP = 25;
    /** Zoom a presentation starts at when the lesson does not say. */
    private static final int PRESENTING_ZOOM = 150;
    private static final double NOTES_WIDTH = 720;
    private static final double NOTES_HEIGHT = 520;

    private final MainController main;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(false);
    private int zoom = MIN_ZOOM;
    private boolean watchingFullScreen;
    private Stage notes;
    private final Label notesText = new Label();

    Presentation(MainController main) {
        this.main = main;
        main.lessons().index().addListener((o, old, now) -> showNotes());
        main.lessons().lesson().addListener((o, old, now) -> showNotes());
    }

    public ReadOnlyBooleanProperty presenting() {
        return presenting.getReadOnlyProperty();
    }

    public int zoom() {
        return zoom;
    }

    public void toggle() {
        if (presenting.get()) {
            exit();
        } else {
            enter();
        }
    }

    public void enter() {
        if (presenting.get()) {
            return;
        }
        presenting.set(true);
        Stage stage = main.stage();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        if (!watchingFullScreen) {
            // Leaving full screen by other means (the window manager) ends the presentation too.
            stage.fullScreenProperty().addListener((o, was, full) -> {
                if (!full) {
                    exit();
                }
            });
            watchingFullScreen = true;
        }
        stage.setFullScreen(true);
        main.setPresenting(true);
        setZoom(main.lessons().current().map(Scene::zoom).filter(z -> z > MIN_ZOOM).orElse(Math.max(zoom, PRESENTING_ZOOM)));
        openNotesOnSecondScreen();
    }

    public void exit() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        main.stage().setFullScreen(false);
        main.setPresenting(false);
        setZoom(MIN_ZOOM);
        if (notes != null) {
            notes.close();
            notes = null;
        }
    }

    /** Zoom in percent, kept within 100–300. */
    public void setZoom(int percent) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent));
        main.setZoom(zoom);
    }

    /** The keys of presentation mode; other keys (and every key when not presenting) pass on. */
    void handleKey(KeyEvent e) {
        if (!presenting.get()) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE -> main.forward();
            case LEFT, UP, PAGE_UP, BACK_SPACE -> main.back();
            case ESCAPE, F5 -> exit();
            case PLUS, EQUALS, ADD -> setZoom(zoom + ZOOM_STEP);
            case MINUS, SUBTRACT -> setZoom(zoom - ZOOM_STEP);
            case HOME -> main.lessons().go(0);
            case END -> main.lessons().go(main.lessons().scenes().size() - 1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The teacher's notes window, on the second screen when there is one. */
    private void openNotesOnSecondScreen() {
        List<Screen> screens = Screen.getScreens();
        if (screens.size() < 2) {
            return;
        }
        Screen other = screens.stream().filter(s -> !s.equals(Screen.getPrimary())).findFirst().orElse(screens.get(1));
        Rectangle2D bounds = other.getVisualBounds();
        notes = new Stage();
        notes.setTitle("Slotscope · notes");
        notesText.setWrapText(true);
        notesText.getStyleClass().add("presenter-notes");
        VBox box = new VBox(notesText);
        box.getStyleClass().add("presenter-notes-pane");
        javafx.scene.Scene scene = new javafx.scene.Scene(box, NOTES_WIDTH, NOTES_HEIGHT);
        scene.getStylesheets().setAll(main.stage().getScene().getStylesheets());
        notes.setScene(scene);
        notes.setX(bounds.getMinX() + (bounds.getWidth() - NOTES_WIDTH) / 2);
        notes.setY(bounds.getMinY() + (bounds.getHeight() - NOTES_HEIGHT) / 2);
        showNotes();
        notes.show();
    }

    /** The notes and answers of the scene shown, for the presenter's eyes only. */
    String notesText() {
        return main.lessons().current().map(scene -> {
            StringBuilder s = new StringBuilder(scene.title()).append("\n\n").append(scene.notes());
            for (Scene.Question q : scene.questions()) {
                s.append("\n\nQ: ").append(q.question()).append("\nA: ").append(q.answer());
            }
            return s.toString();
        }).orElse("No lesson is open: the arrow keys step through the growth steps.");
    }

    private void showNotes() {
        notesText.setText(notesText());
    }
}
