package dev.slotscope.memory;

import java.util.Locale;

/**
 * The units Slotscope writes amounts of memory in. They are powers of 1,000 (1 KB = 1,000 bytes,
 * 1 MB = 1,000,000 bytes), as the lesson's "40–60 MB" and every other MB in the app are, so a
 * figure read off the chart matches the readouts and the command line.
 */
public enum ByteUnit {
    B(1, "B"),
    KB(1e3, "KB"),
    MB(1e6, "MB"),
    GB(1e9, "GB");

    private final double bytes;
    private final String symbol;

    ByteUnit(double bytes, String symbol) {
        this.bytes = bytes;
        this.symbol = symbol;
    }

    /** How many bytes one of this unit is. */
    public double bytes() {
        return bytes;
    }

    public String symbol() {
        return symbol;
    }

    /** The largest unit the amount is at least one of (bytes below 1,000). */
    public static ByteUnit forAmount(double amount) {
        ByteUnit chosen = B;
        for (ByteUnit u : values()) {
            if (Math.abs(amount) >= u.bytes) {
                chosen = u;
            }
        }
        return chosen;
    }

    /** What the unit means, for an axis title: "1 MB = 1,000,000 bytes", or "bytes". */
    public String definition() {
        return this == B ? "bytes" : String.format(Locale.ROOT, "1 %s = %,.0f bytes", symbol, bytes);
    }
}
