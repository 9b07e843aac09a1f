package dev.slotscope.ui;

import dev.slotscope.drawing.DrawingMetrics;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The main window: one explorer, or two side by side drawn at the same scale, so a CPython
 * variant and its JVM analogue (or any two) can be compared byte for byte.
 */
public final class MainController {
    @FXML private HBox explorers;
    @FXML private ToggleButton compareToggle;

    private final List<ExplorerController> controllers = new ArrayList<>();
    private final List<Parent> panes = new ArrayList<>();

    @FXML
    private void initialize() {
        addExplorer();
        compareToggle.selectedProperty().addListener((o, old, compare) -> setCompare(compare));
    }

    /** The controller of a scene made by {@link SlotscopeApp#createScene()}. */
    public static MainController of(javafx.scene.Scene scene) {
        return (MainController) scene.getRoot().getProperties().get(SlotscopeApp.CONTROLLER_KEY);
    }

    /** The explorers shown, left to right. */
    public List<ExplorerController> explorers() {
        return List.copyOf(controllers.subList(0, compareToggle.isSelected() ? 2 : 1));
    }

    private void setCompare(boolean compare) {
        if (compare && controllers.size() < 2) {
            ExplorerController second = addExplorer();
            second.model().runtime().set(new RuntimeChoice.Jvm(dev.slotscope.jvm.JvmMode.LIVE));
        } else if (compare) {
            explorers.getChildren().add(panes.get(1));
        } else {
            explorers.getChildren().remove(panes.get(1));
        }
        controllers.forEach(c -> c.setCompact(compare));
        fitScale();
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
        controller.viewportWidth().addListener((o, old, now) -> fitScale());
        HBox.setHgrow(pane, Priority.ALWAYS);
        pane.getProperties().put("explorer", controller);
        controllers.add(controller);
        panes.add(pane);
        explorers.getChildren().add(pane);
        return controller;
    }

    /** One scale for every visible explorer: the one that fits the narrowest. */
    private void fitScale() {
        double width = explorers().stream().mapToDouble(c -> c.viewportWidth().get()).filter(w -> w > 0)
                .min().orElse(0);
        if (width > 0) {
            DrawingMetrics fitted = DrawingMetrics.CLASSROOM.fittedTo(width);
            explorers().forEach(c -> c.metrics().set(fitted));
        }
    }
}
