package dev.slotscope.drawing;

/**
 * Every size used to draw a layout, in one place: the scale (pixels per byte) and the spacing.
 * Colours and fonts live in the stylesheet.
 *
 * @param pixelsPerByte width of one byte
 * @param bytesPerRow   bytes drawn per row before an object wraps
 * @param rowHeight     height of one row of boxes
 * @param rowGap        vertical gap between rows of one object
 * @param titleHeight   space above an object for its title
 * @param objectGap     vertical gap between objects
 * @param gutterWidth   space on the left where pointer arrows run
 * @param laneSpacing   distance between two arrows' lanes in the gutter
 * @param foldBytes     runs of free room longer than this are drawn shortened, and say so
 */
public record DrawingMetrics(double pixelsPerByte, int bytesPerRow, double rowHeight, double rowGap,
                             double titleHeight, double objectGap, double gutterWidth, double laneSpacing,
                             int foldBytes) {

    /** Large enough to read from the back of a classroom at 1280x800. */
    public static final DrawingMetrics CLASSROOM = new DrawingMetrics(11, 64, 58, 6, 34, 30, 56, 12, 128);

    public double rowWidth() {
        return pixelsPerByte * bytesPerRow;
    }
}
