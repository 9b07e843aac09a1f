package dev.slotscope.drawing;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.layout.WordBits;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutDrawerTest {

    /** A word of eight wordy fields, longer together than a row. */
    private record MarkWordOfManyFields() {
        WordBits word() {
            List<WordBits.Field> fields = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fields.add(new WordBits.Field("field" + i, i * 8, 8, i, "what field " + i + " means at some length"));
            }
            return new WordBits(0, "a header (a test)", fields);
        }
    }

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
        // Index slots are the one part drawn by content, not to scale (see the test of index cells).
        layout.objects().forEach(o -> o.regions().stream().filter(r -> r.kind() != RegionKind.INDEX).forEach(r -> {
            Double width = drawnWidth.get(o.id() + r);
            assertTrue(width != null, "drawn: " + o.id() + " " + r);
            assertEquals(r.size() * m.pixelsPerByte(), width, 1e-9, o.id() + " " + r);
        }));
        long folded = drawing.boxes().stream().filter(b -> b.folded() && b.kind() != RegionKind.INDEX).count();
        assertEquals(0, folded, "no free room in a 3.10 x, y layout is long enough to fold");
    }

    @Test
    void longRunsOfFreeRoomAreShortenedAndSaySo() {
        Drawing drawing = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_12, Variant.STANDARD, "x, y"));
        Drawing.Box folded = drawing.boxes().stream().filter(b -> b.folded() && b.kind() == RegionKind.UNUSED_ENTRY)
                .findFirst().orElseThrow();
        assertEquals("40 × free entry · 640 bytes (shortened)", folded.label());
        assertEquals(m.rowWidth(), folded.width());
    }

    @Test
    void oneArrowPerPointerAndTitlesSayWhatIsShared() {
        Drawing drawing = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_11, Variant.STANDARD, "x, y"));
        assertEquals(List.of("instance → values", "instance → class", "class → keys"),
                drawing.arrows().stream().map(a -> a.fromObjectId() + " → " + a.toObjectId()).toList(),
                "the values pointer, and the type pointer to the class, which leads to the shared keys");
        assertTrue(drawing.titles().stream().anyMatch(t -> t.shared() && t.objectId().equals("keys")));
        assertEquals(0, new LayoutDrawer(m).draw(layout(CPythonVersion.V3_11, Variant.SLOTTED, "x, y")).arrows().size());
    }

    @Test
    void theInstancesHeaderWordIsWrittenOutBitByBitUnderIt() {
        WordBits word = new WordBits(1, "markWord.hpp (JDK 17)", List.of(
                new WordBits.Field("hash", 8, 31, 0, "not computed yet"), new WordBits.Field("lock", 0, 2, 1, "unlocked", WordBits.Base.BINARY)));
        MemoryObject instance = new MemoryObject("instance", "Point instance", "Point", false, List.of(
                Region.of(0, 8, RegionKind.MARK_WORD, "mark").withBits(word), Region.of(8, 8, RegionKind.CLASS_WORD, "class")));
        MemoryObject other = new MemoryObject("o1", "Other", "Other", false, List.of(
                Region.of(0, 8, RegionKind.MARK_WORD, "mark").withBits(word), Region.of(8, 8, RegionKind.CLASS_WORD, "class")));
        Drawing drawing = new LayoutDrawer(m).draw(new ObjectLayout(instance, List.of(other)));
        assertEquals(List.of("mark word 0x0000000000000001, bit by bit · markWord.hpp (JDK 17)",
                "hash:31 = 0 (not computed yet) · lock:2 = 01 (unlocked)"),
                drawing.remarks().stream().map(Drawing.Remark::text).toList(), "under the instance only");
        Drawing narrow = new LayoutDrawer(DrawingMetrics.CLASSROOM).draw(new ObjectLayout(new MemoryObject("instance", "P", "P",
                false, List.of(Region.of(0, 8, RegionKind.MARK_WORD, "mark").withBits(new MarkWordOfManyFields().word()))),
                List.of()));
        assertTrue(narrow.remarks().size() > 2, "fields past the row's width go on the next line");
        Drawing unwritten = new LayoutDrawer(DrawingMetrics.CLASSROOM).draw(new ObjectLayout(new MemoryObject("instance", "P",
                "P", false, List.of(Region.of(0, 8, RegionKind.MARK_WORD, "mark"))), List.of()));
        assertEquals(unwritten.width(), narrow.width(), "no line is wider than a row");
        double boxesBottom = drawing.boxes().stream().filter(b -> b.objectId().equals("instance"))
                .mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
        double otherTitle = drawing.titles().stream().filter(t -> t.objectId().equals("o1")).findFirst().orElseThrow().y();
        assertTrue(drawing.remarks().stream().allMatch(r -> r.y() > boxesBottom && r.y() < otherTitle),
                "between the instance's boxes and the next object");
        MemoryObject unread = new MemoryObject("instance", "Point instance", "Point", false, List.of(
                Region.of(0, 8, RegionKind.MARK_WORD, "mark"), Region.of(8, 8, RegionKind.CLASS_WORD, "class")));
        Drawing plain = new LayoutDrawer(m).tight().draw(new ObjectLayout(unread, List.of()));
        Drawing read = new LayoutDrawer(m).tight().draw(new ObjectLayout(instance, List.of()));
        assertTrue(plain.remarks().isEmpty());
        assertTrue(read.width() > plain.width() && read.height() > plain.height(), "the lines widen and lengthen the drawing");
    }

    @Test
    void indexSlotsAreNumberedSayWhichEntryTheyHoldAndFoldEmptyRuns() {
        Drawing big = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_12, Variant.STANDARD, "x, y"));
        List<String> cells = big.boxes().stream().filter(b -> b.kind() == RegionKind.INDEX).map(Drawing.Box::label).toList();
        // With PYTHONHASHSEED=0, 'x' lands in slot 35 and 'y' in slot 1 of the class's 64 (fixtures/cpython-growth).
        assertEquals(List.of("slot 0 empty", "slot 1 → #1", "slots 2–34 empty", "slot 35 → #0", "slots 36–63 empty"),
                cells);
        assertTrue(big.boxes().stream().filter(b -> b.label().startsWith("slots ")).allMatch(Drawing.Box::folded));
        assertEquals(1, big.titles().stream().filter(t -> t.detail().contains("64 index slots")).count(),
                "the slot count is stated once");
        assertTrue(big.boxes().stream().anyMatch(b -> b.label().equals("#0 'x'")), "entries are numbered");
        assertEquals(2, big.remarks().size());
        assertTrue(big.remarks().get(0).text().matches("#0 'x' {3}hash -?\\d+ {3}hash & 63 = 35 → slot 35"),
                big.remarks().get(0).text());
    }

    @Test
    void aTightDrawingIsAsWideAsItsBoxesAndTitleNotAsARow() {
        ObjectLayout slotted = layout(CPythonVersion.V3_10, Variant.SLOTTED, "x, y");
        Drawing row = new LayoutDrawer(m).draw(slotted);
        Drawing tight = new LayoutDrawer(m).tight().draw(slotted);
        double boxesRight = tight.boxes().stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
        assertTrue(row.width() >= m.gutterWidth() + m.rowWidth(), "in the window, at least a row: " + row.width());
        assertEquals(boxesRight + 2, tight.width(), 1e-9, "48 bytes of boxes, wider than their title");
        assertTrue(tight.width() < row.width(), tight.width() + " against " + row.width());
        assertEquals(row.boxes(), tight.boxes(), "the same boxes in the same places");

        // One small object under a long title: the title sets the width.
        MemoryObject small = new MemoryObject("o", "AVeryLongClassNameForASmallObject instance", "AVeryLongClassName", true,
                List.of(Region.of(0, 8, RegionKind.REFCOUNT, "refcnt"), Region.of(8, 8, RegionKind.TYPE_POINTER, "type")));
        Drawing titled = new LayoutDrawer(m).tight().draw(new ObjectLayout(small, List.of()));
        Drawing.Title title = titled.titles().get(0);
        TextWidth estimate = TextWidth.estimate(m);
        double titleWidth = estimate.of(title.text(), false) + estimate.of(title.detail(), true)
                + estimate.of(Drawing.Title.SHARED_BADGE, true);
        assertTrue(titleWidth > 16 * m.pixelsPerByte(), "the title is the wider");
        assertTrue(titled.width() >= title.x() + titleWidth, "room for the title and its badge: " + titled.width());
    }

    @Test
    void scaleFollowsTheAvailableWidthWithinLimits() {
        assertEquals(8, m.fittedTo(300).pixelsPerByte());
        assertEquals(13, m.fittedTo(900).pixelsPerByte());
        assertEquals(18, m.fittedTo(3000).pixelsPerByte());
    }

    @Test
    void aGutterKeptForMoreLanesMovesTheObjectsRightAndNothingElse() {
        ObjectLayout layout = layout(CPythonVersion.V3_11, Variant.STANDARD, "x, y");
        LayoutDrawer drawer = new LayoutDrawer(m);
        Drawing own = drawer.draw(layout);
        int lanes = drawer.lanes(layout);
        // An arrow's third point is where it turns into its lane.
        assertEquals(own.arrows().stream().map(a -> a.points().get(2).x()).distinct().count(), lanes);
        assertEquals(own, drawer.withLanes(lanes).draw(layout), "room for no more lanes than needed changes nothing");
        assertEquals(own, drawer.withLanes(0).draw(layout));

        int kept = lanes + 5;
        Drawing wider = drawer.withLanes(kept).draw(layout);
        double shift = Math.max(m.gutterWidth(), m.laneSpacing() * (kept + 1))
                - Math.max(m.gutterWidth(), m.laneSpacing() * (lanes + 1));
        assertTrue(shift > 0, "five lanes more than the gutter's least width");
        assertEquals(own.width() + shift, wider.width(), 1e-9);
        assertEquals(own.height(), wider.height());
        for (int i = 0; i < own.boxes().size(); i++) {
            Drawing.Box was = own.boxes().get(i);
            Drawing.Box now = wider.boxes().get(i);
            assertEquals(was.x() + shift, now.x(), 1e-9);
            assertEquals(was.y(), now.y());
            assertEquals(was.label(), now.label());
        }
        for (int i = 0; i < own.titles().size(); i++) {
            assertEquals(own.titles().get(i).x() + shift, wider.titles().get(i).x(), 1e-9);
        }
        for (int i = 0; i < own.arrows().size(); i++) {
            List<Drawing.Point> was = own.arrows().get(i).points();
            List<Drawing.Point> now = wider.arrows().get(i).points();
            assertEquals(was.size(), now.size());
            for (int j = 0; j < was.size(); j++) {
                assertEquals(was.get(j).x() + shift, now.get(j).x(), 1e-9, "arrow " + i + " point " + j);
                assertEquals(was.get(j).y(), now.get(j).y());
            }
        }
    }

    @Test
    void eachSlotThatHoldsAnEntryIsLinkedToThatEntry() {
        Drawing drawing = new LayoutDrawer(m).draw(layout(CPythonVersion.V3_12, Variant.STANDARD, "x, y"));
        assertEquals(List.of("keys: slot 1 → entry 1", "keys: slot 35 → entry 0"), drawing.links().stream()
                .map(l -> l.objectId() + ": slot " + l.slot() + " → entry " + l.entry()).sorted().toList());
        assertJoins(drawing);
        Drawing slide = LayoutDrawer.forSlides(m, TextWidth.estimate(m))
                .draw(layout(CPythonVersion.V3_12, Variant.STANDARD, "x, y"));
        assertTrue(slide.links().isEmpty(), "a slide's cells say which entry they hold, without the links' room");
    }

    @Test
    void linksOfAWrappedIndexRunBesideTheRowsNotAcrossTheirCells() {
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_13, Variant.STANDARD,
                AttributeNames.parse("x, y"), List.of("a1", "a2", "a3", "a4", "a5"));
        Drawing drawing = new LayoutDrawer(m).draw(steps.get(steps.size() - 1).layout());
        List<Drawing.Box> cells = drawing.boxes().stream().filter(b -> b.kind() == RegionKind.INDEX).toList();
        assertTrue(cells.stream().map(Drawing.Box::y).distinct().count() > 1, "the 16 slots of this dict take rows");
        assertEquals(7 + 3, drawing.links().size(), "a link per key: seven in the dict's keys, three in the class's");
        assertJoins(drawing);
        for (Drawing.Link link : drawing.links()) {
            List<Drawing.Point> p = link.points();
            for (int i = 0; i + 1 < p.size(); i++) {
                Drawing.Point a = p.get(i);
                Drawing.Point b = p.get(i + 1);
                for (Drawing.Box cell : cells) {
                    assertTrue(!crosses(a, b, cell), "slot " + link.slot() + "'s link crosses the cell '" + cell.label() + "'");
                }
            }
        }
    }

    /** Every link starts on the bottom edge of its slot's cell and ends on the top edge of its entry's first box. */
    private static void assertJoins(Drawing drawing) {
        for (Drawing.Link link : drawing.links()) {
            Drawing.Point start = link.points().get(0);
            Drawing.Point end = link.points().get(link.points().size() - 1);
            Drawing.Box slot = drawing.boxes().stream().filter(b -> b.objectId().equals(link.objectId())
                    && b.kind() == RegionKind.INDEX && b.label().equals("slot " + link.slot() + " → #" + link.entry()))
                    .findFirst().orElseThrow(() -> new AssertionError("no cell for slot " + link.slot()));
            Drawing.Box entry = drawing.boxes().stream().filter(b -> b.objectId().equals(link.objectId())
                    && (b.label().startsWith("#" + link.entry() + " ") || b.label().equals("hash #" + link.entry())))
                    .findFirst().orElseThrow(() -> new AssertionError("no box for entry " + link.entry()));
            assertEquals(slot.y() + slot.height(), start.y(), 1e-9);
            assertTrue(start.x() > slot.x() && start.x() < slot.x() + slot.width(), "leaves its slot's cell");
            assertEquals(entry.y(), end.y(), 1e-9);
            assertTrue(end.x() > entry.x() && end.x() < entry.x() + entry.width(), "meets its entry's box");
        }
    }

    /** Whether an upright or level segment passes through the inside of a box (touching its edge does not count). */
    private static boolean crosses(Drawing.Point a, Drawing.Point b, Drawing.Box box) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        return maxX > box.x() && minX < box.x() + box.width() && maxY > box.y() && minY < box.y() + box.height();
    }
}
