package dev.slotscope.memory;

import dev.slotscope.runtime.MemoryPlanner;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryTest {

    @ParameterizedTest
    @CsvSource({"1000000,1000000", "'1,000,000',1000000", "1_000_000,1000000", "1e6,1000000", "250k,250000",
        "1M,1000000", "10000000,10000000", "1,1"})
    void parsesWhatUsersType(String text, long expected) {
        assertEquals(expected, InstanceCount.parse(text).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "10000001", "abc", "1.5", ""})
    void refusesBadCounts(String text) {
        assertThrows(IllegalArgumentException.class, () -> InstanceCount.parse(text));
    }

    @Test
    void sliderIsLogarithmicAndRoundsToReadableCounts() {
        assertEquals(1, InstanceCount.fromSliderPosition(0).value());
        assertEquals(10_000_000, InstanceCount.fromSliderPosition(7).value());
        assertEquals(1_000_000, InstanceCount.fromSliderPosition(6).value());
        assertEquals(3_200, InstanceCount.fromSliderPosition(3.5).value());
        assertEquals(6.0, InstanceCount.MILLION.sliderPosition(), 1e-12);
    }

    @Test
    void totalIsCountTimesOwnedPlusSharedOnce() {
        MemoryEstimate standard = new MemoryPlanner().cpython(CPythonVersion.V3_10, Variant.STANDARD,
                AttributeNames.DEFAULT, InstanceCount.MILLION);
        assertEquals(152L * 1_000_000 + 168, standard.totalBytes());
    }

    @Test
    void theLessonsMillionPointClaimHoldsOnlyForSomeVersions() {
        MemoryPlanner planner = new MemoryPlanner();
        for (CPythonVersion v : CPythonVersion.values()) {
            MemoryPlanner.Saving saving = MemoryPlanner.saving(
                    planner.cpython(v, Variant.STANDARD, AttributeNames.DEFAULT, InstanceCount.MILLION),
                    planner.cpython(v, Variant.SLOTTED, AttributeNames.DEFAULT, InstanceCount.MILLION));
            boolean expected = v == CPythonVersion.V3_11 || v.hasInlineValues();
            assertEquals(expected, saving.withinLessonClaim(), v + " saves " + saving.megabytes() + " MB");
        }
        MemoryPlanner.Saving on310 = MemoryPlanner.saving(
                planner.cpython(CPythonVersion.V3_10, Variant.STANDARD, AttributeNames.DEFAULT, InstanceCount.MILLION),
                planner.cpython(CPythonVersion.V3_10, Variant.SLOTTED, AttributeNames.DEFAULT, InstanceCount.MILLION));
        assertEquals(104.0, on310.megabytes(), 0.001);
        assertFalse(on310.withinLessonClaim());
    }

    @Test
    void pymallocRoundsSmallRequestsToSixteen() {
        assertEquals(48, Allocator.pymallocBlock(48));
        assertEquals(48, Allocator.pymallocBlock(40));
        assertEquals(528, Allocator.pymallocBlock(528), "past 512 bytes malloc is used");
        var layout = new dev.slotscope.cpython.CPythonLens().describe(CPythonVersion.V3_11, Variant.STANDARD,
                AttributeNames.DEFAULT).layout();
        assertEquals(56 + 32, layout.ownedBytes());
        assertEquals(64 + 32, Allocator.pymallocBytesPerInstance(layout));
        assertTrue(Allocator.pymallocBytesPerInstance(layout) >= layout.ownedBytes());
    }
}
