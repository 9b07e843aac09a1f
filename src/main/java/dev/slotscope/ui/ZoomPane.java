package dev.slotscope.ui;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Scale;

/**
 * Holds the drawing in its scroll pane, scaled by the presentation zoom and sized as it looks, so
 * that the scroll pane scrolls over all of it. Aligned other than top-left (presentation mode), it
 * also takes any room the scroll pane gives beyond the drawing and places the drawing in it.
 * <p>
 * A pane rather than a group: a group's layout bounds are its children's, so every box moved
 * would change them, and the scroll pane, which listens to them, would have the group lay out and
 * measure its whole drawing again, once per box: a few hundred times in a growth step's frame.
 */
public final class ZoomPane extends Pane {

    private double zoom = 1;
    private Pos alignment = Pos.TOP_LEFT;

    /** Draws the content {@code percent}% as large, scaled from its top-left corner. */
    public void setZoom(int percent) {
        zoom = percent / 100.0;
        getChildren().forEach(child -> child.getTransforms().setAll(new Scale(zoom, zoom, 0, 0)));
        requestLayout();
    }

    /**
     * Where the drawing sits in whatever room the pane is given (a scroll pane fitting it to its
     * viewport): {@link Pos#CENTER} centres it. Aligned other than top-left, the pane is never
     * smaller than the zoomed drawing, so a drawing larger than the room still scrolls.
     */
    public void setAlignment(Pos alignment) {
        this.alignment = alignment;
        requestLayout();
    }

    private boolean placed() {
        return alignment != Pos.TOP_LEFT;
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
        return placed() ? computePrefWidth(height) : super.computeMinWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return placed() ? computePrefHeight(width) : super.computeMinHeight(width);
    }

    @Override
    protected void layoutChildren() {
        for (Node child : getChildren()) {
            double width = child.prefWidth(-1);
            double height = child.prefHeight(-1);
            double freeWidth = Math.max(0, getWidth() - width * zoom);
            double freeHeight = Math.max(0, getHeight() - height * zoom);
            HPos h = alignment.getHpos();
            VPos v = alignment.getVpos();
            double x = h == HPos.CENTER ? freeWidth / 2 : h == HPos.RIGHT ? freeWidth : 0;
            double y = v == VPos.CENTER ? freeHeight / 2 : v == VPos.BOTTOM ? freeHeight : 0;
            child.resizeRelocate(x, y, width, height);
        }
    }
}
