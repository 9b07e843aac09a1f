package dev.slotscope.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

import java.io.IOException;
import java.util.Objects;

/** A bare FXML window with a toolbar: the yardstick of {@link StartupBenchmark}. */
public final class BareWindow extends Application {

    /** The window's title, which the benchmark waits for. */
    static final String TITLE = "Bare FXML window";

    @Override
    public void start(Stage stage) throws IOException {
        Parent root = FXMLLoader.load(Objects.requireNonNull(BareWindow.class.getResource("BareWindow.fxml")));
        stage.setTitle(TITLE);
        Scene scene = new Scene(root);
        stage.setScene(scene);
        stage.show();
        reportDrawn(scene);
    }

    /**
     * Prints the benchmark's line once the first frame is painted, as the app does: a snapshot is
     * painted on the render thread after the frame handed to it before, so it returns once that is
     * drawn. A copy of the app's FirstFrame, so that this window needs nothing of the app.
     */
    private static void reportDrawn(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (listener[0] != null) {
                Runnable self = listener[0];
                listener[0] = null;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(self);
                    new Rectangle(1, 1).snapshot(null, null);
                    System.out.println("bare window: " + StartupBenchmark.DRAWN);
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
