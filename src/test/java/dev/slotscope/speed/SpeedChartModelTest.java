package dev.slotscope.speed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The speed chart's rows and axis, decided once for the window and exported pictures. */
class SpeedChartModelTest {

    private static SpeedResult result(double... slottedWrites) {
        return new SpeedResult("CPython 3.12.1", "python3.12", "timeit", List.of(
                new Timing("standard", Access.READ, new Spread(List.of(10.67, 10.5, 10.75))),
                new Timing("standard", Access.WRITE, new Spread(List.of(18.2, 17.6, 18.7))),
                new Timing("slotted", Access.READ, new Spread(List.of(9.7, 9.6, 9.9))),
                new Timing("slotted", Access.WRITE, new Spread(java.util.Arrays.stream(slottedWrites).boxed().toList()))));
    }

    @Test
    void rowsGoAccessByAccessWithTheVariantsInTheirOrder() {
        SpeedChartModel chart = SpeedChartModel.of(result(10.7, 10.8, 10.9));
        assertEquals(List.of("standard · read", "slotted · read", "standard · write", "slotted · write"),
                chart.rows().stream().map(SpeedChartModel::label).toList());
        assertTrue(chart.first(chart.rows().get(0)));
        assertFalse(chart.first(chart.rows().get(1)));
    }

    @Test
    void theAxisStartsAtZeroAndEndsPastTheSlowestRunInStepsOfOneTwoOrFive() {
        SpeedChartModel chart = SpeedChartModel.of(result(10.7, 10.8, 10.9));
        assertEquals(0, chart.low());
        assertEquals(5, chart.step());
        assertEquals(20, chart.high());
        assertEquals(List.of(0.0, 5.0, 10.0, 15.0, 20.0), chart.ticks());
        assertEquals(0.5, chart.fraction(10));
    }

    @Test
    void aRunBelowZeroAfterTheBaselineIsSubtractedStaysOnTheAxis() {
        SpeedChartModel chart = SpeedChartModel.of(result(-0.52, -0.12, 0.1));
        assertTrue(chart.low() <= -0.52, "low " + chart.low());
        assertTrue(chart.fraction(-0.52) >= 0 && chart.fraction(18.7) <= 1);
        assertEquals(1, chart.ticks().stream().filter(t -> Math.abs(t) < 1e-9).count(), "zero is a tick");
    }

    @Test
    void mediansKeepHundredthsBelowTenNanoseconds() {
        SpeedChartModel chart = SpeedChartModel.of(result(-0.13, -0.12, -0.11));
        assertEquals("10.7 ns", SpeedChartModel.median(chart.rows().get(0)));
        assertEquals("9.70 ns", SpeedChartModel.median(chart.rows().get(1)));
        assertEquals("-0.12 ns", SpeedChartModel.median(chart.rows().get(3)));
    }
}
