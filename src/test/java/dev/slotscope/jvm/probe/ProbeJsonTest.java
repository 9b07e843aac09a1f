package dev.slotscope.jvm.probe;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.HashTable;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.TableEntry;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.KeyIndex;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the probe writes is read back as the same values: nothing lost between the child VM and this one. */
class ProbeJsonTest {

    @Test
    void aWalkedGraphSurvivesTheTrip() throws Exception {
        JvmObject object = new JvmLens().describe(JvmVariant.CHILD_OF_SLOTTED, AttributeNames.parse("x,y,z"), JvmMode.LIVE);
        JvmObject back = ProbeJson.object(ProbeJson.MAPPER.readTree(ProbeJson.object(object).toString()));
        assertEquals(object, back);
    }

    @Test
    void everyPartOfALayoutAndAStepSurvivesTheTrip() throws Exception {
        MemoryObject keys = new MemoryObject("keys", "keys table", "PyDictKeysObject", true,
                List.of(Region.of(0, 8, RegionKind.REFCOUNT, "refcnt"),
                        Region.of(8, 8, RegionKind.TYPE_POINTER, "type").pointingTo("class").withNote("a note")),
                Optional.of(new KeyIndex(8, List.of(new KeyIndex.Key(0, "x", -42L, 3)))));
        MemoryObject instance = new MemoryObject("instance", "P instance", "P", false,
                List.of(Region.of(0, 8, RegionKind.MARK_WORD, "mark"),
                        Region.of(8, 4, RegionKind.REFERENCE, "keys").pointingTo("keys").declaredBy("demo.P")));
        MemoryObject klass = new MemoryObject("class", "class P", "PyHeapTypeObject", true,
                List.of(Region.of(0, 16, RegionKind.FIELD, "type")));
        ObjectLayout layout = new ObjectLayout(instance, List.of(keys), Optional.of(klass));
        for (StepOutcome outcome : List.of(new StepOutcome.Constructed(), new StepOutcome.Stored("z"),
                new StepOutcome.Refused("w", "AttributeError: no"))) {
            GrowthStep step = new GrowthStep(2, outcome, layout, 12,
                    Optional.of(new HashTable(8, List.of(new TableEntry("x", 1L << 40, 3)), Optional.of(true))));
            assertEquals(step, ProbeJson.step(ProbeJson.MAPPER.readTree(ProbeJson.step(step).toString())));
        }
    }
}
