package dev.slotscope.export;

import java.awt.Font;

/**
 * The type scale of exported pictures, the same sizes the window's stylesheet gives the same
 * texts, so an exported box reads like the box on screen.
 */
public record Typography(String family) {

    /** The family the window uses; Java2D falls back to a sans-serif face where it is missing. */
    public static final Typography DEFAULT = new Typography("DejaVu Sans");

    /** How far below a text's top its baseline lies, as a share of the font size. */
    static final double ASCENT = 0.93;

    public Font boxLabel(boolean compact) {
        return new Font(family, Font.BOLD, compact ? 12 : 14);
    }

    public Font boxDetail(boolean compact) {
        return new Font(family, Font.PLAIN, compact ? 11 : 12);
    }

    public Font objectTitle() {
        return new Font(family, Font.BOLD, 16);
    }

    public Font objectDetail() {
        return new Font(family, Font.PLAIN, 13);
    }

    public Font small() {
        return new Font(family, Font.PLAIN, 12);
    }

    public Font smallBold() {
        return new Font(family, Font.BOLD, 12);
    }

    public Font body() {
        return new Font(family, Font.PLAIN, 15);
    }

    public Font heading() {
        return new Font(family, Font.BOLD, 18);
    }

    public Font mono() {
        return new Font("DejaVu Sans Mono", Font.PLAIN, 15);
    }
}
