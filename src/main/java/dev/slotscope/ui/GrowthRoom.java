package dev.slotscope.ui;

import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.drawing.Room;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.Transitions;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The room the drawings of one growth sequence share: as many lanes in the gutter as the arrows of
 * its busiest step need, and the height of its tallest, counting the old table drawn while a table
 * is replaced. Shared, a step moves no object sideways and does not resize the view, either of
 * which repaints the whole drawing. Each step is measured once, when it first appears; a new
 * sequence, or a new scale, starts afresh.
 */
final class GrowthRoom {

    private final Map<GrowthStep, Room> measured = new IdentityHashMap<>();
    private DrawingMetrics metrics;
    private GrowthStep first;

    /** The room for {@code steps} drawn by {@code drawer} at {@code metrics}; {@link Room#NONE} for no steps. */
    Room room(LayoutDrawer drawer, DrawingMetrics metrics, List<GrowthStep> steps) {
        if (steps.isEmpty()) {
            return Room.NONE;
        }
        if (!metrics.equals(this.metrics) || steps.get(0) != first) {
            measured.clear();
            this.metrics = metrics;
            first = steps.get(0);
        }
        Room room = Room.NONE;
        for (int i = 0; i < steps.size(); i++) {
            GrowthStep before = steps.get(Math.max(0, i - 1));
            // Arriving adds the old table, if any, to the step's layout: never less room.
            room = room.and(measured.computeIfAbsent(steps.get(i), step -> drawer.room(Transitions.arrival(before, step))));
        }
        return room;
    }
}
