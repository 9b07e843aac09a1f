package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import dev.slotscope.growth.Beat;

import java.util.List;
import java.util.Optional;

/**
 * Where to scroll so that the part of a drawing a growth step changes is in sight: the boxes a
 * beat lights up (the slot being probed, the entry appended). No JavaFX here: plain numbers.
 */
final class Reveal {

    /** Room left around what is revealed, so that it is not flush against the edge. */
    static final double MARGIN = 24;

    private Reveal() {
    }

    /** A stretch of the drawing along one axis. */
    record Span(double min, double max) {

        Span union(Span other) {
            return new Span(Math.min(min, other.min), Math.max(max, other.max));
        }

        Span scaled(double by) {
            return new Span(min * by, max * by);
        }
    }

    /** The vertical and horizontal stretch of the boxes of {@code drawing} that {@code lit} names. */
    static Optional<Span[]> of(Drawing drawing, List<Beat.Highlight> lit) {
        Span down = null;
        Span across = null;
        for (Drawing.Box box : drawing.boxes()) {
            if (lit.contains(new Beat.Highlight(box.objectId(), box.region().offset()))) {
                Span y = new Span(box.y(), box.y() + box.height());
                Span x = new Span(box.x(), box.x() + box.width());
                down = down == null ? y : down.union(y);
                across = across == null ? x : across.union(x);
            }
        }
        return down == null ? Optional.empty() : Optional.of(new Span[] {down, across});
    }

    /**
     * The new start of a view {@code view} long over content {@code content} long, now starting at
     * {@code start}, that shows {@code target}: unchanged when it is in sight, else the least move
     * that brings it in, its start first when it is longer than the view.
     */
    static double start(double start, double view, double content, Span target) {
        double max = Math.max(0, content - view);
        double wanted = start;
        if (target.max() + MARGIN > start + view) {
            wanted = target.max() + MARGIN - view;
        }
        if (target.min() - MARGIN < wanted) {
            wanted = target.min() - MARGIN;
        }
        return Math.max(0, Math.min(max, wanted));
    }
}
