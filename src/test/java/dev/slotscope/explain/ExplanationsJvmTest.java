package dev.slotscope.explain;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static dev.slotscope.explain.ExplanationsCPythonTest.assertComplete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every box of every JVM layout the app draws, in every VM mode, gets a complete explanation. */
class ExplanationsJvmTest {

    private static final AttributeNames ATTRS = AttributeNames.parse("x, y");
    private static final Set<RegionKind> JVM_KINDS = EnumSet.of(RegionKind.MARK_WORD, RegionKind.CLASS_WORD,
            RegionKind.ARRAY_LENGTH, RegionKind.FIELD, RegionKind.REFERENCE, RegionKind.ELEMENT, RegionKind.PADDING, RegionKind.BUCKET);

    /** One drawn box: the mode of its layout and the object holding the region. */
    private record Box(JvmMode mode, JvmVariant variant, MemoryObject object, Region region) {
    }

    private static final List<Box> ALL = allBoxes();

    private static List<Box> allBoxes() {
        List<Box> boxes = new ArrayList<>();
        JvmLens lens = new JvmLens();
        for (JvmVariant variant : JvmVariant.values()) {
            for (JvmMode mode : JvmMode.values()) {
                List<ObjectLayout> layouts = new ArrayList<>();
                layouts.add(lens.describe(variant, ATTRS, mode).layout());
                if (variant.takesAttributes()) {
                    new JvmGrowth().grow(variant, ATTRS, List.of("z", "w", "v", "u", "t", "s"), mode).stream()
                            .map(GrowthStep::layout).forEach(layouts::add);
                }
                for (ObjectLayout layout : layouts) {
                    for (MemoryObject object : layout.objects()) {
                        for (Region region : object.regions()) {
                            boxes.add(new Box(mode, variant, object, region));
                        }
                    }
                }
            }
        }
        return boxes;
    }

    private static List<Box> boxes(JvmMode mode, Predicate<Box> which) {
        return ALL.stream().filter(b -> b.mode == mode).filter(which).toList();
    }

    private static Explanation explain(Box box) {
        return Explanations.jvm(box.object, box.region);
    }

    @Test
    void everyDrawnBoxIsExplainedWithAndWithoutItsObject() {
        Set<RegionKind> seen = EnumSet.noneOf(RegionKind.class);
        for (Box box : ALL) {
            seen.add(box.region.kind());
            String where = box.mode + " " + box.variant.id() + " " + box.object.type() + " " + box.region;
            assertComplete(explain(box), box.region, where);
            assertComplete(Explanations.jvm(box.region), box.region, where + " (region only)");
        }
        assertEquals(JVM_KINDS, seen, "the layouts reach every JVM kind");
    }

    @Test
    void hashMapNodesAndTableNameTheirJdkFields() {
        Box hash = boxes(JvmMode.COMPRESSED, b -> b.object.type().equals("java.util.HashMap$Node")
                && b.region.label().equals("hash")).get(0);
        Explanation e = explain(hash);
        assertEquals("java.util.HashMap.Node.hash", e.definedIn());
        assertEquals("field hash, offset 12, 4 bytes", e.spoken());
        for (String name : List.of("key", "value", "next")) {
            Box field = boxes(JvmMode.COMPRESSED, b -> b.object.type().equals("java.util.HashMap$Node")
                    && b.region.label().equals(name)).get(0);
            assertEquals("java.util.HashMap.Node." + name, explain(field).definedIn());
        }
        Box bucket = boxes(JvmMode.COMPRESSED, b -> b.region.kind() == RegionKind.BUCKET
                && b.region.label().contains(" → ")).get(0);
        assertEquals("java.util.HashMap.table (Node<K,V>[])", explain(bucket).definedIn());
        assertTrue(explain(bucket).title().matches("bucket \\[\\d+] → \"[xy]\""), explain(bucket).title());
        Box table = boxes(JvmMode.COMPRESSED, b -> b.object.type().equals("java.util.HashMap")
                && b.region.label().equals("table")).get(0);
        assertEquals("java.util.HashMap.table", explain(table).definedIn());
    }

    @Test
    void lessonFieldsNameTheirDeclaringClass() {
        Box inherited = boxes(JvmMode.COMPRESSED, b -> b.variant == JvmVariant.CHILD_OF_SLOTTED
                && b.object.id().equals("instance") && b.region.label().equals("x")).get(0);
        assertEquals("dev.slotscope.jvm.lesson.ExtensiblePoint.x", explain(inherited).definedIn());
        Box reference = boxes(JvmMode.COMPRESSED, b -> b.variant == JvmVariant.STANDARD
                && b.object.id().equals("instance") && b.region.kind() == RegionKind.REFERENCE).get(0);
        assertEquals("dev.slotscope.jvm.lesson.MapPoint.attributes", explain(reference).definedIn());
    }

    @Test
    void headerWordsNameHotSpotSources() {
        Explanation mark = explain(boxes(JvmMode.COMPRESSED, b -> b.region.kind() == RegionKind.MARK_WORD).get(0));
        assertEquals("src/hotspot/share/oops/markWord.hpp: markWord; src/hotspot/share/oops/oop.hpp: oopDesc::_mark",
                mark.definedIn());
        Explanation klass = explain(boxes(JvmMode.COMPRESSED, b -> b.region.kind() == RegionKind.CLASS_WORD).get(0));
        assertTrue(klass.definedIn().startsWith("src/hotspot/share/oops/oop.hpp: oopDesc::_metadata"));
        assertTrue(klass.what().contains("compressed class pointer"), klass.what());
        Explanation wide = explain(boxes(JvmMode.BIT32, b -> b.region.kind() == RegionKind.CLASS_WORD).get(0));
        assertTrue(wide.what().contains("32-bit VM"), wide.what());
        Explanation length = explain(boxes(JvmMode.COMPRESSED, b -> b.region.kind() == RegionKind.ARRAY_LENGTH).get(0));
        assertTrue(length.definedIn().startsWith("src/hotspot/share/oops/arrayOop.hpp"), length.definedIn());
        Explanation bytes = explain(boxes(JvmMode.COMPRESSED, b -> b.object.type().equals("byte[]")
                && b.region.kind() == RegionKind.ELEMENT).get(0));
        assertEquals("byte[]; src/hotspot/share/oops/arrayOop.hpp: arrayOopDesc::base_offset_in_bytes", bytes.definedIn());
        assertTrue(length.what().contains("klass gap"), length.what());
        Explanation tail = explain(boxes(JvmMode.COMPRESSED, b -> b.region.label().equals("tail padding")).get(0));
        assertEquals("src/hotspot/share/runtime/globals.hpp: ObjectAlignmentInBytes", tail.definedIn());
    }

    @Test
    void aMeasuredMarkWordIsExplainedBitByBitAndContendedPaddingAsSuch() {
        Explanation mark = explain(boxes(JvmMode.LIVE, b -> b.region.kind() == RegionKind.MARK_WORD).get(0));
        assertTrue(mark.what().contains("Read from this object: 0x0000000000000001, that is, as markWord.hpp (JDK "
                + Runtime.version().feature() + ") lays the bits out, hash:31 = 0 (not computed yet)"), mark.what());
        assertTrue(mark.what().contains("Slotscope makes none, so it is still 0."), mark.what());
        Explanation estimated = explain(boxes(JvmMode.COMPRESSED, b -> b.region.kind() == RegionKind.MARK_WORD).get(0));
        assertTrue(!estimated.what().contains("Read from"), estimated.what());
        Region padding = Region.of(92, 132, RegionKind.PADDING, "contended padding");
        Explanation contended = Explanations.jvm(new MemoryObject("instance", "Thread instance", "java.lang.Thread", false,
                List.of(Region.of(0, 92, RegionKind.FIELD, "fields"), padding)), padding);
        assertTrue(contended.what().contains("@Contended"), contended.what());
        assertTrue(contended.definedIn().contains("ContendedPaddingWidth"), contended.definedIn());
    }

    @Test
    void compactHeadersHaveNoClassWordAndSayTheMarkWordHoldsTheClass() {
        assertTrue(boxes(JvmMode.COMPACT_HEADERS, b -> b.region.kind() == RegionKind.CLASS_WORD).isEmpty());
        Explanation mark = explain(boxes(JvmMode.COMPACT_HEADERS, b -> b.region.kind() == RegionKind.MARK_WORD).get(0));
        assertTrue(mark.what().contains("class pointer"), mark.what());
        assertTrue(mark.history().contains("JEP 450"), mark.history());
    }

    @Test
    void refusesRegionsOfOtherLenses() {
        Region refcount = Region.of(0, 8, RegionKind.REFCOUNT, "refcnt");
        assertThrows(IllegalArgumentException.class, () -> Explanations.jvm(refcount));
    }
}
