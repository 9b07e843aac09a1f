package dev.slotscope.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the speed chart shows, decided once for the window and exported pictures alike: one row per
 * access and variant (each access's variants together), and one axis of nanoseconds per access
 * from zero (or from the lowest run, when a baseline-subtracted run falls below zero) in steps a
 * reader can add up.
 *
 * @param result the timed runs
 * @param rows   the rows in the order drawn
 * @param low    the axis's first tick
 * @param high   the axis's last tick
 * @param step   the distance between ticks
 */
public record SpeedChartModel(SpeedResult result, List<Timing> rows, double low, double high, double step) {

    public SpeedChartModel {
        rows = List.copyOf(rows);
    }

    /** The chart of {@code result}'s runs. */
    public static SpeedChartModel of(SpeedResult result) {
        List<Timing> rows = new ArrayList<>();
        for (Access access : Access.values()) {
            for (String variant : result.variants()) {
                result.timing(variant, access).ifPresent(rows::add);
            }
        }
        double low = Math.min(0, rows.stream().mapToDouble(t -> t.spread().min()).min().orElse(0));
        double high = rows.stream().mapToDouble(t -> t.spread().max()).max().orElse(1);
        double step = niceStep((high - low) / 5);
        return new SpeedChartModel(result, rows, Math.floor(low / step) * step, Math.max(step, Math.ceil(high / step) * step),
                step);
    }

    /** The ticks from {@link #low} to {@link #high}. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(low + i * step);
        }
        return ticks;
    }

    /** Where {@code nanos} lies along the axis, 0 at {@link #low} and 1 at {@link #high}. */
    public double fraction(double nanos) {
        return (nanos - low) / (high - low);
    }

    /** Whether {@code timing} is of the first variant, which the chart sets apart from the others. */
    public boolean first(Timing timing) {
        return result.variants().indexOf(timing.variant()) == 0;
    }

    /** A row's name: "slotted · read". */
    public static String label(Timing timing) {
        return timing.variant() + " · " + timing.access().id();
    }

    /**
     * A median as the verdict states it, in hundredths of a nanosecond below 10 ns (rows a tenth
     * apart must not read as equal), tenths above.
     */
    public static String median(Timing timing) {
        double median = timing.spread().median();
        return String.format(Locale.ROOT, Math.abs(median) < 10 ? "%.2f ns" : "%.1f ns", median);
    }

    /** A figure on the axis: whole nanoseconds from 10 up, tenths below. */
    public static String format(double nanos) {
        return String.format(Locale.ROOT, Math.abs(nanos) >= 10 || nanos == Math.rint(nanos) ? "%.0f" : "%.1f", nanos);
    }

    /** The chart in words, for a screen reader: each row's median and range. */
    public String description() {
        StringBuilder s = new StringBuilder(result.runtime()).append(", ns per access:");
        for (Timing t : rows) {
            s.append(String.format(Locale.ROOT, " %s %s median %.2f (%.2f to %.2f);", t.variant(), t.access().id(),
                    t.spread().median(), t.spread().min(), t.spread().max()));
        }
        return s.toString();
    }

    /** 1, 2 or 5 times a power of ten. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }
}
