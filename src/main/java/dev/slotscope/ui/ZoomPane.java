package dev.slotscope.ui;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/**
 * Holds the drawing in its scroll pane, scaled by the presentation zoom and sized as it looks, so
 * that the scroll pane scrolls over all of it. Centred (presentation mode), it also takes any room
 * the scroll pane gives beyond the drawing and puts the drawing in its middle.
 * <p>
 * A pane rather than a group: a group's layout bounds are its children's, so every box moved
 * would change them, and the scroll pane, which listens to them, would have the group lay out and
 * measure its whole drawing again, once per box: a few hundred times in a growth step's frame.
 */
public final class ZoomPane extends Pane {

    private double zoom = 1;
    private boolean centred;

    /** Draws the content {@code percent}% as large, scaled from its top-left corner. */
    public void setZoom(int percent) {
        zoom = percent / 100.0;
        getChildren().forEach(child -> child.getTransforms().setAll(new Scale(zoom, zoom, 0, 0)));
        requestLayout();
    }

    /**
     * Centred, the drawing sits in the middle of whatever room the pane is given (a scroll pane
     * fitting it to its viewport), and the pane is never smaller than the zoomed drawing, so a
     * drawing larger than the room still scrolls.
     */
    public void setCentred(boolean centred) {
        this.centred = centred;
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
    protected double computeMinWidth(double height) {
        return centred ? computePrefWidth(height) : super.computeMinWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return centred ? computePrefHeight(width) : super.computeMinHeight(width);
    }

    @Override
    protected void layoutChildren() {
        for (Node child : getChildren()) {
            double width = child.prefWidth(-1);
            double height = child.prefHeight(-1);
            double x = centred ? Math.max(0, (getWidth() - width * zoom) / 2) : 0;
            double y = centred ? Math.max(0, (getHeight() - height * zoom) / 2) : 0;
            child.resizeRelocate(x, y, width, height);
        }
    }
}
