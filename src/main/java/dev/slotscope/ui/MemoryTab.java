package dev.slotscope.ui;

import dev.slotscope.theme.Theme;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Tab;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The "Memory at scale" tab of an explorer, made the first time it is shown (or asked for, as a
 * lesson's scene does), like {@link SpeedTab}: the window's first frame, which shows the layout
 * tab, does not wait for its controls and chart to be made and styled.
 */
final class MemoryTab {

    private final Tab tab;
    private final ExplorerModel model;
    private Theme theme = Theme.LIGHT;
    private MemoryController controller;

    MemoryTab(Tab tab, ExplorerModel model) {
        this.tab = tab;
        this.model = model;
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                controller();
            }
        });
    }

    /** The tab's controller, its pane made and bound to the explorer if it was not yet. */
    MemoryController controller() {
        if (controller == null) {
            FXMLLoader loader = new FXMLLoader(MemoryTab.class.getResource("MemoryPane.fxml"));
            try {
                tab.setContent(loader.load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            controller = loader.getController();
            controller.bind(model);
            controller.chart().setTheme(theme);
        }
        return controller;
    }

    /** The chart's colours, now if it is made, else once it is. */
    void setTheme(Theme theme) {
        this.theme = theme;
        if (controller != null) {
            controller.chart().setTheme(theme);
        }
    }
}
