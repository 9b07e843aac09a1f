package dev.slotscope.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Slotscope window; started with one argument, it opens that lesson file. It is shown with
 * its chrome and an "Opening…" placeholder first, and its explorer made right after the first
 * frame: making the explorer and laying it out took longer than the rest of the start together.
 */
public final class SlotscopeApp extends Application {

    /** Where the scene's root keeps its {@link MainController}. */
    static final String CONTROLLER_KEY = "controller";

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    @Override
    public void start(Stage stage) {
        Scene scene = createShell();
        MainController main = MainController.of(scene);
        show(stage, scene);
        // A lesson file the app was started with (a double-clicked .slotscope.json): opened at its
        // first scene once the explorer is made, a bad file reported in the status line.
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        FirstFrame.afterFirstFrame(scene, () -> {
            main.finishOpening();
            if (args.size() == 1) {
                main.open(args.get(0));
            }
        });
        if (Boolean.getBoolean(FirstFrame.REPORT_PROPERTY)) {
            FirstFrame.report(scene, () -> !main.opening().get());
        }
    }

    /**
     * The window with its explorer made before it is shown, as {@link #start} shows it a moment
     * later: for tests and benchmarks that drive the view as soon as it is up.
     */
    public static void startOpened(Stage stage) {
        show(stage, createScene());
    }

    private static void show(Stage stage, Scene scene) {
        stage.setTitle("Slotscope");
        stage.setScene(scene);
        // Decoding the icon in its seven sizes need not hold the window back: it takes them once decoded.
        Thread icons = new Thread(() -> {
            List<Image> decoded = new ArrayList<>();
            for (int size : ICON_SIZES) {
                InputStream in = SlotscopeApp.class.getResourceAsStream("/icons/slotscope-" + size + ".png");
                if (in != null) {
                    decoded.add(new Image(in));
                }
            }
            Platform.runLater(() -> stage.getIcons().setAll(decoded));
        }, "slotscope-icons");
        icons.setDaemon(true);
        icons.start();
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.show();
    }

    /** The main view in a 1280x800 scene with the app's stylesheet, its explorer made. */
    private static Scene createScene() {
        Scene scene = createShell();
        MainController.of(scene).finishOpening();
        return scene;
    }

    /** The main view's chrome and an "Opening…" placeholder, in a 1280x800 scene with the app's stylesheet. */
    private static Scene createShell() {
        try {
            FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(SlotscopeApp.class.getResource("MainView.fxml")));
            Parent root = loader.load();
            root.getProperties().put(CONTROLLER_KEY, loader.getController());
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(Objects.requireNonNull(SlotscopeApp.class.getResource("slotscope.css")).toExternalForm());
            return scene;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
