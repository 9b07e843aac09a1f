package dev.slotscope.drawing;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Places an {@link ObjectLayout} on a plane: each object as rows of boxes whose widths are
 * proportional to bytes, the objects stacked top to bottom, pointers as arrows along a gutter.
 */
public final class LayoutDrawer {

    /** Kinds that stand for room not yet used; long runs of them are drawn shortened. */
    private static final Set<RegionKind> FOLDABLE = EnumSet.of(RegionKind.UNUSED_ENTRY, RegionKind.SPARE);

    private final DrawingMetrics m;
    private final TextWidth textWidth;
    /** The gutter has room for at least this many lanes, however few the arrows need. */
    private final int lanesAtLeast;

    public LayoutDrawer(DrawingMetrics metrics) {
        this(metrics, TextWidth.estimate(metrics));
    }

    public LayoutDrawer(DrawingMetrics metrics, TextWidth textWidth) {
        this(metrics, textWidth, 0);
    }

    private LayoutDrawer(DrawingMetrics metrics, TextWidth textWidth, int lanesAtLeast) {
        this.m = metrics;
        this.textWidth = textWidth;
        this.lanesAtLeast = lanesAtLeast;
    }

    /**
     * This drawer with a gutter wide enough for {@code lanes} arrows side by side. The drawings of
     * one growth sequence share a gutter: otherwise a step whose arrows need one lane more would
     * move every object sideways, on screen a jolt and a repaint of the whole drawing.
     */
    public LayoutDrawer withLanes(int lanes) {
        return new LayoutDrawer(m, textWidth, lanes);
    }

    /** How many lanes the layout's arrows need side by side in the gutter. */
    public int lanes(ObjectLayout layout) {
        Placed placed = place(layout);
        return laneCount(assignLanes(pointers(placed.boxes(), placed.titleY())));
    }

    public Drawing draw(ObjectLayout layout) {
        Placed placed = place(layout);
        List<Pointer> pointers = pointers(placed.boxes(), placed.titleY());
        int[] lanes = assignLanes(pointers);
        // The gutter widens when many pointers need lanes at the same height.
        double left = Math.max(m.gutterWidth(), m.laneSpacing() * (Math.max(laneCount(lanes), lanesAtLeast) + 1));
        List<Drawing.Box> placedBoxes = placed.boxes().stream().map(b -> b.shifted(left)).toList();
        List<Drawing.Title> placedTitles = placed.titles().stream().map(t -> t.shifted(left)).toList();
        List<Drawing.Arrow> arrows = IntStream.range(0, pointers.size())
                .mapToObj(i -> pointers.get(i).arrow(left, lanes[i], m)).toList();
        return new Drawing(left + m.rowWidth() + 2, placed.height(), placedBoxes, placedTitles, arrows,
                indexCaptions(placedBoxes));
    }

    /** The objects stacked from the top, before the gutter is added on their left. */
    private record Placed(List<Drawing.Box> boxes, List<Drawing.Title> titles, Map<String, Double> titleY,
                          double height) {
    }

    private static int laneCount(int[] lanes) {
        return Arrays.stream(lanes).max().orElse(-1) + 1;
    }

    private Placed place(ObjectLayout layout) {
        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Title> titles = new ArrayList<>();
        Map<String, Double> titleY = new HashMap<>();
        double y = 0;
        for (MemoryObject object : layout.objects()) {
            titles.add(new Drawing.Title(0, y, object.id(), object.label(),
                    object.type() + " · " + object.size() + " bytes", object.shared()));
            titleY.put(object.id(), y + m.titleHeight() / 2);
            y += m.titleHeight();
            y = drawObject(object, 0, y, boxes) + m.objectGap();
        }
        return new Placed(boxes, titles, titleY, Math.max(0, y - m.objectGap()));
    }

    /** Draws the rows of one object from {@code top}; returns the y below its last row. */
    private double drawObject(MemoryObject object, double left, double top, List<Drawing.Box> boxes) {
        int column = 0;
        int row = 0;
        List<Region> regions = object.regions();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            int j = i;
            while (FOLDABLE.contains(r.kind()) && j + 1 < regions.size() && regions.get(j + 1).kind() == r.kind()) {
                j++;
            }
            int runBytes = regions.get(j).end() - r.offset();
            if (j > i && runBytes > m.foldBytes()) {
                // A long run of free room: one shortened box on a row of its own.
                if (column > 0) {
                    row++;
                    column = 0;
                }
                String label = (j - i + 1) + " × " + r.kind().title() + " · " + runBytes + " bytes (shortened)";
                boxes.add(new Drawing.Box(left, rowTop(top, row), m.rowWidth(), m.rowHeight(), object.id(), r,
                        label, offsetText(r.offset()) + " … " + offsetText(regions.get(j).end()),
                        spoken(r, label, runBytes), true, false, true));
                row++;
                i = j;
                continue;
            }
            int remaining = r.size();
            while (remaining > 0) {
                int piece = Math.min(remaining, m.bytesPerRow() - column);
                double x = left + column * m.pixelsPerByte();
                double w = piece * m.pixelsPerByte();
                boolean first = remaining == r.size();
                String label = first ? shortest(r.label(), w) : fits("…" + r.label(), w);
                String detail = first ? fits(offsetText(r.offset()) + " · " + r.size(), w) : "";
                boolean compact = textWidth.of(label, false) > w - m.boxPadding();
                boxes.add(new Drawing.Box(x, rowTop(top, row), w, m.rowHeight(), object.id(), r, label, detail,
                        spoken(r, r.label(), r.size()), false, compact, first));
                remaining -= piece;
                column += piece;
                if (column == m.bytesPerRow()) {
                    column = 0;
                    row++;
                }
            }
        }
        int rows = column == 0 ? row : row + 1;
        return top + rows * (m.rowHeight() + m.rowGap()) - m.rowGap();
    }

    /** The label, or its number alone ("12" of "bucket 12") when only that fits, or nothing. */
    private String shortest(String label, double w) {
        String whole = fits(label, w);
        String number = label.substring(label.lastIndexOf(' ') + 1);
        if (!whole.isEmpty() || !number.matches("\\d+")) {
            return whole;
        }
        return fits(number, w);
    }

    /** The text if it fits a box of width {@code w} in the smaller type, else nothing. */
    private String fits(String text, double w) {
        return textWidth.of(text, true) <= w - m.boxPadding() ? text : "";
    }

    private double rowTop(double top, int row) {
        return top + row * (m.rowHeight() + m.rowGap());
    }

    private static String offsetText(int offset) {
        return offset > 0 ? "+" + offset : Integer.toString(offset);
    }

    /** "dict pointer __dict__, offset 16, 8 bytes". */
    private static String spoken(Region r, String label, int bytes) {
        String name = label.isEmpty() ? "" : " " + label;
        return r.kind().title() + name + ", offset " + r.offset() + ", " + bytes + (bytes == 1 ? " byte" : " bytes")
                + (r.note().isEmpty() ? "" : ". " + r.note());
    }

    /** "8 buckets" over each row's run of index slots, when the run is wide enough to read. */
    private List<Drawing.Caption> indexCaptions(List<Drawing.Box> boxes) {
        List<Drawing.Caption> captions = new ArrayList<>();
        int i = 0;
        while (i < boxes.size()) {
            Drawing.Box first = boxes.get(i);
            int j = i;
            while (first.kind() == RegionKind.INDEX && j + 1 < boxes.size()
                    && boxes.get(j + 1).kind() == RegionKind.INDEX && boxes.get(j + 1).y() == first.y()) {
                j++;
            }
            if (first.kind() == RegionKind.INDEX) {
                Drawing.Box last = boxes.get(j);
                double width = last.x() + last.width() - first.x();
                int count = j - i + 1;
                String text = count + (count == 1 ? " bucket" : " buckets");
                if (width >= textWidth.of(text, true) + m.boxPadding()) {
                    captions.add(new Drawing.Caption(first.x(), first.y(), width, first.height(), text));
                }
            }
            i = j + 1;
        }
        return captions;
    }

    /** A pointer from a box to an object's title, before it has a lane in the gutter. */
    private record Pointer(Drawing.Box from, String target, double turnY, double endY) {
        double top() {
            return Math.min(turnY, endY);
        }

        double bottom() {
            return Math.max(turnY, endY);
        }

        Drawing.Arrow arrow(double left, int lane, DrawingMetrics m) {
            double laneX = left - m.laneSpacing() * (1 + lane);
            double startX = from.x() + left + from.width() / 2;
            double startY = from.y() + from.height();
            return new Drawing.Arrow(from.objectId(), target, List.of(
                    new Drawing.Point(startX, startY), new Drawing.Point(startX, turnY),
                    new Drawing.Point(laneX, turnY), new Drawing.Point(laneX, endY),
                    new Drawing.Point(left - 2, endY)));
        }
    }

    /** One pointer per region that points at an object drawn here, from the region's first box. */
    private List<Pointer> pointers(List<Drawing.Box> boxes, Map<String, Double> titleY) {
        List<Pointer> pointers = new ArrayList<>();
        for (Drawing.Box box : boxes) {
            var target = box.region().pointsTo();
            if (target.isEmpty() || !titleY.containsKey(target.get()) || !box.first()) {
                continue;
            }
            double turnY = box.y() + box.height() + Math.min(m.rowGap() + 6, m.objectGap() / 2);
            pointers.add(new Pointer(box, target.get(), turnY, titleY.get(target.get())));
        }
        return pointers;
    }

    /** Gives each pointer the first lane free over its vertical span: lanes[i] for pointers[i]. */
    private static int[] assignLanes(List<Pointer> pointers) {
        int[] lanes = new int[pointers.size()];
        List<Double> laneFreeBelow = new ArrayList<>();
        List<Integer> byTop = new ArrayList<>(IntStream.range(0, pointers.size()).boxed().toList());
        byTop.sort(Comparator.comparingDouble(i -> pointers.get(i).top()));
        for (int i : byTop) {
            Pointer p = pointers.get(i);
            int lane = 0;
            while (lane < laneFreeBelow.size() && laneFreeBelow.get(lane) >= p.top()) {
                lane++;
            }
            if (lane == laneFreeBelow.size()) {
                laneFreeBelow.add(p.bottom());
            } else {
                laneFreeBelow.set(lane, p.bottom());
            }
            lanes[i] = lane;
        }
        return lanes;
    }
}
