package dev.slotscope.export;

import java.awt.Graphics2D;

/**
 * A picture that claims less width than it was given: a drawing is as wide as a full row of
 * bytes, but an object of 48 bytes leaves the right of its row empty, room a slide can use.
 */
record Cropped(Picture picture, double width) implements Picture {

    @Override
    public double height() {
        return picture.height();
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        picture.paint(g, painting);
    }
}
