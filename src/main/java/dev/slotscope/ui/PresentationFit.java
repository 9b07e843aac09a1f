package dev.slotscope.ui;

/**
 * The zoom at which presentation mode shows a drawing: as large as the screen's room for it allows
 * in both directions, less a margin, so that the back row sees the whole drawing as large as it
 * can be, up to the largest zoom. A drawing a little too large for the room at 100% is shrunk
 * down to the smallest zoom to be seen whole; one too large even then is shown at 100% and
 * scrolls, since shrinking it further would make it unreadable and still not whole.
 */
final class PresentationFit {

    /** Room kept free on every side of the fitted drawing, in screen pixels. */
    static final double MARGIN = 16;
    /** Fitted zooms are whole multiples of this, so a pixel more or less of room does not change them. */
    static final int GRAIN = 5;
    /** The zoom of a drawing that cannot be seen whole (or not yet measured): the window's own size. */
    static final int FULL_SIZE = 100;

    private PresentationFit() {
    }

    /**
     * The zoom in percent, {@code min} to {@code max}, at which a drawing of {@code width} by
     * {@code height} (at 100%) fits a room of {@code roomWidth} by {@code roomHeight}; 100 when
     * it does not fit even at {@code min}, or when either has no size yet.
     */
    static int zoom(double width, double height, double roomWidth, double roomHeight, int min, int max) {
        double freeWidth = roomWidth - 2 * MARGIN;
        double freeHeight = roomHeight - 2 * MARGIN;
        int fullSize = Math.max(min, Math.min(max, FULL_SIZE));
        if (width <= 0 || height <= 0 || freeWidth <= 0 || freeHeight <= 0) {
            return fullSize;
        }
        double percent = 100 * Math.min(freeWidth / width, freeHeight / height);
        int grained = (int) Math.floor(percent / GRAIN + 1e-9) * GRAIN;
        return grained < min ? fullSize : Math.min(max, grained);
    }
}
