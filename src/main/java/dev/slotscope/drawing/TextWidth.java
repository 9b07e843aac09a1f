package dev.slotscope.drawing;

/**
 * How wide a box label is drawn, so the drawer shows only labels that fit. The window measures
 * with its real font; without a screen an estimate from {@link DrawingMetrics} is used.
 */
@FunctionalInterface
public interface TextWidth {

    /** Width in pixels of {@code text} as a box label, in the smaller type when {@code compact}. */
    double of(String text, boolean compact);

    /** An estimate from average character widths. */
    static TextWidth estimate(DrawingMetrics m) {
        return (text, compact) -> text.length() * (compact ? m.compactLabelCharWidth() : m.labelCharWidth());
    }
}
