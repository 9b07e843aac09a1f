package dev.slotscope.speed;

import java.util.Arrays;
import java.util.List;

/**
 * The nanoseconds per access of each timed run, in the order they were made; never one number
 * alone, so that a reader sees how far the runs disagree.
 *
 * @param nanos one sample per run
 */
public record Spread(List<Double> nanos) {

    /** The fewest timed runs a measurement makes: a spread needs a few. */
    public static final int MIN_RUNS = 3;
    /** The most timed runs a measurement makes. */
    public static final int MAX_RUNS = 50;

    public Spread {
        nanos = List.copyOf(nanos);
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("a spread needs at least one run");
        }
    }

    public int runs() {
        return nanos.size();
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] s = sorted();
        return s[s.length - 1];
    }

    /** The middle run, or the mean of the two middle runs. */
    public double median() {
        return quantile(0.5);
    }

    /** The lower quartile: a quarter of the runs are at or below it. */
    public double lowerQuartile() {
        return quantile(0.25);
    }

    /** The upper quartile: a quarter of the runs are at or above it. */
    public double upperQuartile() {
        return quantile(0.75);
    }

    /** The value a fraction {@code p} along the sorted runs, interpolated between neighbours. */
    private double quantile(double p) {
        double[] s = sorted();
        double at = p * (s.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, s.length - 1);
        return s[below] + (at - below) * (s[above] - s[below]);
    }

    private double[] sorted() {
        double[] s = nanos.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        return s;
    }
}
