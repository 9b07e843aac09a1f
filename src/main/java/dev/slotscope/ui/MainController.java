package dev.slotscope.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.export.ImageFormat;
import dev.slotscope.export.LessonExport;
import dev.slotscope.export.Picture;
import dev.slotscope.export.ScenePictures;
import dev.slotscope.layout.Limits;
import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.LessonFile;
import dev.slotscope.lesson.LessonFileException;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.theme.Theme;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * The main window: one explorer, or two side by side drawn at the same scale, so a CPython
 * variant and its JVM analogue (or any two) can be compared byte for byte.
 */
public final class MainController {
    /** Room between the two explorers of an exported comparison. */
    /** The room a row of boxes takes at the classroom scale, gutter and padding included. */
    private static final double CLASSROOM_ROW = DrawingMetrics.CLASSROOM.rowWidth()
            + DrawingMetrics.CLASSROOM.gutterWidth() + DrawingMetrics.CLASSROOM.boxPadding();
    /** The one picture pipeline, shared with the command line's {@code export}. */
    private final ScenePictures pictures = new ScenePictures();
    private static final ExecutorService LESSON_EXPORT = Background.thread("slotscope-lesson-export");

    @FXML private BorderPane root;
    /** The explorers, side by side with a divider the user can drag when comparing. */
    @FXML private SplitPane explorers;
    @FXML private ToggleButton compareToggle;
    @FXML private MenuButton lessonMenu;
    @FXML private MenuButton exportMenu;
    @FXML private Button presentButton;
    @FXML private ChoiceBox<Theme> themeChoice;
    @FXML private CheckMenuItem captionItem;
    @FXML private Label statusLabel;
    @FXML private VBox chrome;
    @FXML private Menu recentMenu;
    @FXML private VBox bottomBar;
    /** The lesson bar, or null until a lesson is first opened. */
    private LessonController lessonPane;
    /** Whether the window presents, for a lesson bar made while it does. */
    private boolean presenting;
    @FXML private HBox presentationBar;
    @FXML private Label presentationTitle;
    @FXML private Label presentationProgress;
    @FXML private ScrollPane presenterPanel;
    @FXML private VBox presenterNotes;

    private final List<ExplorerController> controllers = new ArrayList<>();
    private final List<Parent> panes = new ArrayList<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private ExportActions exports;
    private final LessonViewModel lessons = new LessonViewModel(
            Preferences.userRoot().node(System.getProperty("slotscope.preferences", "dev/slotscope")));
    private Presentation presentation;
    /** The drawing's zoom in percent; the scale is chosen so the zoomed drawing still fits the width. */
    private int zoom = 100;
    /**
     * Until the first explorer is made ({@link #finishOpening()}): the window can be up with its
     * chrome and a placeholder meanwhile, the controls that act on the explorers disabled.
     */
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(true);
    private final Label openingLabel = new Label("Opening…");

    @FXML
    private void initialize() {
        openingLabel.getStyleClass().add("opening");
        openingLabel.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        root.setCenter(openingLabel);
        // The theme too: with every other control disabled, the focus would land on it at show and stay.
        for (Node control : List.of(lessonMenu, exportMenu, themeChoice, presentButton, compareToggle)) {
            control.disableProperty().bind(opening);
        }
        compareToggle.selectedProperty().addListener((o, old, compare) -> setCompare(compare));
        themeChoice.getItems().setAll(Theme.values());
        themeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : switch (t) {
                    case LIGHT -> "Light";
                    case DARK -> "Dark";
                    case HIGH_CONTRAST -> "High contrast";
                };
            }

            @Override
            public Theme fromString(String s) {
                return null;
            }
        });
        themeChoice.valueProperty().bindBidirectional(theme);
        theme.addListener((o, old, now) -> applyTheme());
        exports = new ExportActions(() -> picture(captionItem.isSelected()), theme::get, this::suggestedName,
                text -> status(text, false), text -> status(text, true));
        // Hidden until a lesson is open, the lesson bar would only be made and styled for nothing at start.
        lessons.lesson().addListener((o, old, now) -> {
            if (now.isPresent()) {
                makeLessonPane();
            }
        });
        lessons.index().addListener((o, old, now) -> showScene());
        lessons.lesson().addListener((o, old, now) -> showScene());
        lessons.recent().addListener((ListChangeListener<String>) c -> fillRecent());
        fillRecent();
        presentation = new Presentation(this, presenterNotes);
        presenterPanel.visibleProperty().bind(presentation.overlay());
        presenterPanel.managedProperty().bind(presentation.overlay());
        // Under a third of the screen: room for the notes at a size read at arm's length.
        presenterPanel.prefWidthProperty().bind(root.widthProperty().multiply(0.3));
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                applyTheme();
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+C"), this::copyUnlessEditingText);
                scene.getAccelerators().put(KeyCombination.keyCombination("F5"), this::togglePresentation);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, presentation::handleKey);
                scene.addPostLayoutPulseListener(this::levelRows);
            }
        });
    }

    /**
     * Makes the first explorer and puts it in place of the placeholder, with the lesson's scene if
     * one was opened meanwhile. Apart from the scene the window is shown in, it is what made the
     * window slow to open, hence not in {@link #initialize()}: {@link SlotscopeApp} shows the
     * chrome first and calls this right after.
     */
    void finishOpening() {
        if (!opening.get()) {
            return;
        }
        addExplorer();
        root.setCenter(explorers);
        opening.set(false);
        // Nothing could take the focus at show: it goes where it went when all was made before
        // show, the first control of the toolbar.
        if (root.getScene() != null && root.getScene().getFocusOwner() == null) {
            lessonMenu.requestFocus();
        }
        showScene();
    }

    /** Makes the lesson bar, above the presentation bar, if it was not yet. */
    private void makeLessonPane() {
        if (lessonPane == null) {
            FXMLLoader loader = new FXMLLoader(MainController.class.getResource("LessonPane.fxml"));
            try {
                bottomBar.getChildren().add(0, loader.load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lessonPane = loader.getController();
            lessonPane.bind(lessons);
            lessonPane.setPresenting(presenting);
        }
    }

    /** Whether the first explorer is still to be made; see {@link #finishOpening()}. */
    ReadOnlyBooleanProperty opening() {
        return opening.getReadOnlyProperty();
    }

    /** The open lesson and the scene shown. */
    public LessonViewModel lessons() {
        return lessons;
    }

    /** Presentation mode: full screen, chrome hidden, keys step through scenes and growth steps. */
    public Presentation presentation() {
        return presentation;
    }

    @FXML
    public void togglePresentation() {
        // F5 reaches here while the window is still opening; there is nothing to present yet.
        if (!opening.get()) {
            presentation.toggle();
        }
    }

    /** Shows or hides everything but the drawing and the lesson's title and progress. */
    void setPresenting(boolean presenting) {
        root.getStyleClass().remove("presenting");
        if (presenting) {
            root.getStyleClass().add("presenting");
        }
        chrome.setVisible(!presenting);
        chrome.setManaged(!presenting);
        presentationBar.setVisible(presenting);
        presentationBar.setManaged(presenting);
        this.presenting = presenting;
        if (lessonPane != null) {
            lessonPane.setPresenting(presenting);
        }
        controllers.forEach(c -> c.setPresenting(presenting));
        fitScale();
        showPresentationBar();
    }

    /** Draws every explorer's layout at {@code percent}%. */
    void setZoom(int percent) {
        zoom = percent;
        controllers.forEach(c -> c.setZoom(percent));
        fitScale();
        showPresentationBar();
    }

    private void showPresentationBar() {
        var scene = lessons.current();
        presentationTitle.setText(scene.map(dev.slotscope.lesson.Scene::title)
                .orElse(explorers().get(0).model().runtime().get().displayName()));
        presentationProgress.setText((lessons.scenes().isEmpty() ? "" : (lessons.index().get() + 1) + " / " + lessons.scenes().size() + " · ")
                + presentation.zoom() + "%");
    }

    /** Shows the lesson's current scene in the explorers, with its theme and zoom. */
    private void showScene() {
        // A lesson opened while the window is opening is shown once the explorer is made.
        if (opening.get()) {
            return;
        }
        lessons.current().ifPresent(scene -> {
            try {
                theme.set(scene.theme());
                boolean compare = scene.view() == ViewKind.COMPARE;
                compareToggle.setSelected(compare);
                ExplorerScenes.apply(scene, controllers.get(0), 0);
                if (compare) {
                    ExplorerScenes.apply(scene, controllers.get(1), 1);
                }
                presentation.sceneShown(scene);
            } catch (IllegalArgumentException e) {
                status("Cannot show scene " + (lessons.index().get() + 1) + ": " + e.getMessage() + ".", true);
            }
            showPresentationBar();
        });
    }

    /** The next growth step if the scene has one, else the next scene. */
    boolean forward() {
        GrowthViewModel growth = controllers.get(0).growth();
        if (growth.index().get() < growth.steps().get().size() - 1) {
            growth.forward();
            return true;
        }
        return lessons.next();
    }

    /** The previous growth step if there is one, else the previous scene. */
    boolean back() {
        GrowthViewModel growth = controllers.get(0).growth();
        if (growth.index().get() > 0) {
            growth.back();
            return true;
        }
        return lessons.previous();
    }

    Stage stage() {
        return (Stage) root.getScene().getWindow();
    }

    @FXML
    private void openBuiltinLesson() {
        open(Lessons.BUILTIN_PREFIX + "slots");
    }

    @FXML
    private void openLesson() {
        FileChooser chooser = lessonChooser("Open a lesson");
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            open(file.getPath());
        }
    }

    /** Opens a lesson; a file that cannot be read is reported and the open lesson stays. */
    public void open(String spec) {
        try {
            lessons.open(spec);
            status("Opened " + lessons.lesson().get().map(Lesson::title).orElse(spec) + " ("
                    + lessons.scenes().size() + " scenes).", false);
        } catch (LessonFileException e) {
            status(e.getMessage(), true);
        }
    }

    @FXML
    private void addScene() {
        String title = "Scene " + (lessons.scenes().size() + 1);
        var scene = ExplorerScenes.capture(controllers.get(0),
                compareToggle.isSelected() ? Optional.of(controllers.get(1)) : Optional.empty(),
                theme.get(), presentation.zoom(), title);
        if (scene.isEmpty()) {
            status("This view cannot be a scene: a lesson names the lesson's classes only, with valid attribute names.", true);
            return;
        }
        try {
            lessons.addScene(scene.get());
        } catch (Limits.LimitException e) {
            status("Cannot add a scene: " + e.getMessage() + ".", true);
            return;
        }
        status("Added \"" + title + "\" to the lesson.", false);
    }

    @FXML
    private void saveLesson() {
        if (lessons.lesson().get().isEmpty()) {
            status("There is no lesson to save: add a view as a scene first.", true);
        } else if (lessons.file().get().isPresent()) {
            save(lessons.file().get().get());
        } else {
            saveLessonAs();
        }
    }

    @FXML
    private void saveLessonAs() {
        if (lessons.lesson().get().isEmpty()) {
            status("There is no lesson to save: add a view as a scene first.", true);
            return;
        }
        File file = lessonChooser("Save the lesson").showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            String path = file.getPath();
            save(Path.of(path.endsWith(LessonFile.EXTENSION) ? path
                    : path.replaceAll("\\.json$", "") + LessonFile.EXTENSION));
        }
    }

    /** Saves the lesson atomically; a failure is reported and the lesson stays open as it was. */
    public void save(Path file) {
        try {
            lessons.save(file);
            status("Saved the lesson to " + file + ".", false);
        } catch (LessonFileException e) {
            status(e.getMessage(), true);
        }
    }

    @FXML
    private void exportLesson() {
        if (lessons.lesson().get().isEmpty()) {
            status("Open a lesson first: every scene of it becomes a 2x PNG and an SVG.", true);
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export every scene into a folder");
        File folder = chooser.showDialog(root.getScene().getWindow());
        if (folder != null) {
            exportLesson(folder.toPath());
        }
    }

    /** Every scene of the lesson as a 16:9 slide, a 2x PNG and an SVG, in {@code folder}, off the JavaFX thread. */
    public void exportLesson(Path folder) {
        var lesson = lessons.lesson().get();
        if (lesson.isEmpty()) {
            return;
        }
        boolean caption = captionItem.isSelected();
        status("Exporting " + lesson.get().scenes().size() + " scenes…", false);
        LESSON_EXPORT.execute(() -> {
            try {
                List<Path> files = new LessonExport().export(lesson.get(), folder,
                        EnumSet.of(ImageFormat.PNG, ImageFormat.SVG), 2, caption);
                Platform.runLater(() -> status("Exported " + files.size() + " pictures to " + folder + ".", false));
            } catch (RuntimeException e) {
                Platform.runLater(() -> status(e.getMessage() + ".", true));
            }
        });
    }

    @FXML
    private void closeLesson() {
        lessons.close();
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (String spec : lessons.recent()) {
            MenuItem item = new MenuItem(spec);
            // File names and builtin:slots keep their underscores: no mnemonic is read from them.
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(spec));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(lessons.recent().isEmpty());
    }

    private static FileChooser lessonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Slotscope lessons",
                "*" + LessonFile.EXTENSION));
        return chooser;
    }

    /** The theme of the window and of what it exports. */
    public ObjectProperty<Theme> theme() {
        return theme;
    }

    /** Controls get AtlantaFX's light or dark theme; the app's own colours come from the palette. */
    private void applyTheme() {
        String controls = theme.get() == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        // Setting it restyles every node of every window, even to the same sheet: only when it changes.
        if (!controls.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(controls);
        }
        javafx.scene.Scene scene = root.getScene();
        if (scene != null) {
            scene.getStylesheets().removeIf(url -> url.startsWith("data:text/css"));
            scene.getStylesheets().add(0, ThemeStylesheet.url(theme.get()));
        }
        controllers.forEach(c -> c.setChartTheme(theme.get()));
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        root.getStyleClass().add("theme-" + theme.get().id());
    }

    /** What the window shows, as one picture: one explorer, or both side by side. */
    public Supplier<Picture> picture(boolean caption) {
        Supplier<ScenePictures.Content> content = ExplorerScenes.content(explorers(), theme.get(), pictures);
        return () -> ScenePictures.picture(content.get(), caption, true);
    }

    /** Exports what the window shows to {@code file} (PNG or SVG by its extension) off the JavaFX thread. */
    public void export(Path file, int scale) {
        exports.export(file, scale);
    }

    /** The last sentence the window reported about an export, copy or lesson file. */
    public ReadOnlyStringProperty status() {
        return statusLabel.textProperty();
    }

    private void status(String text, boolean error) {
        statusLabel.setText(text);
        statusLabel.setVisible(true);
        statusLabel.setManaged(true);
        statusLabel.getStyleClass().removeAll("error", "ok");
        statusLabel.getStyleClass().add(error ? "error" : "ok");
    }

    private String suggestedName() {
        ExplorerController e = explorers().get(0);
        return "slotscope-" + e.model().runtime().get().id().replace(':', '-') + "-"
                + e.model().classChoice().get().id() + (e.showsMemory() ? "-memory" : e.showsSpeed() ? "-speed" : "");
    }

    @FXML
    private void exportPng1() {
        exports.chooseAndExport(root.getScene().getWindow(), ImageFormat.PNG, 1);
    }

    @FXML
    private void exportPng2() {
        exports.chooseAndExport(root.getScene().getWindow(), ImageFormat.PNG, 2);
    }

    @FXML
    private void exportPng4() {
        exports.chooseAndExport(root.getScene().getWindow(), ImageFormat.PNG, 4);
    }

    @FXML
    private void exportSvg() {
        exports.chooseAndExport(root.getScene().getWindow(), ImageFormat.SVG, 1);
    }

    @FXML
    public void copyView() {
        if (!opening.get()) {
            exports.copy();
        }
    }

    /** Ctrl+C copies the view, unless the user is copying text from a field. */
    private void copyUnlessEditingText() {
        if (root.getScene().getFocusOwner() instanceof TextInputControl field
                && !field.getSelectedText().isEmpty()) {
            field.copy();
            return;
        }
        copyView();
    }

    /** The controller of the scene {@link SlotscopeApp} shows. */
    public static MainController of(javafx.scene.Scene scene) {
        return (MainController) scene.getRoot().getProperties().get(SlotscopeApp.CONTROLLER_KEY);
    }

    /** The explorers shown, left to right: none while the window is still opening. */
    public List<ExplorerController> explorers() {
        return List.copyOf(controllers.subList(0, Math.min(controllers.size(), compareToggle.isSelected() ? 2 : 1)));
    }

    private void setCompare(boolean compare) {
        if (compare && controllers.size() < 2) {
            ExplorerController second = addExplorer();
            // Side by side, the other lens first: the lesson's point is the same class on both.
            second.model().runtime().set(controllers.get(0).model().runtime().get().analogue());
        } else if (compare) {
            explorers.getItems().add(panes.get(1));
        } else {
            explorers.getItems().remove(panes.get(1));
        }
        if (compare) {
            // Two equal halves each time compare is turned on, whatever the divider was dragged to.
            explorers.setDividerPositions(0.5);
        }
        controllers.forEach(c -> c.setCompact(compare));
        if (!compare) {
            controllers.forEach(c -> c.rowsAboveDrawing().forEach(row -> row.setMinHeight(Region.USE_PREF_SIZE)));
        }
        fitScale();
    }

    /**
     * Side by side, each row above the two drawings (pickers, headline, summary) is as tall as the
     * taller of the pair, so that the drawings start level and read across at one glance; it runs
     * after each layout pass, as the rows' text changes with what each explorer shows.
     */
    private void levelRows() {
        if (!compareToggle.isSelected() || controllers.size() < 2) {
            return;
        }
        List<Region> left = controllers.get(0).rowsAboveDrawing();
        List<Region> right = controllers.get(1).rowsAboveDrawing();
        for (int i = 0; i < left.size(); i++) {
            double tallest = Math.max(natural(left.get(i)), natural(right.get(i)));
            for (Region row : List.of(left.get(i), right.get(i))) {
                if (Math.abs(row.getMinHeight() - tallest) > 0.5) {
                    row.setMinHeight(tallest);
                }
            }
        }
    }

    /** The height a row needs at its width, whatever its minimum; none when it is not laid out. */
    private static double natural(Region row) {
        return row.isManaged() && row.isVisible() && row.getScene() != null ? Math.ceil(row.prefHeight(row.getWidth())) : 0;
    }

    private ExplorerController addExplorer() {
        FXMLLoader loader = new FXMLLoader(MainController.class.getResource("ExplorerPane.fxml"));
        Parent pane;
        try {
            pane = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExplorerController controller = loader.getController();
        controller.setChartTheme(theme.get());
        controller.viewportWidth().addListener((o, old, now) -> fitScale());
        if (presentation != null) {
            presentation.watch(controller);
            // A pane added while presenting (a compare scene) presents like the first.
            controller.setPresenting(presentation.presenting().get());
            controller.setZoom(zoom);
        }
        pane.getProperties().put("explorer", controller);
        controllers.add(controller);
        panes.add(pane);
        explorers.getItems().add(pane);
        return controller;
    }

    /** One scale for every visible explorer: the one that fits the narrowest. */
    private void fitScale() {
        double width = explorers().stream().mapToDouble(c -> c.viewportWidth().get()).filter(w -> w > 0)
                .min().orElse(0);
        if (width > 0) {
            // Presenting, bytes stay at least as wide as the classroom scale's however far the drawing
            // is zoomed, so that box labels keep their room; the presentation's fit keeps it on screen.
            double room = width * 100 / zoom;
            if (presentation != null && presentation.presenting().get()) {
                room = Math.max(room, CLASSROOM_ROW);
            }
            DrawingMetrics fitted = DrawingMetrics.CLASSROOM.fittedTo(room);
            explorers().forEach(c -> c.metrics().set(fitted));
        }
    }
}
