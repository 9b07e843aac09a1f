package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.HashTable;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.TableEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmGrowthTest {

    private final JvmGrowth growth = new JvmGrowth();

    private static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("attr" + i);
        }
        return names;
    }

    @Test
    void everyStepMatchesWhatHashMapDoes() {
        List<String> add = names(30);
        List<GrowthStep> steps = growth.grow(JvmVariant.STANDARD, AttributeNames.parse(""), add, JvmMode.LIVE);
        assertEquals(31, steps.size());
        assertEquals(0, steps.get(0).table().orElseThrow().slots(), "no table before the first put");
        Map<String, Object> reference = new HashMap<>();
        for (int k = 1; k <= add.size(); k++) {
            reference.put(add.get(k - 1), 1.5);
            HashTable table = steps.get(k).table().orElseThrow();
            int expectedSlots = k <= 12 ? 16 : k <= 24 ? 32 : 64;
            assertEquals(expectedSlots, table.slots(), "step " + k);
            assertEquals(k, table.entries().size());
            for (TableEntry e : table.entries()) {
                int h = e.key().hashCode();
                assertEquals(h ^ (h >>> 16), e.hash(), e.key());
                assertEquals((h ^ (h >>> 16)) & (table.slots() - 1), e.slot(), e.key());
            }
            assertTrue(steps.get(k).outcome() instanceof StepOutcome.Stored);
        }
        assertTrue(steps.get(13).bytesPerInstance() > steps.get(12).bytesPerInstance() + 32, "the table doubled");
    }

    @Test
    void aFieldClassRefusesAndStaysTheSame() {
        List<GrowthStep> steps = growth.grow(JvmVariant.SLOTTED, AttributeNames.DEFAULT, List.of("z"), JvmMode.LIVE);
        StepOutcome.Refused refused = (StepOutcome.Refused) steps.get(1).outcome();
        assertTrue(refused.message().startsWith("FieldPoint has no field 'z', and cannot get one: a Java class's fields"
                + " are fixed when it is compiled."), refused.message());
        assertEquals(steps.get(0).layout(), steps.get(1).layout());
    }

    @Test
    void theChildGrowsItsMapLikeStandard() {
        List<GrowthStep> steps = growth.grow(JvmVariant.CHILD_OF_SLOTTED, AttributeNames.DEFAULT, List.of("z", "w"), JvmMode.LIVE);
        assertEquals(0, steps.get(0).table().orElseThrow().slots());
        assertEquals(List.of("w", "z"), steps.get(2).table().orElseThrow().entries().stream().map(TableEntry::key).sorted().toList());
    }

    @Test
    void stepsGrownBeforeAreKeptAndTheRestWalkedAsIfAllWereNew() {
        List<String> add = names(14);
        for (JvmMode mode : JvmMode.values()) {
            List<GrowthStep> first = growth.grow(JvmVariant.STANDARD, AttributeNames.DEFAULT, add.subList(0, 11), mode);
            List<GrowthStep> more = growth.grow(JvmVariant.STANDARD, AttributeNames.DEFAULT, add, mode, first);
            assertEquals(growth.grow(JvmVariant.STANDARD, AttributeNames.DEFAULT, add, mode), more, mode.name());
            for (int k = 0; k < first.size(); k++) {
                assertSame(first.get(k), more.get(k), "step " + k + " is the one grown before");
            }
        }
    }
}
