package dev.slotscope.growth;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransitionsTest {

    private static List<String> names(String prefix, int n) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(prefix + i);
        }
        return names;
    }

    @Test
    void everyCPythonStepProbesToTheSlotItsEntryHolds() {
        for (CPythonVersion version : CPythonVersion.values()) {
            List<GrowthStep> steps = new CPythonGrowth().grow(version, Variant.STANDARD, AttributeNames.DEFAULT, names("a", 30));
            for (int k = 1; k < steps.size(); k++) {
                List<Beat> beats = Transitions.between(steps.get(k - 1), steps.get(k));
                String key = ((StepOutcome.Stored) steps.get(k).outcome()).attribute();
                TableEntry added = steps.get(k).table().orElseThrow().entries().stream()
                        .filter(e -> e.key().equals(key)).findFirst().orElseThrow();
                Beat last = beats.get(beats.size() - 1);
                assertTrue(last.caption().startsWith("Entry "), last.caption());
                assertTrue(last.caption().contains("slot " + added.slot() + " now holds"), version + " " + last.caption());
                assertFalse(last.highlights().isEmpty(), "the slot and the entry light up");
                Beat probeEnd = beats.get(beats.size() - 2);
                assertTrue(probeEnd.caption().endsWith("slot " + added.slot()), version + " " + probeEnd.caption());
            }
        }
    }

    @Test
    void aResizeMovesEveryEntryAndTheDictIsMadeOn311() {
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_11, Variant.STANDARD, AttributeNames.DEFAULT,
                List.of("a1", "a2"));
        List<Beat> beats = Transitions.between(steps.get(1), steps.get(2));
        assertTrue(beats.get(0).caption().startsWith("The class's shared keys are full"), beats.get(0).caption());
        assertEquals("A new table of 16 slots: the entries move in, one by one", beats.get(1).caption());
        assertEquals(3, beats.stream().filter(b -> b.caption().matches("'\\w+' → slot \\d+")).count(), "x, y and a1 move");
    }

    @Test
    void onTheJvmAResizeSplitsChainsIntoLowAndHighHalves() {
        List<GrowthStep> steps = new JvmGrowth().grow(JvmVariant.STANDARD, AttributeNames.parse(""), names("k", 13), JvmMode.LIVE);
        List<Beat> first = Transitions.between(steps.get(0), steps.get(1));
        assertEquals("The first put makes the table: 16 buckets", first.get(0).caption());
        List<Beat> resize = Transitions.between(steps.get(12), steps.get(13));
        assertTrue(resize.get(0).caption().startsWith("More than 3/4 full: the table doubles from 16 to 32 buckets"));
        assertEquals(12, resize.stream().filter(b -> b.caption().contains("half")).count());
        assertTrue(resize.get(resize.size() - 1).caption().startsWith("A new Node joins bucket "));
        assertFalse(resize.get(resize.size() - 1).highlights().isEmpty());
    }

    @Test
    void theReplacedTableIsShownOnlyWhenATableReallyIsReplaced() {
        List<GrowthStep> jvm = new JvmGrowth().grow(JvmVariant.STANDARD, AttributeNames.parse(""), names("k", 13), JvmMode.LIVE);
        var old = Transitions.replacedTable(jvm.get(12), jvm.get(13)).orElseThrow();
        assertEquals(Transitions.OLD_TABLE, old.id());
        assertTrue(old.label().startsWith("old table (16 slots)"));
        assertTrue(old.regions().stream().allMatch(r -> r.pointsTo().isEmpty()), "its pointers are not drawn");
        assertTrue(Transitions.replacedTable(jvm.get(11), jvm.get(12)).isEmpty(), "no resize");
        List<GrowthStep> py38 = new CPythonGrowth().grow(CPythonVersion.V3_8, Variant.STANDARD, AttributeNames.DEFAULT, names("a", 4));
        assertTrue(Transitions.replacedTable(py38.get(3), py38.get(4)).isPresent(), "3.8 replaces the class's keys");
        List<GrowthStep> py311 = new CPythonGrowth().grow(CPythonVersion.V3_11, Variant.STANDARD, AttributeNames.DEFAULT, names("a", 9));
        assertTrue(Transitions.replacedTable(py311.get(1), py311.get(2)).isEmpty(), "the class's keys stay");
        assertTrue(Transitions.replacedTable(py311.get(8), py311.get(9)).isPresent(), "the dict's own table grows");
    }

    @Test
    void aRefusalIsOneBeatSayingNothingChanges() {
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_12, Variant.SLOTTED, AttributeNames.DEFAULT, List.of("z"));
        assertEquals(List.of(new Beat("'z' is refused: the object stays exactly as it was.", List.of())),
                Transitions.between(steps.get(0), steps.get(1)));
    }
}
