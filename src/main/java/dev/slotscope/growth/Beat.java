package dev.slotscope.growth;

import java.util.List;

/**
 * One moment of a growth step's transition: a sentence, and the boxes to light up while it shows.
 *
 * @param caption    what happens, e.g. {@code hash('a2') & 15 = 14: slot 14 is free}
 * @param highlights the regions to light up
 */
public record Beat(String caption, List<Highlight> highlights) {

    public Beat {
        highlights = List.copyOf(highlights);
    }

    /** A region of an object of the step's layout, by the object's id and the region's offset. */
    public record Highlight(String objectId, int offset) {
    }
}
