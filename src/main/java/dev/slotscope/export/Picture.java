package dev.slotscope.export;

import dev.slotscope.theme.Palette;

import java.awt.Graphics2D;

/**
 * Something an exporter can paint: a size and a way to paint it at the origin with Java2D, the
 * one drawing code behind PNG files, SVG files and the clipboard.
 */
public interface Picture {

    double width();

    double height();

    /** Paints at (0, 0) in pixels of a 1x image; the caller scales for 2x and 4x. */
    void paint(Graphics2D g, Painting painting);

    /** What painting needs besides the canvas: the palette and the type. */
    record Painting(Palette palette, Typography type) {
    }
}
