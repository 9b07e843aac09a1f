package dev.slotscope.ui;

import dev.slotscope.layout.ObjectLayout;

import java.util.List;
import java.util.Optional;

/**
 * Everything one explorer shows, whichever lens produced it.
 *
 * @param layout      what is drawn
 * @param headline    one sentence: runtime, class, what it is
 * @param banner      the runtime's facts (for the JVM: measured or estimated, headers, alignment)
 * @param bytes       the headline figure, in bytes
 * @param bytesLabel  what that figure is, e.g. "per instance, as tracemalloc counts it"
 * @param comparison  how it compares with the lens's baseline variant
 * @param tone        how that comparison reads: a saving, the baseline itself, or a warning
 * @param figures     name and value pairs, e.g. {@code __basicsize__ 32}
 * @param sharedText  what is shared between instances, if anything
 * @param notes       sentences the view must show (attribute list ignored, graph truncated)
 * @param source      the class's source, as the lens defines it, or its declaration as reflection sees it
 * @param bars        the same class in every version or mode of the lens
 */
public record ViewState(ObjectLayout layout, String headline, String banner, int bytes, String bytesLabel,
                        String comparison, Tone tone, List<Figure> figures, String sharedText, List<String> notes,
                        String source, List<Bar> bars) {

    public ViewState {
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
        bars = List.copyOf(bars);
    }

    /**
     * How a sentence reads: good news (a saving), plain, or a caution — a cost the lesson warns
     * about, such as a subclass that brings the dict back. Shown by style and a sign, not colour alone.
     */
    public enum Tone {
        GOOD, PLAIN, CAUTION
    }

    /** One named number of the summary. */
    public record Figure(String name, String value) {
    }

    /** One bar of the comparison across versions or modes; {@code bytes} empty when not available. */
    public record Bar(String name, Optional<Integer> bytes, boolean current) {
    }
}
