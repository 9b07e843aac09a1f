package dev.slotscope.bench;

import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
        stage.setScene(new Scene(root));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
