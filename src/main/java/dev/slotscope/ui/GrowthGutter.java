package dev.slotscope.ui;

import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.Transitions;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many lanes the gutter keeps through one growth sequence: as many as the arrows of its
 * busiest step need, counting the old table drawn while a table is replaced. Each step is
 * measured once, when it first appears; a new sequence, or a new scale, starts afresh.
 */
final class GrowthGutter {

    private final Map<GrowthStep, Integer> measured = new IdentityHashMap<>();
    private DrawingMetrics metrics;
    private GrowthStep first;

    /** The lanes for {@code steps} drawn by {@code drawer} at {@code metrics}; 0 for no steps. */
    int lanes(LayoutDrawer drawer, DrawingMetrics metrics, List<GrowthStep> steps) {
        if (steps.isEmpty()) {
            return 0;
        }
        if (!metrics.equals(this.metrics) || steps.get(0) != first) {
            measured.clear();
            this.metrics = metrics;
            first = steps.get(0);
        }
        int lanes = 0;
        for (int i = 0; i < steps.size(); i++) {
            GrowthStep before = steps.get(Math.max(0, i - 1));
            // Arriving adds the old table, if any, to the step's layout: never fewer lanes.
            lanes = Math.max(lanes, measured.computeIfAbsent(steps.get(i),
                    step -> drawer.lanes(Transitions.arrival(before, step))));
        }
        return lanes;
    }
}
