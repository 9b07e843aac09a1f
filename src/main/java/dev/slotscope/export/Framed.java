package dev.slotscope.export;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** A picture on the theme's paper with a margin all round: what an exported file holds. */
public record Framed(Picture content, double margin) implements Picture {

    /** The margin of exported pictures. */
    public static final double MARGIN = 24;

    public static Framed of(Picture content) {
        return new Framed(content, MARGIN);
    }

    @Override
    public double width() {
        return Math.ceil(content.width() + 2 * margin);
    }

    @Override
    public double height() {
        return Math.ceil(content.height() + 2 * margin);
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        g.setColor(Colors.of(painting.palette().paper()));
        g.fill(new Rectangle2D.Double(0, 0, width(), height()));
        AffineTransform saved = g.getTransform();
        g.translate(margin, margin);
        content.paint(g, painting);
        g.setTransform(saved);
    }
}
