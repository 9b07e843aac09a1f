package dev.slotscope.speed;

import java.util.Locale;

/**
 * What the runs of two variants support. Both variants are timed side by side in every run, so a
 * run that the machine slowed slows both: the runs are compared in pairs. A difference only when
 * one variant is faster in every run (at 7 runs, two equal accesses would do that by chance once
 * in 64 — the sign test); otherwise no difference beyond noise. The median of each says by how
 * much.
 *
 * @param runtime     the runtime's display name
 * @param access      read or write
 * @param first       the first variant's runs
 * @param second      the second variant's runs
 * @param beyondNoise whether one variant was faster in every run
 */
public record Verdict(String runtime, Access access, Timing first, Timing second, boolean beyondNoise) {

    /** The verdict on two variants' timings of the same access. */
    public static Verdict of(String runtime, Timing first, Timing second) {
        if (first.access() != second.access()) {
            throw new IllegalArgumentException("a verdict compares the same access of two variants");
        }
        if (first.spread().runs() != second.spread().runs()) {
            throw new IllegalArgumentException("a verdict pairs the runs of two variants timed side by side");
        }
        return new Verdict(runtime, first.access(), first, second, consistent(first.spread(), second.spread()));
    }

    private static boolean consistent(Spread first, Spread second) {
        int faster = 0;
        int slower = 0;
        for (int i = 0; i < first.runs(); i++) {
            double a = first.nanos().get(i);
            double b = second.nanos().get(i);
            faster += b < a ? 1 : 0;
            slower += b > a ? 1 : 0;
        }
        return faster == first.runs() || slower == first.runs();
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
        int runs = first.spread().runs();
        String medians = String.format(Locale.ROOT, "medians %s %.2f ns, %s %.2f ns per access",
                first.variant(), first.spread().median(), second.variant(), second.spread().median());
        if (!beyondNoise || slow <= 0) {
            return String.format(Locale.ROOT, "%s: no difference beyond noise on %s (%s; neither was faster in every one of"
                            + " %d runs).",
                    capitalised(access.plural()), runtime, medians, runs);
        }
        // No percentage: of an access that costs under a nanosecond beyond its baseline, a tiny
        // difference is a large share, and the share would read as more than it is.
        return String.format(Locale.ROOT, "%s %s %.2f ns per access faster than %s on %s (%s; faster in every one of"
                        + " %d runs, timed side by side).",
                capitalised(faster.variant()), access.plural(), slow - fast, slower.variant(), runtime, medians, runs);
    }

    /** The verdict in a few words, for a headline: "slotted reads 0.52 ns faster", "writes: no difference beyond noise". */
    public String brief() {
        Timing faster = second.spread().median() < first.spread().median() ? second : first;
        Timing slower = faster == first ? second : first;
        double difference = slower.spread().median() - faster.spread().median();
        if (!beyondNoise || slower.spread().median() <= 0) {
            return access.plural() + ": no difference beyond noise";
        }
        return String.format(Locale.ROOT, "%s %s %.2f ns faster", faster.variant(), access.plural(), difference);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
