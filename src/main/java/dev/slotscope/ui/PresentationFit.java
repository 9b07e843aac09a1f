package dev.slotscope.ui;

/**
 * The zoom at which presentation mode shows a drawing: as large as the screen's room for it allows
 * in both directions, less a margin, so that the back row sees the whole drawing as large as it
 * can be. Within the zoom range presentation offers: a drawing too large for the screen even at
 * the smallest zoom is shown at that zoom and scrolls, rather than shrinking its text below the
 * window's own size.
 */
final class PresentationFit {

    /** Room kept free on every side of the fitted drawing, in screen pixels. */
    static final double MARGIN = 16;
    /** Fitted zooms are whole multiples of this, so a pixel more or less of room does not change them. */
    static final int GRAIN = 5;

    private PresentationFit() {
    }

    /**
     * The zoom in percent, {@code min} to {@code max}, at which a drawing of {@code width} by
     * {@code height} (at 100%) fits a room of {@code roomWidth} by {@code roomHeight}; {@code min}
     * when either has no size yet.
     */
    static int zoom(double width, double height, double roomWidth, double roomHeight, int min, int max) {
        double freeWidth = roomWidth - 2 * MARGIN;
        double freeHeight = roomHeight - 2 * MARGIN;
        if (width <= 0 || height <= 0 || freeWidth <= 0 || freeHeight <= 0) {
            return min;
        }
        double percent = 100 * Math.min(freeWidth / width, freeHeight / height);
        int grained = (int) Math.floor(percent / GRAIN + 1e-9) * GRAIN;
        return Math.max(min, Math.min(max, grained));
    }
}
