package dev.slotscope.ui;

import javafx.application.Application;
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

/** The Slotscope window; started with one argument, it opens that lesson file. */
public final class SlotscopeApp extends Application {

    /** Where the scene's root keeps its {@link MainController}. */
    static final String CONTROLLER_KEY = "controller";

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    @Override
    public void start(Stage stage) {
        stage.setTitle("Slotscope");
        stage.setScene(createScene());
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            InputStream in = SlotscopeApp.class.getResourceAsStream("/icons/slotscope-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        stage.getIcons().setAll(icons);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.show();
        // A lesson file the app was started with (a double-clicked .slotscope.json): opened at its
        // first scene once the window is up, a bad file reported in the status line.
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        if (args.size() == 1) {
            MainController.of(stage.getScene()).open(args.get(0));
        }
    }

    /** The main view in a 1280x800 scene with the app's stylesheet; tests use it too. */
    public static Scene createScene() {
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
