package dev.slotscope.memory;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How many instances a memory figure is for: 1 to 10,000,000. The slider maps it on a
 * logarithmic scale, so every power of ten gets the same room.
 */
public record InstanceCount(long value) {

    public static final long MIN = 1;
    public static final long MAX = 10_000_000;
    /** The lesson's "a million points". */
    public static final InstanceCount MILLION = new InstanceCount(1_000_000);

    public InstanceCount {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("the instance count must be between 1 and 10,000,000, not " + value);
        }
    }

    /**
     * Parses what a user types: {@code 1000000}, {@code 1,000,000}, {@code 1_000_000}, {@code 1e6},
     * {@code 250k}, {@code 1M}.
     */
    public static InstanceCount parse(String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("type an instance count, e.g. 1000000 or 1M");
        }
        double multiplier = 1;
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        if (last == 'k' || last == 'm') {
            multiplier = last == 'k' ? 1e3 : 1e6;
            t = t.substring(0, t.length() - 1);
        }
        double number;
        try {
            number = Double.parseDouble(t) * multiplier;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number of instances");
        }
        if (number != Math.rint(number)) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a whole number of instances");
        }
        if (number < MIN || number > MAX) {
            throw new IllegalArgumentException("the instance count must be between 1 and 10,000,000, not " + text.strip());
        }
        return new InstanceCount((long) number);
    }

    /** The slider position for this count: log10 of it, 0 to 7. */
    public double sliderPosition() {
        return Math.log10(value);
    }

    /** The count at a slider position, rounded to a readable number (two significant digits). */
    public static InstanceCount fromSliderPosition(double position) {
        double clamped = Math.max(0, Math.min(Math.log10(MAX), position));
        double raw = Math.pow(10, clamped);
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(raw)) - 1));
        long rounded = Math.round(raw / magnitude) * (long) magnitude;
        return new InstanceCount(Math.max(MIN, Math.min(MAX, rounded)));
    }

    /** "1,000,000". */
    public String display() {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(value).replace('\u00a0', ',');
    }
}
