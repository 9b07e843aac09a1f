package dev.slotscope.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box as wide as the choice it shows rather than its widest choice, so that
 * "CPython 3.12" and the class beside it share a row of half a 1280-pixel window; its list still
 * shows every choice whole. It is never narrower than the shown name: names are not cut.
 */
final class FitToValueSkin<T> extends ComboBoxListViewSkin<T> {

    FitToValueSkin(ComboBox<T> box) {
        super(box);
        // The display node's text changes with the value; the box must be measured again.
        box.valueProperty().addListener((o, old, now) -> box.requestLayout());
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        Node display = getDisplayNode();
        Node arrow = getSkinnable().lookup(".arrow-button");
        return left + right + (display == null ? 0 : snapSizeX(display.prefWidth(height)))
                + (arrow == null ? 0 : snapSizeX(arrow.prefWidth(-1)));
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return computePrefWidth(height, top, right, bottom, left);
    }
}
