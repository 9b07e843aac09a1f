package dev.slotscope.drawing;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.ObjectLayout;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The drawer's slide mode: names a projector can show, no offsets it cannot. */
class SlideDrawerTest {

    /** Rows one line high, as a slide draws them. */
    private final DrawingMetrics m = new DrawingMetrics(12, 64, 30, 6, 30, 14, 56, 12, 32, 12, 12, 12);
    private final LayoutDrawer slides = LayoutDrawer.forSlides(m, TextWidth.estimate(m));
    private final AttributeNames xy = AttributeNames.parse("x, y");

    private ObjectLayout python(CPythonVersion version) {
        return new CPythonLens().describe(version, Variant.STANDARD, xy).layout();
    }

    @Test
    void boxesAndCalloutsCarryNamesWithoutOffsets() {
        Drawing drawing = slides.draw(python(CPythonVersion.V3_12));
        assertTrue(drawing.boxes().stream().allMatch(b -> b.detail().isEmpty()), "no '+24 · 8' on a slide");
        assertTrue(drawing.callouts().stream().allMatch(c -> c.detail().isEmpty()));
        assertTrue(drawing.remarks().stream().noneMatch(r -> r.text().matches(".*hash -?\\d{6,}.*")),
                "a key's line says where it lands, not its nineteen digits: " + drawing.remarks());
        assertTrue(drawing.remarks().stream().anyMatch(r -> r.text().equals("#0 'x':  hash & 63 = 35 → slot 35")));
        assertTrue(new LayoutDrawer(DrawingMetrics.CLASSROOM).draw(python(CPythonVersion.V3_12)).brackets().isEmpty(),
                "the window's drawing has no brackets");
    }

    @Test
    void aRunOfNarrowBoxesHasItsNamesInOrderOverOneBracket() {
        Drawing drawing = slides.draw(python(CPythonVersion.V3_12));
        Drawing.Bracket keys = drawing.brackets().stream().filter(b -> b.labels().contains("log2 size")).findFirst()
                .orElseThrow();
        assertEquals(0, Collections.indexOfSubList(keys.labels(), List.of("log2 size", "log2 index bytes", "kind")),
                keys.labels().toString());
        assertEquals(keys.labels().size() - 1, keys.ticks().size(), "a tick where two boxes meet");
        List<Drawing.Box> under = drawing.boxes().stream().filter(b -> b.objectId().equals(keys.objectId())
                && b.y() == keys.rowTop() && b.x() >= keys.x() - 0.5 && b.x() + b.width() <= keys.right() + 0.5).toList();
        assertEquals(keys.labels(), under.stream().map(b -> b.region().label()).toList(), "the bracket spans its boxes");
        assertTrue(under.stream().allMatch(b -> b.label().isEmpty()));
        assertTrue(keys.lineY() < keys.rowTop() && keys.y() < keys.lineY());
    }

    @Test
    void aClassObjectFoldsToOneBoxAndKeepsItsPointer() {
        ObjectLayout layout = python(CPythonVersion.V3_12);
        String classId = layout.classObject().orElseThrow().id();
        Drawing drawing = slides.draw(layout);
        List<Drawing.Box> boxes = drawing.boxes().stream().filter(b -> b.objectId().equals(classId)).toList();
        assertEquals(2, boxes.size(), "ht_cached_keys, and the rest: " + boxes);
        assertTrue(boxes.stream().anyMatch(b -> b.folded() && b.label().equals("928 bytes, folded")));
        assertTrue(drawing.arrows().stream().anyMatch(a -> a.fromObjectId().equals(classId)),
                "the class still leads to the shared keys");
    }

    @Test
    void anInternedStringTakesItsBytesIntoItsRowAndEmptyBucketsFoldIntoRuns() {
        ObjectLayout layout = new JvmLens().describe(JvmVariant.STANDARD, xy, JvmMode.COMPRESSED).layout();
        Drawing drawing = slides.draw(layout);
        assertFalse(drawing.titles().stream().anyMatch(t -> t.text().startsWith("byte[")), "no title of its own");
        assertTrue(drawing.boxes().stream().anyMatch(b -> b.folded() && b.label().equals("byte[1] of \"x\" · 24 bytes")));
        List<String> buckets = drawing.boxes().stream().map(Drawing.Box::label).filter(l -> l.startsWith("buckets ")).toList();
        assertEquals(List.of("buckets 0–7 empty", "buckets 10–15 empty"), buckets, "'x' and 'y' sit in buckets 8 and 9");
        String keyed = "[8] → \"x\"";
        assertTrue(drawing.brackets().stream().anyMatch(b -> b.labels().contains(keyed))
                || drawing.callouts().stream().anyMatch(c -> c.label().equals(keyed))
                || drawing.boxes().stream().anyMatch(b -> b.label().equals(keyed)), "a bucket with a key keeps it");
    }
}
