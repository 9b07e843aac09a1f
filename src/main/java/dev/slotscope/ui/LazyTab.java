package dev.slotscope.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.control.Tab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A tab of an explorer whose pane is made from its FXML the first time the tab is shown, or its
 * controller asked for (as a lesson's scene does): the window's first frame, which shows the
 * layout tab, does not wait for the memory chart or the speed view to be made and styled, and a
 * second explorer opens as quickly.
 *
 * @param <C> the pane's controller
 */
final class LazyTab<C> {

    private final Tab tab;
    private final String fxml;
    private final Consumer<C> bind;
    private C controller;

    /**
     * @param tab  the tab that holds the pane
     * @param fxml the pane's FXML, beside this class
     * @param bind connects the pane's controller to its explorer, once it is made
     */
    LazyTab(Tab tab, String fxml, Consumer<C> bind) {
        this.tab = tab;
        this.fxml = fxml;
        this.bind = bind;
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                controller();
            }
        });
    }

    /** The pane's controller, the pane made and bound if it was not yet. */
    C controller() {
        if (controller == null) {
            FXMLLoader loader = new FXMLLoader(Objects.requireNonNull(LazyTab.class.getResource(fxml), fxml));
            try {
                tab.setContent(loader.load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            controller = loader.getController();
            bind.accept(controller);
        }
        return controller;
    }

    /** Does {@code action} to the controller if the pane was made; a pane not made yet has nothing to change. */
    void ifMade(Consumer<C> action) {
        if (controller != null) {
            action.accept(controller);
        }
    }
}
