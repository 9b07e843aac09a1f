package dev.slotscope.export;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.List;

/** Pictures one under the other ({@link Direction#DOWN}) or side by side ({@link Direction#ACROSS}). */
public record Stack(Direction direction, double gap, List<Picture> parts) implements Picture {

    public enum Direction {
        DOWN, ACROSS
    }

    public Stack {
        parts = List.copyOf(parts);
    }

    public static Stack down(double gap, List<Picture> parts) {
        return new Stack(Direction.DOWN, gap, parts);
    }

    public static Stack across(double gap, List<Picture> parts) {
        return new Stack(Direction.ACROSS, gap, parts);
    }

    @Override
    public double width() {
        return direction == Direction.ACROSS ? sum(Picture::width) : max(Picture::width);
    }

    @Override
    public double height() {
        return direction == Direction.DOWN ? sum(Picture::height) : max(Picture::height);
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        double at = 0;
        for (Picture part : parts) {
            AffineTransform saved = g.getTransform();
            if (direction == Direction.DOWN) {
                g.translate(0, at);
                at += part.height() + gap;
            } else {
                g.translate(at, 0);
                at += part.width() + gap;
            }
            part.paint(g, painting);
            g.setTransform(saved);
        }
    }

    private double sum(java.util.function.ToDoubleFunction<Picture> size) {
        return parts.stream().mapToDouble(size).sum() + gap * Math.max(0, parts.size() - 1);
    }

    private double max(java.util.function.ToDoubleFunction<Picture> size) {
        return parts.stream().mapToDouble(size).max().orElse(0);
    }
}
