package dev.slotscope.memory;

import java.util.Locale;

/**
 * How amounts of memory are written: one unit and one number of decimals, so figures shown side by
 * side ("standard 129 KB, slotted 41 KB") read alike. Zero is written "0".
 *
 * @param unit     B, KB, MB or GB
 * @param decimals digits after the point, none for bytes
 */
public record ByteFormat(ByteUnit unit, int decimals) {

    public ByteFormat {
        if (decimals < 0 || (unit == ByteUnit.B && decimals > 0)) {
            throw new IllegalArgumentException("bytes are whole; decimals must be 0 or more, not " + decimals);
        }
    }

    /**
     * The format that writes the largest of some amounts with three significant digits ("152 MB",
     * "48.8 KB", "1.52 GB"); smaller ones get the same unit and decimals.
     */
    public static ByteFormat forLargest(double largest) {
        double rounded = roundToSignificant(Math.abs(largest), 3);
        ByteUnit unit = ByteUnit.forAmount(rounded);
        if (unit == ByteUnit.B) {
            return new ByteFormat(unit, 0);
        }
        double value = rounded / unit.bytes();
        return new ByteFormat(unit, value >= 100 ? 0 : value >= 10 ? 1 : 2);
    }

    /**
     * The format for amounts shown side by side: the largest's unit and decimals, less the decimals
     * that are zero in every one ("80 MB, 48 MB", not "80.0 MB, 48.0 MB"; but "1.52 GB, 0.48 GB").
     */
    public static ByteFormat forAll(double... amounts) {
        double largest = 0;
        for (double a : amounts) {
            largest = Math.max(largest, Math.abs(a));
        }
        ByteFormat f = forLargest(largest);
        int decimals = f.decimals;
        while (decimals > 0 && allWholeAt(amounts, f.unit, decimals - 1, decimals)) {
            decimals--;
        }
        return new ByteFormat(f.unit, decimals);
    }

    /** Whether every amount, written with {@code more} decimals, ends in a zero that {@code fewer} would drop. */
    private static boolean allWholeAt(double[] amounts, ByteUnit unit, int fewer, int more) {
        for (double a : amounts) {
            double scaled = a / unit.bytes();
            if (Math.round(scaled * Math.pow(10, more)) != Math.round(scaled * Math.pow(10, fewer)) * 10) {
                return false;
            }
        }
        return true;
    }

    /** Writes one amount with three significant digits: "152 B", "69.2 KB", "1.52 GB". */
    public static String of(double bytes) {
        return forLargest(bytes).format(bytes);
    }

    /** Writes an amount in this format's unit and decimals: "41 KB". */
    public String format(double bytes) {
        if (bytes == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f %s", bytes / unit.bytes(), unit.symbol());
    }

    private static double roundToSignificant(double value, int digits) {
        if (value == 0) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) - (digits - 1));
        return Math.round(value / magnitude) * magnitude;
    }
}
