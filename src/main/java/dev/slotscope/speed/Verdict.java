package dev.slotscope.speed;

import java.util.Locale;

/**
 * What the runs of two variants support: a difference only when every run of one is faster than
 * every run of the other (their ranges do not overlap); otherwise no difference beyond noise. The
 * median of each says by how much.
 *
 * @param runtime     the runtime's display name
 * @param access      read or write
 * @param first       the first variant's runs
 * @param second      the second variant's runs
 * @param beyondNoise whether the ranges of the runs do not overlap
 */
public record Verdict(String runtime, Access access, Timing first, Timing second, boolean beyondNoise) {

    /** The verdict on two variants' timings of the same access. */
    public static Verdict of(String runtime, Timing first, Timing second) {
        if (first.access() != second.access()) {
            throw new IllegalArgumentException("a verdict compares the same access of two variants");
        }
        return new Verdict(runtime, first.access(), first, second, !first.spread().overlaps(second.spread()));
    }

    /** The second variant's median over the first's: below 1 when the second is faster. */
    public double ratio() {
        return second.spread().median() / first.spread().median();
    }

    /** The verdict in a sentence, with the medians it rests on. */
    public String sentence() {
        Timing faster = second.spread().median() < first.spread().median() ? second : first;
        Timing slower = faster == first ? second : first;
        double fast = faster.spread().median();
        double slow = slower.spread().median();
        int runs = Math.min(first.spread().runs(), second.spread().runs());
        String medians = String.format(Locale.ROOT, "medians %s %.2f ns, %s %.2f ns per access",
                first.variant(), first.spread().median(), second.variant(), second.spread().median());
        if (!beyondNoise || slow <= 0) {
            return String.format(Locale.ROOT, "%s: no difference beyond noise on %s (%s; the %d runs of each overlap).",
                    capitalised(access.plural()), runtime, medians, runs);
        }
        // No percentage: of an access that costs under a nanosecond beyond its baseline, a tiny
        // difference is a large share, and the share would read as more than it is.
        return String.format(Locale.ROOT, "%s %s %.2f ns per access faster than %s on %s (%s; each of the %d runs"
                        + " of one beats every run of the other).",
                capitalised(faster.variant()), access.plural(), slow - fast, slower.variant(), runtime, medians, runs);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
