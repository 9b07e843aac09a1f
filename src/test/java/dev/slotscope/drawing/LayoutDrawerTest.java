package dev.slotscope.drawing;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.layout.ObjectLayout;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutDrawerTest {

    private final DrawingMetrics m = DrawingMetrics.CLASSROOM;

    private ObjectLayout layout(CPythonVersion v, Variant variant, String attrs) {
        return new CPythonLens().describe(v, variant, AttributeNames.parse(attrs)).layout();
    }

    @Test
    void boxesAreToScaleAndCoverEveryByteOfEveryRegion() {
        ObjectLayout layout = layout(CPythonVersion.V3_10, Variant.STANDARD, "x, y");
        Drawing drawing = new LayoutDrawer(m).draw(layout);
        Map<String, Double> drawnWidth = new HashMap<>();
        for (Drawing.Box box : drawing.boxes()) {
            assertTrue(box.x() + box.width() <= drawing.width(), "inside the drawing");
            if (!box.folded()) {
                drawnWidth.merge(box.objectId() + box.region(), box.width(), Double::sum);
            }
        }
        layout.objects().forEach(o -> o.regions().forEach(r -> {
            Double width = drawnWidth.get(o.id() + r);
            assertTrue(width != null, "drawn: " + o.id() + " " + r);
            assertEquals(r.size() * m.pixelsPerByte(), width, 1e-9, o.id() + " " + r);
        }));
        long folded = drawing.boxes().stream().filter(Drawing.Box::folded).count();
        assertEquals(0, folded, "nothing in a 3.10 x, y layout is long enough to fold");
    }

    @Test
    void longRunsOfFreeRoomAreShortenedAndSaySo() {
        Drawing drawing = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_12, Variant.STANDARD, "x, y"));
        Drawing.Box folded = drawing.boxes().stream().filter(Drawing.Box::folded).findFirst().orElseThrow();
        assertEquals("40 × free entry · 640 bytes (shortened)", folded.label());
        assertEquals(m.rowWidth(), folded.width());
    }

    @Test
    void oneArrowPerPointerAndTitlesSayWhatIsShared() {
        Drawing drawing = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_11, Variant.STANDARD, "x, y"));
        assertEquals(2, drawing.arrows().size(), "values pointer and type → shared keys");
        assertTrue(drawing.titles().stream().anyMatch(t -> t.shared() && t.objectId().equals("keys")));
        assertEquals(0, new LayoutDrawer(m).draw(layout(CPythonVersion.V3_11, Variant.SLOTTED, "x, y")).arrows().size());
    }

    @Test
    void indexSlotsGetACaptionPerRow() {
        Drawing small = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_10, Variant.STANDARD, "x, y"));
        assertEquals(java.util.List.of("8 buckets"), small.captions().stream().map(Drawing.Caption::text).toList());
        Drawing big = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_12, Variant.STANDARD, "x, y"));
        assertEquals(java.util.List.of("32 buckets", "32 buckets"), big.captions().stream().map(Drawing.Caption::text).toList());
    }

    @Test
    void scaleFollowsTheAvailableWidthWithinLimits() {
        assertEquals(8, m.fittedTo(300).pixelsPerByte());
        assertEquals(13, m.fittedTo(900).pixelsPerByte());
        assertEquals(18, m.fittedTo(3000).pixelsPerByte());
    }
}
