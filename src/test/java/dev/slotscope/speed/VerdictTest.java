package dev.slotscope.speed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spread of made-up runs, and what a verdict says about two of them. */
class VerdictTest {

    private static Timing timing(String variant, Access access, Double... nanos) {
        return new Timing(variant, access, new Spread(List.of(nanos)));
    }

    @Test
    void spreadKeepsEveryRunAndOrdersThemForItsFigures() {
        Spread spread = new Spread(List.of(9.0, 3.0, 5.0, 1.0, 7.0));
        assertEquals(List.of(9.0, 3.0, 5.0, 1.0, 7.0), spread.nanos());
        assertEquals(1.0, spread.min());
        assertEquals(5.0, spread.median());
        assertEquals(9.0, spread.max());
        assertEquals(3.0, spread.lowerQuartile());
        assertEquals(7.0, spread.upperQuartile());
        assertEquals(4.5, new Spread(List.of(6.0, 3.0, 1.0, 9.0)).median());
        assertThrows(IllegalArgumentException.class, () -> new Spread(List.of()));
    }

    @Test
    void fasterInEveryRunIsADifferenceEvenWhenOneRunWasSlowedForBoth() {
        // The fifth run was slowed for both variants: their ranges overlap, but slotted won every pair.
        Timing standard = timing("standard", Access.READ, 10.0, 10.2, 10.1, 10.3, 19.9, 10.0, 10.4);
        Timing slotted = timing("slotted", Access.READ, 8.0, 8.1, 7.9, 8.2, 14.0, 8.3, 8.1);
        Verdict verdict = Verdict.of("CPython 3.9.18", standard, slotted);
        assertTrue(verdict.beyondNoise());
        assertEquals(8.1 / 10.2, verdict.ratio(), 1e-9);
        assertEquals("Slotted reads 2.10 ns per access faster than standard on CPython 3.9.18 (medians standard 10.20 ns,"
                + " slotted 8.10 ns per access; faster in every one of 7 runs, timed side by side).", verdict.sentence());
    }

    @Test
    void oneRunTheOtherWayIsNoise() {
        Timing standard = timing("standard", Access.READ, 10.0, 10.2, 10.1, 10.3, 9.9, 10.0, 10.4);
        Timing slotted = timing("slotted", Access.READ, 8.0, 8.1, 7.9, 8.2, 10.5, 8.3, 8.1);
        assertFalse(Verdict.of("CPython 3.9.18", standard, slotted).beyondNoise());
    }

    @Test
    void overlappingRunsAreNoise() {
        Timing standard = timing("standard", Access.WRITE, 1.0, 0.4, 0.6, 0.9, 0.5);
        Timing slotted = timing("slotted", Access.WRITE, 0.7, 0.3, 0.8, 0.5, 0.6);
        Verdict verdict = Verdict.of("CPython 3.12.1", standard, slotted);
        assertFalse(verdict.beyondNoise());
        assertEquals("Writes: no difference beyond noise on CPython 3.12.1 (medians standard 0.60 ns, slotted 0.60 ns"
                + " per access; neither was faster in every one of 5 runs).", verdict.sentence());
    }

    @Test
    void runsThatCannotBePairedAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Verdict.of("JDK 17", timing("standard", Access.READ, 1.0, 2.0, 3.0),
                timing("slotted", Access.READ, 1.0, 2.0)));
    }

    @Test
    void theFirstVariantCanBeTheFasterOne() {
        Timing standard = timing("standard", Access.READ, 2.0, 2.1, 2.0);
        Timing slotted = timing("slotted", Access.READ, 4.0, 4.1, 4.0);
        assertTrue(Verdict.of("JDK 17", standard, slotted).sentence().startsWith("Standard reads 2.00 ns per access faster"
                + " than slotted on JDK 17"));
    }

    @Test
    void aResultJudgesTheFirstTwoVariantsForEachAccess() {
        SpeedResult result = new SpeedResult("JDK 17", "this VM", "loops", List.of(
                timing("standard", Access.READ, 2.0, 2.1, 2.0), timing("standard", Access.WRITE, 5.0, 5.1, 5.0),
                timing("slotted", Access.READ, 0.3, 0.3, 0.4), timing("slotted", Access.WRITE, 0.3, 0.2, 0.3),
                timing("slotted-weakref", Access.READ, 0.3, 0.3, 0.4)));
        assertEquals(List.of("standard", "slotted", "slotted-weakref"), result.variants());
        assertEquals(List.of(Access.READ, Access.WRITE), result.verdicts().stream().map(Verdict::access).toList());
        assertTrue(result.verdicts().stream().allMatch(v -> v.first().variant().equals("standard")
                && v.second().variant().equals("slotted")));
        assertThrows(IllegalArgumentException.class, () -> Verdict.of("JDK 17", result.timings().get(0), result.timings().get(3)));
    }
}
