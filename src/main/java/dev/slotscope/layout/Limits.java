package dev.slotscope.layout;

import java.util.Locale;

/**
 * How much Slotscope shows at once, in one place: generous for a class (a lesson's objects have
 * a handful of attributes, its decks a few dozen scenes), and small enough that the window stays
 * responsive and memory bounded. Past a limit, input is refused with a sentence that names it,
 * rather than running for minutes and out of memory.
 */
public final class Limits {

    /** Attributes one object is given (declared, in {@code __slots__} or set by {@code __init__}). */
    public static final int ATTRIBUTES = 200;

    /** Attributes added, one growth step each, after construction. */
    public static final int ADDED = 200;

    /** Scenes in one lesson. */
    public static final int SCENES = 500;

    /** Pixels in one exported or copied image: 8,000 × 8,000, a 256 MB image in memory. */
    public static final long PICTURE_PIXELS = 64_000_000L;

    private Limits() {
    }

    /** Refuses more than {@link #ATTRIBUTES} attributes on one object. */
    public static void checkAttributes(int count) {
        if (count > ATTRIBUTES) {
            throw new LimitException(String.format(Locale.ROOT,
                    "%,d attributes are more than Slotscope lays out on one object (%d at most)", count, ATTRIBUTES));
        }
    }

    /** Refuses an object of {@code type} with more than {@link #ATTRIBUTES} fields (a class read, not typed). */
    public static void checkFields(String type, long count) {
        if (count > ATTRIBUTES) {
            throw new LimitException(String.format(Locale.ROOT,
                    "%s has %,d fields, more than Slotscope lays out on one object (%d at most)", type, count, ATTRIBUTES));
        }
    }

    /** Refuses more than {@link #ADDED} attributes added after construction. */
    public static void checkAdded(int count) {
        if (count > ADDED) {
            throw new LimitException(String.format(Locale.ROOT,
                    "%,d attributes to add are more than Slotscope grows an object by (%d at most)", count, ADDED));
        }
    }

    /** Refuses more than {@link #SCENES} scenes in one lesson. */
    public static void checkScenes(int count) {
        if (count > SCENES) {
            throw new LimitException(String.format(Locale.ROOT,
                    "%,d scenes are more than a lesson holds (%d at most)", count, SCENES));
        }
    }

    /** Refuses an image of more than {@link #PICTURE_PIXELS} pixels; {@code advice} says what would fit. */
    public static void checkPicture(long width, long height, String advice) {
        if (width * height > PICTURE_PIXELS) {
            throw new LimitException(String.format(Locale.ROOT,
                    "the picture would be %,d × %,d pixels, more than the %,d million an image may have; %s",
                    width, height, PICTURE_PIXELS / 1_000_000, advice));
        }
    }

    /** Input past one of the limits; its message is one sentence naming the limit. */
    public static final class LimitException extends IllegalArgumentException {
        public LimitException(String message) {
            super(message);
        }
    }
}
