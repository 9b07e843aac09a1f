package dev.slotscope.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.control.Tab;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The "Speed" tab of an explorer, made the first time it is shown (or asked for): opening the
 * second explorer to compare stays as quick as before the tab existed.
 */
final class SpeedTab {

    private final Tab tab;
    private final ExplorerModel model;
    private SpeedController controller;

    SpeedTab(Tab tab, ExplorerModel model) {
        this.tab = tab;
        this.model = model;
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                controller();
            }
        });
    }

    /** Forgets what a scene showed in the tab, if the tab was made: the lesson's pair again, nothing timed. */
    void reset() {
        if (controller != null) {
            controller.model().reset();
        }
    }

    /** The tab's controller, its pane made and bound to the explorer's runtime if it was not yet. */
    SpeedController controller() {
        if (controller == null) {
            FXMLLoader loader = new FXMLLoader(SpeedTab.class.getResource("SpeedPane.fxml"));
            try {
                tab.setContent(loader.load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            controller = loader.getController();
            controller.bind(model);
        }
        return controller;
    }
}
