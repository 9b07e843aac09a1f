package dev.slotscope.ui;

import java.util.List;

/**
 * The zoom at which presentation mode shows a drawing: as large as the screen's room for it allows
 * in both directions, less a margin, so that the back row sees the whole drawing as large as it
 * can be, up to the largest zoom. A drawing a little too large for the room at 100% is shrunk
 * down to the smallest zoom to be seen whole; one too large even then is shown at 100% and
 * scrolls, since shrinking it further would make it unreadable and still not whole. Drawings side
 * by side share one zoom, so that they stay at one scale.
 */
final class PresentationFit {

    /** Room kept free on every side of the fitted drawing, in screen pixels. */
    static final double MARGIN = 16;
    /** Fitted zooms are whole multiples of this, so a pixel more or less of room does not change them. */
    static final int GRAIN = 5;
    /** The zoom of a drawing that cannot be seen whole (or not yet measured): the window's own size. */
    static final int FULL_SIZE = 100;

    /** A width and a height, in pixels. */
    record Size(double width, double height) {
    }

    private PresentationFit() {
    }

    /**
     * The zoom in percent, {@code min} to {@code max}, at which a drawing of {@code width} by
     * {@code height} (at 100%) fits a room of {@code roomWidth} by {@code roomHeight}; 100 when
     * it does not fit even at {@code min}, or when either has no size yet.
     */
    static int zoom(double width, double height, double roomWidth, double roomHeight, int min, int max) {
        return zoom(List.of(new Size(width, height)), List.of(new Size(roomWidth, roomHeight)), min, max);
    }

    /**
     * One zoom for drawings side by side, each in its own room ({@code rooms}, in the same order):
     * the largest at which all fit; 100 when one of them does not fit even at {@code min}.
     */
    static int zoom(List<Size> drawings, List<Size> rooms, int min, int max) {
        int fullSize = Math.max(min, Math.min(max, FULL_SIZE));
        double percent = Double.POSITIVE_INFINITY;
        for (int i = 0; i < drawings.size(); i++) {
            Size drawing = drawings.get(i);
            double freeWidth = rooms.get(i).width() - 2 * MARGIN;
            double freeHeight = rooms.get(i).height() - 2 * MARGIN;
            if (drawing.width() <= 0 || drawing.height() <= 0 || freeWidth <= 0 || freeHeight <= 0) {
                return fullSize;
            }
            percent = Math.min(percent, 100 * Math.min(freeWidth / drawing.width(), freeHeight / drawing.height()));
        }
        if (Double.isInfinite(percent)) {
            return fullSize;
        }
        int grained = (int) Math.floor(percent / GRAIN + 1e-9) * GRAIN;
        return grained < min ? fullSize : Math.min(max, grained);
    }
}
