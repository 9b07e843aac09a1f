package dev.slotscope.ui;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/**
 * Holds the drawing in its scroll pane, scaled by the presentation zoom and sized as it looks, so
 * that the scroll pane scrolls over all of it.
 * <p>
 * A pane rather than a group: a group's layout bounds are its children's, so every box moved
 * would change them, and the scroll pane, which listens to them, would have the group lay out and
 * measure its whole drawing again, once per box: a few hundred times in a growth step's frame.
 */
public final class ZoomPane extends Pane {

    private double zoom = 1;

    /** Draws the content {@code percent}% as large, scaled from its top-left corner. */
    public void setZoom(int percent) {
        zoom = percent / 100.0;
        getChildren().forEach(child -> child.getTransforms().setAll(new Scale(zoom, zoom, 0, 0)));
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return getChildren().stream().mapToDouble(child -> child.prefWidth(-1) * zoom).max().orElse(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getChildren().stream().mapToDouble(child -> child.prefHeight(-1) * zoom).max().orElse(0);
    }

    @Override
    protected void layoutChildren() {
        for (Node child : getChildren()) {
            child.resizeRelocate(0, 0, child.prefWidth(-1), child.prefHeight(-1));
        }
    }
}
