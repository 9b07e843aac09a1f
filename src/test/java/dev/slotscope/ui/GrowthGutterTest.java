package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.Drawing;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.Transitions;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrowthGutterTest {

    private final DrawingMetrics m = DrawingMetrics.CLASSROOM;
    private final LayoutDrawer drawer = new LayoutDrawer(m);

    private static List<String> names(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "a" + i).toList();
    }

    /** The lanes step {@code i} needs on its own, arriving from the step before it. */
    private int ownLanes(List<GrowthStep> steps, int i) {
        return drawer.lanes(Transitions.arrival(steps.get(Math.max(0, i - 1)), steps.get(i)));
    }

    @Test
    void theStepsOfAMapsGrowthShareTheGutterOfTheBusiestSoObjectsKeepTheirPlaces() {
        List<GrowthStep> steps = new JvmGrowth().grow(JvmVariant.STANDARD, AttributeNames.parse(""), names(13), JvmMode.LIVE);
        int busiest = IntStream.range(0, steps.size()).map(i -> ownLanes(steps, i)).max().orElseThrow();
        assertTrue(ownLanes(steps, 3) < busiest, "each node's arrow needs a lane of its own: the gutter grows with the map");

        int lanes = new GrowthGutter().lanes(drawer, m, steps);
        assertEquals(busiest, lanes);
        // The instance and the HashMap are drawn first and never change size: in every step
        // they stay where they were, to the pixel.
        LayoutDrawer shared = drawer.withLanes(lanes);
        Drawing first = shared.draw(steps.get(0).layout());
        for (GrowthStep step : steps) {
            Drawing drawing = shared.draw(step.layout());
            assertEquals(first.titles().get(0), drawing.titles().get(0), "step " + step.step());
            assertEquals(first.titles().get(1), drawing.titles().get(1), "step " + step.step());
        }
    }

    @Test
    void aNewSequenceStartsAfresh() {
        GrowthGutter gutter = new GrowthGutter();
        List<GrowthStep> map = new JvmGrowth().grow(JvmVariant.STANDARD, AttributeNames.parse(""), names(13), JvmMode.LIVE);
        List<GrowthStep> dict = new CPythonGrowth().grow(CPythonVersion.V3_12, Variant.STANDARD, AttributeNames.DEFAULT, names(2));
        int mapLanes = gutter.lanes(drawer, m, map);
        int dictLanes = gutter.lanes(drawer, m, dict);
        assertTrue(dictLanes < mapLanes);
        assertEquals(IntStream.range(0, dict.size()).map(i -> ownLanes(dict, i)).max().orElseThrow(), dictLanes);
        // A sequence that grows by a step keeps what it had and measures the new step.
        assertEquals(gutter.lanes(drawer, m, map.subList(0, 4)),
                IntStream.range(0, 4).map(i -> ownLanes(map, i)).max().orElseThrow());
        assertEquals(mapLanes, gutter.lanes(drawer, m, map));
        assertEquals(0, gutter.lanes(drawer, m, List.of()));
    }
}
