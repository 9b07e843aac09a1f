package dev.slotscope.ui;

import dev.slotscope.lesson.Scene;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Presentation mode: full screen with the editing chrome hidden and each scene's drawing fitted to
 * the screen and centred, for the back row (+ and − zoom from there); arrow and clicker keys (Page
 * Up/Down) step through growth steps and scenes; Esc or F5 ends it. The presenter's view (notes,
 * answers, the next scene) is a window on the second screen when there is one, and on one screen
 * a panel beside the drawing that N shows and hides.
 */
public final class Presentation {

    /**
     * The smallest zoom: a drawing taller than the screen is fitted down to it, its smallest text
     * still about 10 px on screen; any taller, it scrolls.
     */
    public static final int MIN_ZOOM = 70;
    public static final int MAX_ZOOM = 300;
    private static final int ZOOM_STEP = 25;
    private static final double NOTES_WIDTH = 720;
    private static final double NOTES_HEIGHT = 520;

    private final MainController main;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty overlay = new SimpleBooleanProperty(false);
    private int zoom = Scene.MIN_ZOOM;
    /** Whether + or − chose the zoom of the scene shown; until then it is fitted to the screen. */
    private boolean zoomChosen;
    private boolean fitPending;
    private boolean watchingFullScreen;
    private Stage notes;
    /** The screens' visual bounds: the real screens, or in a test a second screen made up. */
    private Supplier<List<Rectangle2D>> screens = () -> Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
    private final VBox notesWindowPane = new VBox();
    private final VBox overlayPane;

    /** @param overlayPane where the presenter's notes go on one screen; shown while {@link #overlay()} is on */
    Presentation(MainController main, VBox overlayPane) {
        this.main = main;
        this.overlayPane = overlayPane;
        main.lessons().index().addListener((o, old, now) -> showNotes());
        main.lessons().lesson().addListener((o, old, now) -> showNotes());
        showNotes();
    }

    /** Presents as if these were the screens; for tests, which have one screen. */
    void useScreens(Supplier<List<Rectangle2D>> screens) {
        this.screens = screens;
    }

    /** The presenter's notes window while it is open on another screen. */
    Optional<Stage> notesWindow() {
        return Optional.ofNullable(notes);
    }

    public ReadOnlyBooleanProperty presenting() {
        return presenting.getReadOnlyProperty();
    }

    /** Whether the presenter's notes are shown beside the drawing (one screen; N toggles it). */
    public BooleanProperty overlay() {
        return overlay;
    }

    public void setOverlay(boolean on) {
        overlay.set(on && presenting.get());
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
        refit();
        openNotesOnSecondScreen();
    }

    public void exit() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        overlay.set(false);
        main.stage().setFullScreen(false);
        main.setPresenting(false);
        setZoom(main.lessons().current().map(Scene::zoom).orElse(Scene.MIN_ZOOM));
        if (notes != null) {
            notes.close();
            notes = null;
        }
    }

    /** A scene was shown: presenting, it is fitted to the screen; in the window it has the zoom the lesson gives it. */
    void sceneShown(Scene scene) {
        if (presenting.get()) {
            refit();
        } else {
            setZoom(scene.zoom());
        }
    }

    /** Fits the drawing anew, forgetting a zoom chosen with + or −. */
    private void refit() {
        zoomChosen = false;
        requestFit();
    }

    /** Watches an explorer's drawing and its room: presenting, a change of either fits the drawing again. */
    void watch(ExplorerController explorer) {
        explorer.drawingRoom().addListener((o, old, now) -> requestFit());
        explorer.layoutView().prefWidthProperty().addListener((o, old, now) -> requestFit());
        explorer.layoutView().prefHeightProperty().addListener((o, old, now) -> requestFit());
        explorer.growth().steps().addListener((o, old, now) -> requestFit());
    }

    /** Fits once the layout pass under way has given the drawing its room. */
    private void requestFit() {
        if (!presenting.get() || zoomChosen || fitPending) {
            return;
        }
        fitPending = true;
        Platform.runLater(() -> {
            fitPending = false;
            fit();
        });
    }

    /**
     * One zoom for every explorer shown: the largest at which each one's drawing, at the classroom
     * scale, fits its room; the window then widens the bytes into any width left over.
     */
    private void fit() {
        if (!presenting.get() || zoomChosen) {
            return;
        }
        List<PresentationFit.Size> drawings = new ArrayList<>();
        List<PresentationFit.Size> rooms = new ArrayList<>();
        for (ExplorerController explorer : main.explorers()) {
            if (explorer.showsMemory() || explorer.showsSpeed()) {
                continue;
            }
            Dimension2D drawing = explorer.drawingExtent();
            Bounds room = explorer.drawingRoom().get();
            drawings.add(new PresentationFit.Size(drawing.getWidth(), drawing.getHeight()));
            rooms.add(new PresentationFit.Size(room.getWidth(), room.getHeight()));
        }
        if (!drawings.isEmpty()) {
            int fitted = PresentationFit.zoom(drawings, rooms, MIN_ZOOM, MAX_ZOOM);
            if (fitted != zoom) {
                setZoom(fitted);
            }
        }
    }

    /** Zoom in percent, kept within 70–300. */
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
            case PLUS, EQUALS, ADD -> choose(zoom + ZOOM_STEP);
            case MINUS, SUBTRACT -> choose(zoom - ZOOM_STEP);
            case HOME -> main.lessons().go(0);
            case END -> main.lessons().go(main.lessons().scenes().size() - 1);
            case N -> overlay.set(!overlay.get());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void choose(int percent) {
        zoomChosen = true;
        setZoom(percent);
    }

    /**
     * The teacher's notes window, on a screen other than the one presenting: the laptop's, when
     * the window was moved to the projector before F5; on one screen there is none.
     */
    private void openNotesOnSecondScreen() {
        Stage stage = main.stage();
        double x = stage.getX() + stage.getWidth() / 2;
        double y = stage.getY() + stage.getHeight() / 2;
        List<Rectangle2D> all = screens.get();
        Optional<Rectangle2D> other = all.stream().filter(b -> !b.contains(x, y)).findFirst();
        if (all.size() < 2 || other.isEmpty()) {
            return;
        }
        Rectangle2D bounds = other.get();
        notes = new Stage();
        notes.setTitle("Slotscope · notes");
        ScrollPane scroll = new ScrollPane(notesWindowPane);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("presenter-scroll");
        javafx.scene.Scene scene = new javafx.scene.Scene(scroll, NOTES_WIDTH, NOTES_HEIGHT);
        scene.getStylesheets().setAll(main.stage().getScene().getStylesheets());
        scene.getRoot().getStyleClass().addAll(main.stage().getScene().getRoot().getStyleClass());
        notes.setScene(scene);
        notes.setX(bounds.getMinX() + (bounds.getWidth() - NOTES_WIDTH) / 2);
        notes.setY(bounds.getMinY() + (bounds.getHeight() - NOTES_HEIGHT) / 2);
        showNotes();
        notes.show();
    }

    /** The notes, answers and next scene of the scene shown, for the presenter's eyes only, as text. */
    String notesText() {
        return main.lessons().current().map(scene -> {
            StringBuilder s = new StringBuilder(scene.title()).append("\n\n").append(scene.notes());
            for (Scene.Question q : scene.questions()) {
                s.append("\n\nQ: ").append(q.question()).append("\nA: ").append(q.answer());
            }
            return s.append("\n\n").append(nextText()).toString();
        }).orElse("No lesson is open: the arrow keys step through the growth steps.");
    }

    private String nextText() {
        List<Scene> scenes = main.lessons().scenes();
        int next = main.lessons().index().get() + 1;
        return next < scenes.size() ? "Next: " + scenes.get(next).title() : "This is the last scene.";
    }

    private void showNotes() {
        fillNotes(overlayPane);
        fillNotes(notesWindowPane);
    }

    /** The presenter's view: the scene's title, notes, each question with its answer, and the next scene. */
    private void fillNotes(VBox pane) {
        pane.getChildren().clear();
        pane.getStyleClass().setAll("presenter-notes-pane");
        Optional<Scene> shown = main.lessons().current();
        if (shown.isEmpty()) {
            pane.getChildren().add(text("No lesson is open: the arrow keys step through the growth steps.", "presenter-notes"));
            return;
        }
        Scene scene = shown.get();
        pane.getChildren().add(text(scene.title(), "presenter-title"));
        pane.getChildren().add(text(scene.notes(), "presenter-notes"));
        for (Scene.Question q : scene.questions()) {
            pane.getChildren().add(text("Q: " + q.question(), "presenter-question"));
            pane.getChildren().add(text("A: " + q.answer(), "presenter-answer"));
        }
        pane.getChildren().add(text(nextText(), "presenter-next"));
    }

    private static Label text(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
