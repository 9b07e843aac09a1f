package dev.slotscope.memory;

import java.util.List;

/**
 * A linear chart axis from 0 to {@code max}, with the ticks it labels.
 *
 * @param title what the axis measures, with its unit
 * @param max   the value at the axis's far end; 0 is at its start
 * @param ticks the labelled values, from 0 to {@code max} in equal steps
 */
public record ChartAxis(String title, double max, List<Tick> ticks) {

    public ChartAxis {
        ticks = List.copyOf(ticks);
        if (!(max > 0)) {
            throw new IllegalArgumentException("an axis must end above 0, not at " + max);
        }
    }

    /** Where a value lies along the axis: 0 at its start, 1 at its end. */
    public double fraction(double value) {
        return value / max;
    }

    /** A labelled value on an axis. */
    public record Tick(double value, String label) {
    }
}
