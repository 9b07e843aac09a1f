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
 * @param boxPadding    horizontal room a box keeps around its text
 * @param labelCharWidth        estimated width of one character of a box label (bold, 14px)
 * @param compactLabelCharWidth the same for the smaller type used when a label does not fit (12px)
 */
public record DrawingMetrics(double pixelsPerByte, int bytesPerRow, double rowHeight, double rowGap,
                             double titleHeight, double objectGap, double gutterWidth, double laneSpacing,
                             int foldBytes, double boxPadding, double labelCharWidth, double compactLabelCharWidth) {

    /** Large enough to read from the back of a classroom at 1280x800. */
    public static final DrawingMetrics CLASSROOM = new DrawingMetrics(12, 64, 54, 6, 32, 26, 56, 12, 128, 10, 9.4, 8.2);

    /** Narrowest and widest byte the window draws, however wide it is. */
    private static final double MIN_PIXELS_PER_BYTE = 8;
    private static final double MAX_PIXELS_PER_BYTE = 18;

    /** The same metrics with the scale chosen so a row fills {@code width} pixels, within limits. */
    public DrawingMetrics fittedTo(double width) {
        double scale = Math.floor((width - gutterWidth - boxPadding) / bytesPerRow);
        scale = Math.max(MIN_PIXELS_PER_BYTE, Math.min(MAX_PIXELS_PER_BYTE, scale));
        return new DrawingMetrics(scale, bytesPerRow, rowHeight, rowGap, titleHeight, objectGap, gutterWidth,
                laneSpacing, foldBytes, boxPadding, labelCharWidth, compactLabelCharWidth);
    }

    public double rowWidth() {
        return pixelsPerByte * bytesPerRow;
    }
}
