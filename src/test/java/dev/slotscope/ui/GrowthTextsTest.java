package dev.slotscope.ui;

import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The growth bar's sentences, decided without a window. */
class GrowthTextsTest {

    private static final List<String> XY = List.of("x", "y");

    @Test
    void theAttributesAreThoseOfTheStepShown() {
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_12, Variant.STANDARD, AttributeNames.DEFAULT,
                List.of("z", "w"));
        assertEquals(XY, GrowthViewModel.attributesAt(XY, steps, 0));
        assertEquals(List.of("x", "y", "z"), GrowthViewModel.attributesAt(XY, steps, 1));
        assertEquals(List.of("x", "y", "z", "w"), GrowthViewModel.attributesAt(XY, steps, 2));
        assertEquals("Attributes: x, y, z, w.", GrowthViewModel.attributesSentence(GrowthViewModel.attributesAt(XY, steps, 2)));
        assertEquals("No attributes.", GrowthViewModel.attributesSentence(List.of()));
    }

    @Test
    void aRefusedAttributeIsNotAmongThem() {
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_12, Variant.SLOTTED, AttributeNames.DEFAULT,
                List.of("z"));
        assertEquals(XY, GrowthViewModel.attributesAt(XY, steps, 1));
    }

    @Test
    void aStoredStepSaysWhatItCostsAndWhatTheObjectsAre() {
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_10, Variant.STANDARD, AttributeNames.DEFAULT,
                List.of("z"));
        String text = GrowthViewModel.storedText(steps.get(1), "z");
        String[] lines = text.split("\n");
        assertEquals(2, lines.length, text);
        assertTrue(lines[0].startsWith("obj.z = 1.5 stored: " + steps.get(1).bytesPerInstance() + " bytes per instance; table of "),
                lines[0]);
        assertTrue(lines[0].contains("sys.getsizeof(obj) "), lines[0]);
        assertEquals("4 objects drawn: StandardPoint instance, __dict__ (split), values array, shared keys of the class.", lines[1]);
    }

    @Test
    void aHashMapsTableCountsBucketsADictsIndexSlots() {
        List<GrowthStep> jvm = new JvmGrowth().grow(JvmVariant.STANDARD, AttributeNames.DEFAULT, List.of("z"),
                JvmMode.COMPRESSED, List.of());
        assertTrue(GrowthViewModel.storedText(jvm.get(1), "z").contains("; table of 16 buckets, 3 entries"),
                GrowthViewModel.storedText(jvm.get(1), "z"));
        List<GrowthStep> python = new CPythonGrowth().grow(CPythonVersion.V3_10, Variant.STANDARD, AttributeNames.DEFAULT,
                List.of("z"));
        assertTrue(GrowthViewModel.storedText(python.get(1), "z").contains(" slots, 3 entries"),
                GrowthViewModel.storedText(python.get(1), "z"));
    }

    @Test
    void manyObjectsAreCountedByClass() {
        List<GrowthStep> steps = new JvmGrowth().grow(JvmVariant.STANDARD, AttributeNames.DEFAULT, List.of("z"),
                JvmMode.COMPRESSED, List.of());
        String text = GrowthViewModel.objectsText(steps.get(1).layout());
        int count = steps.get(1).layout().objects().size();
        assertTrue(count > 5, "the map's nodes and keys: " + count);
        assertTrue(text.startsWith(count + " objects drawn: MapPoint, HashMap, "), text);
        assertTrue(text.contains("3 × HashMap.Node"), text);
        assertTrue(text.contains("HashMap.Node[]") && !text.contains("[L"), "arrays as source names them: " + text);
    }

    @Test
    void onlyTheChildOfASlottedClassIsACaution() {
        assertEquals(ViewState.Tone.CAUTION, GrowthViewModel.storedTone(new ClassChoice.Python(Variant.CHILD_OF_SLOTTED)));
        assertEquals(ViewState.Tone.CAUTION, GrowthViewModel.storedTone(new ClassChoice.Java(JvmVariant.CHILD_OF_SLOTTED)));
        assertEquals(ViewState.Tone.GOOD, GrowthViewModel.storedTone(new ClassChoice.Python(Variant.STANDARD)));
    }

    @Test
    void theComparisonsToneFollowsTheBytes() {
        assertEquals(ViewState.Tone.PLAIN, ViewStates.tone(true, 80, 80));
        assertEquals(ViewState.Tone.GOOD, ViewStates.tone(false, 48, 80));
        assertEquals(ViewState.Tone.CAUTION, ViewStates.tone(false, 80, 80));
        assertEquals(ViewState.Tone.CAUTION, ViewStates.tone(false, 88, 80));
    }
}
