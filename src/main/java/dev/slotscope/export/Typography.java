package dev.slotscope.export;

import dev.slotscope.drawing.TextWidth;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * The type scale of exported pictures. {@link #DEFAULT} gives the sizes the window's stylesheet
 * gives the same texts, so an exported box reads like the box on screen; {@link #SLIDE} sets
 * every text larger and none below a sixtieth of a slide, for drawings made for a projector.
 *
 * @param family the font family
 * @param grow   every size is the window's size times this
 * @param floor  and at least this, in pixels of the picture
 */
public record Typography(String family, double grow, double floor) {

    /** The family the window uses; Java2D falls back to a sans-serif face where it is missing. */
    public static final Typography DEFAULT = new Typography("DejaVu Sans", 1, 0);

    /**
     * The type of a slide's drawings, in slide pixels (1920 × 1080 at 1x): labels a little larger
     * than a box's bold 14 px grown by a third, and no text below {@link Slide#MIN_TEXT}.
     */
    public static final Typography SLIDE = new Typography("DejaVu Sans", 1.3, Slide.MIN_TEXT);

    /** The size of a compact box's second line, the smallest the window's type has. */
    private static final double SMALLEST = 11;

    /** How far below a text's top its baseline lies, as a share of the font size. */
    static final double ASCENT = 0.93;

    /**
     * The smallest size any picture's text is set in: a slide is readable when this, times the
     * scale its picture is drawn at, is at least a sixtieth of its height.
     */
    public double smallest() {
        return size(SMALLEST);
    }

    /** A size of the window's type scale, in this typography. */
    private double size(double windowSize) {
        return Math.max(windowSize * grow, floor);
    }

    private Font font(int style, double windowSize) {
        return new Font(family, style, 1).deriveFont((float) size(windowSize));
    }

    /** What is measured is what is painted: box labels measured with these fonts, no screen needed. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** Box labels' widths in this type, so a drawing made for a picture shows the labels that fit it. */
    public TextWidth textWidth() {
        Font normal = boxLabel(false);
        Font compact = boxLabel(true);
        return (text, small) -> (small ? compact : normal).getStringBounds(text, MEASURE).getWidth();
    }

    public Font boxLabel(boolean compact) {
        return font(Font.BOLD, compact ? 12 : 14);
    }

    public Font boxDetail(boolean compact) {
        return font(Font.PLAIN, compact ? 11 : 12);
    }

    /** A legend's names: as large as a box's label, so the key reads wherever the boxes do. */
    public Font legend() {
        return font(Font.PLAIN, 14);
    }

    /** A slide's title, in slide pixels (1920 × 1080 at 1x). */
    public Font slideTitle(double size) {
        return new Font(family, Font.BOLD, 1).deriveFont((float) size);
    }

    /** A slide's headline figure, e.g. "80 bytes per instance". */
    public Font slideHeadline(double size) {
        return new Font(family, Font.BOLD, 1).deriveFont((float) size);
    }

    /** A slide's takeaway line, the scene's question. */
    public Font slideTakeaway(double size) {
        return new Font(family, Font.PLAIN, 1).deriveFont((float) size);
    }

    /** A slide's number, e.g. "3 / 14". */
    public Font slideNumber() {
        return font(Font.PLAIN, 22);
    }

    public Font objectTitle() {
        return font(Font.BOLD, 16);
    }

    public Font objectDetail() {
        return font(Font.PLAIN, 13);
    }

    public Font small() {
        return font(Font.PLAIN, 12);
    }

    public Font smallBold() {
        return font(Font.BOLD, 12);
    }

    public Font body() {
        return font(Font.PLAIN, 15);
    }

    public Font heading() {
        return font(Font.BOLD, 18);
    }

    public Font mono() {
        return new Font("DejaVu Sans Mono", Font.PLAIN, 1).deriveFont((float) size(15));
    }
}
