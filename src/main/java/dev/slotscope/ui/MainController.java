package dev.slotscope.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.slotscope.theme.Theme;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.KeyCombination;

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
    /** Room between the two explorers of an exported comparison. */
    private static final double COMPARE_GAP = 48;

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private HBox explorers;
    @FXML private ToggleButton compareToggle;
    @FXML private javafx.scene.control.ChoiceBox<Theme> themeChoice;
    @FXML private javafx.scene.control.CheckMenuItem captionItem;
    @FXML private javafx.scene.control.Label statusLabel;

    private final List<ExplorerController> controllers = new ArrayList<>();
    private final List<Parent> panes = new ArrayList<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private ExportActions exports;

    @FXML
    private void initialize() {
        addExplorer();
        compareToggle.selectedProperty().addListener((o, old, compare) -> setCompare(compare));
        themeChoice.getItems().setAll(Theme.values());
        themeChoice.setConverter(new javafx.util.StringConverter<>() {
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
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                applyTheme();
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+C"), this::copyUnlessEditingText);
            }
        });
    }

    /** The theme of the window and of what it exports. */
    public ObjectProperty<Theme> theme() {
        return theme;
    }

    /** Controls get AtlantaFX's light or dark theme; the app's own colours come from the palette. */
    private void applyTheme() {
        Application.setUserAgentStylesheet(theme.get() == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        javafx.scene.Scene scene = root.getScene();
        if (scene != null) {
            scene.getStylesheets().removeIf(url -> url.startsWith("data:text/css"));
            scene.getStylesheets().add(0, ThemeStylesheet.url(theme.get()));
        }
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        root.getStyleClass().add("theme-" + theme.get().id());
    }

    /** What the window shows, as one picture: one explorer, or both side by side. */
    public dev.slotscope.export.Picture picture(boolean caption) {
        List<dev.slotscope.export.Picture> parts = explorers().stream().map(e -> ExplorerScenes.picture(e, caption)).toList();
        return parts.size() == 1 ? parts.get(0) : dev.slotscope.export.Stack.across(COMPARE_GAP, parts);
    }

    /** Exports what the window shows to {@code file} (PNG or SVG by its extension) off the JavaFX thread. */
    public void export(java.nio.file.Path file, int scale) {
        exports.export(file, scale);
    }

    /** The last sentence the window reported about an export, copy or lesson file. */
    public javafx.beans.property.ReadOnlyStringProperty status() {
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
        return "slotscope-" + ExplorerScenes.runtimeId(e.model().runtime().get()).replace(':', '-') + "-"
                + e.model().classChoice().get().id() + (e.showsMemory() ? "-memory" : "");
    }

    @FXML
    private void exportPng1() {
        exports.chooseAndExport(root.getScene().getWindow(), dev.slotscope.export.ImageFormat.PNG, 1);
    }

    @FXML
    private void exportPng2() {
        exports.chooseAndExport(root.getScene().getWindow(), dev.slotscope.export.ImageFormat.PNG, 2);
    }

    @FXML
    private void exportPng4() {
        exports.chooseAndExport(root.getScene().getWindow(), dev.slotscope.export.ImageFormat.PNG, 4);
    }

    @FXML
    private void exportSvg() {
        exports.chooseAndExport(root.getScene().getWindow(), dev.slotscope.export.ImageFormat.SVG, 1);
    }

    @FXML
    public void copyView() {
        exports.copy();
    }

    /** Ctrl+C copies the view, unless the user is copying text from a field. */
    private void copyUnlessEditingText() {
        if (root.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl field
                && !field.getSelectedText().isEmpty()) {
            field.copy();
            return;
        }
        copyView();
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
