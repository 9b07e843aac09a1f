package dev.slotscope.drawing;

import dev.slotscope.layout.KeyIndex;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.layout.WordBits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Places an {@link ObjectLayout} on a plane: each object as rows of boxes whose widths are
 * proportional to bytes, the objects stacked top to bottom, pointers as arrows along a gutter.
 *
 * <p>Every region keeps its label: a box too narrow for it gets a callout above its row, a leader
 * line down to the box. A hash table's index slots and a HashMap's buckets are the one part not
 * drawn to scale: a slot holding an entry, or a bucket holding a chain, is a cell wide enough to
 * say which, and a run of empty ones is one cell.
 *
 * <p>{@link #forSlides} makes a drawer for a projector, which has room for names but not for
 * byte offsets: see {@link #drawSlideObject}.
 */
public final class LayoutDrawer {

    /** Kinds drawn as a hash table's cells, by what they hold rather than to scale. */
    private static final Set<RegionKind> TABLE_CELLS = EnumSet.of(RegionKind.INDEX, RegionKind.BUCKET);
    /** Kinds that stand for room not yet used, or fields not drawn one by one; long runs are drawn shortened. */
    private static final Set<RegionKind> FOLDABLE = EnumSet.of(RegionKind.UNUSED_ENTRY, RegionKind.SPARE,
            RegionKind.TYPE_FIELDS);
    /** Height of one level of callouts above a row. */
    static final double CALLOUT_LEVEL = 19;
    /** Room between the lowest callout and its row, and between a row and its first pointer track. */
    private static final double CALLOUT_GAP = 5;
    /** Where the leader starts below the top of its callout's text, and where the text starts right of it. */
    private static final double LEADER_INDENT = 6;
    /** Vertical distance between the horizontal legs of pointers leaving one row. */
    private static final double TRACK = 10;
    /** Height of one remark line under a hash table. */
    private static final double REMARK_LINE = 19;
    /** Vertical distance between the tracks of the links from index slots to entries. */
    private static final double LINK_TRACK = 10;
    /** A link leaves its slot and meets its entry this far from the box's right end, clear of the label. */
    private static final double LINK_INSET = 16;
    /** How much nearer its box's right end each later row of entries is met. */
    private static final double LINK_STAGGER = 5;
    /** Remarks and callouts are set in the detail type; its characters are narrower than a label's. */
    private static final double DETAIL_CHAR_RATIO = 0.9;

    /** Room between a title's name, its detail and its badge; the badge's padding, both sides. */
    private static final double TITLE_SPACING = 10;
    private static final double BADGE_PADDING = 16;

    /** The number a label such as "[3]" or "[8] → \"x\"" is about. */
    private static final Pattern NUMBER = Pattern.compile("^\\[(\\d+)");

    /** Height of one level of callouts above a row on a slide, whose type is larger. */
    private static final double SLIDE_CALLOUT_LEVEL = 25;
    /** Height of one remark line under a hash table on a slide. */
    private static final double SLIDE_REMARK_LINE = 24;
    /** Room between a bracket's line and the text above it, and its ticks' length. */
    private static final double BRACKET_GAP = 4;

    /** What a drawing is for: the window, which shows every byte's offset, or a slide, which shows names. */
    private enum Mode {
        WINDOW, SLIDE
    }

    private final DrawingMetrics m;
    private final TextWidth textWidth;
    /** The gutter has room for at least this many lanes, however few the arrows need. */
    private final int lanesAtLeast;
    private final Mode mode;
    /** Whether a drawing is only as wide as what it shows, rather than at least a row of bytes. */
    private final boolean tight;
    /** Whether hash tables' index slots are linked to their entries: in the window and single pictures, not on slides. */
    private final boolean slotLinks;

    public LayoutDrawer(DrawingMetrics metrics) {
        this(metrics, TextWidth.estimate(metrics));
    }

    public LayoutDrawer(DrawingMetrics metrics, TextWidth textWidth) {
        this(metrics, textWidth, 0, Mode.WINDOW, false);
    }

    private LayoutDrawer(DrawingMetrics metrics, TextWidth textWidth, int lanesAtLeast, Mode mode, boolean tight) {
        this.m = metrics;
        this.textWidth = textWidth;
        this.lanesAtLeast = lanesAtLeast;
        this.mode = mode;
        this.tight = tight;
        this.slotLinks = mode == Mode.WINDOW;
    }

    /**
     * A drawer for slides, where every name must be read from the back of a room and a byte
     * offset cannot be: boxes carry their names only; the names of a run of boxes too narrow for
     * them share one line over a bracket; a shared object that is not a hash table (a class
     * object, an interned string) is folded to one box, with what only it points at beside it;
     * a hash table's key lines keep where each key lands, not its nineteen-digit hash.
     */
    public static LayoutDrawer forSlides(DrawingMetrics metrics, TextWidth textWidth) {
        return new LayoutDrawer(metrics, textWidth, 0, Mode.SLIDE, false);
    }

    /**
     * This drawer with a gutter wide enough for {@code lanes} arrows side by side. The drawings of
     * one growth sequence share a gutter: otherwise a step whose arrows need one lane more would
     * move every object sideways, on screen a jolt and a repaint of the whole drawing.
     */
    public LayoutDrawer withLanes(int lanes) {
        return new LayoutDrawer(m, textWidth, lanes, mode, tight);
    }

    /**
     * This drawer with drawings only as wide as what they show. Otherwise a drawing is at least a
     * row of bytes wide, so that in the window objects start and wrap at one place whatever their
     * size; presenting, a small object is enlarged and centred instead, which an empty row would
     * stop: its width would count in the fit and push the object to the left.
     */
    public LayoutDrawer tight() {
        return new LayoutDrawer(m, textWidth, lanesAtLeast, mode, true);
    }

    /** How many lanes the layout's arrows need side by side in the gutter. */
    public int lanes(ObjectLayout layout) {
        Placed placed = place(layout);
        return laneCount(assignLanes(placed.pointers()));
    }

    public Drawing draw(ObjectLayout layout) {
        Placed placed = place(layout);
        List<Pointer> pointers = placed.pointers();
        int[] lanes = assignLanes(pointers);
        // The gutter widens when many pointers need lanes at the same height.
        double left = Math.max(m.gutterWidth(), m.laneSpacing() * (Math.max(laneCount(lanes), lanesAtLeast) + 1));
        List<Drawing.Box> boxes = placed.boxes().stream().map(b -> b.shifted(left)).toList();
        List<Drawing.Title> titles = placed.titles().stream().map(t -> t.shifted(left)).toList();
        List<Drawing.Callout> callouts = placed.callouts().stream()
                .map(c -> new Drawing.Callout(c.x() + left, c.y(), c.leader(), c.objectId(), c.label(), c.detail()))
                .toList();
        List<Drawing.Remark> remarks = placed.remarks().stream()
                .map(r -> new Drawing.Remark(r.x() + left, r.y(), r.objectId(), r.text())).toList();
        List<Drawing.Link> links = placed.links().stream().map(l -> new Drawing.Link(l.objectId(), l.slot(), l.entry(),
                l.points().stream().map(p -> new Drawing.Point(p.x() + left, p.y())).toList())).toList();
        List<Drawing.Arrow> arrows = IntStream.range(0, pointers.size())
                .mapToObj(i -> pointers.get(i).arrow(left, lanes[i], m)).toList();
        List<Drawing.Bracket> brackets = placed.brackets().stream().map(b -> b.shifted(left)).toList();
        return new Drawing(left + (tight ? placed.right() : Math.max(m.rowWidth(), placed.right())) + 2, placed.height(), boxes, titles, arrows,
                callouts, remarks, brackets, links);
    }

    /** The objects stacked from the top, before the gutter is added on their left. */
    private record Placed(List<Drawing.Box> boxes, List<Drawing.Title> titles, List<Drawing.Callout> callouts,
                          List<Drawing.Remark> remarks, List<Drawing.Bracket> brackets, List<Drawing.Link> links,
                          List<Pointer> pointers,
                          double right, double height) {
    }

    private static int laneCount(int[] lanes) {
        return Arrays.stream(lanes).max().orElse(-1) + 1;
    }

    private Placed place(ObjectLayout layout) {
        Map<String, List<MemoryObject>> folds = mode == Mode.SLIDE ? folds(layout) : Map.of();
        List<MemoryObject> objects = layout.objects().stream()
                .filter(o -> folds.values().stream().flatMap(List::stream).noneMatch(a -> a.id().equals(o.id())))
                .toList();
        Set<String> drawn = objects.stream().map(MemoryObject::id).collect(Collectors.toSet());
        Sheet sheet = new Sheet(drawn);
        Map<String, Double> titleY = new HashMap<>();
        double y = 0;
        for (MemoryObject object : objects) {
            Drawing.Title title = new Drawing.Title(0, y, object.id(), object.label(), titleDetail(object), object.shared());
            sheet.titles.add(title);
            if (tight) {
                sheet.right = Math.max(sheet.right, titleWidth(title));
            }
            titleY.put(object.id(), y + m.titleHeight() / 2);
            y += m.titleHeight();
            if (mode == Mode.SLIDE) {
                y = drawSlideObject(object, folds, y, sheet);
            } else {
                y = drawObject(object, y, sheet);
            }
            // A slide keeps to the boxes: the words' bits would push a graph below the back row's type size.
            if (object == layout.instance() && mode != Mode.SLIDE) {
                y = headerBits(object, y, sheet);
            }
            y = remarks(object, y, sheet) + m.objectGap();
        }
        List<Pointer> pointers = sheet.pointers.stream()
                .filter(p -> titleY.containsKey(p.target()))
                .map(p -> new Pointer(p.from(), p.target(), p.turnY(), titleY.get(p.target())))
                .toList();
        return new Placed(sheet.boxes, sheet.titles, sheet.callouts, sheet.remarks, sheet.brackets, sheet.links, pointers, sheet.right,
                Math.max(0, y - m.objectGap()));
    }

    /** What the objects drawn so far put on the plane. */
    private static final class Sheet {
        final Set<String> drawn;
        final List<Drawing.Box> boxes = new ArrayList<>();
        final List<Drawing.Title> titles = new ArrayList<>();
        final List<Drawing.Callout> callouts = new ArrayList<>();
        final List<Drawing.Remark> remarks = new ArrayList<>();
        final List<Drawing.Bracket> brackets = new ArrayList<>();
        final List<Drawing.Link> links = new ArrayList<>();
        final List<Pointer> pointers = new ArrayList<>();
        double right;

        Sheet(Set<String> drawn) {
            this.drawn = drawn;
        }
    }

    /**
     * About how wide a title is drawn: its name in type 16/14 of a box label's, its detail in type
     * 13/12 of a compact label's (regular, narrower than the bold measured: an overestimate), and
     * the badge of a shared object. Only a tight drawing needs it; a row of bytes is wider.
     */
    private double titleWidth(Drawing.Title title) {
        double width = textWidth.of(title.text(), false) * 16 / 14 + TITLE_SPACING
                + textWidth.of(title.detail(), true) * 13 / 12;
        return title.shared() ? width + TITLE_SPACING + textWidth.of(Drawing.Title.SHARED_BADGE, true) + BADGE_PADDING : width;
    }

    /** "PyDictKeysObject · 168 bytes", and a hash table's count of slots or buckets, stated once. */
    private static String titleDetail(MemoryObject object) {
        long slots = object.regions().stream().filter(r -> r.kind() == RegionKind.INDEX).count();
        long buckets = object.regions().stream().filter(r -> r.kind() == RegionKind.BUCKET).count();
        return object.type() + " · " + object.size() + " bytes" + (slots > 0 ? " · " + slots + " index slots" : "")
                + (buckets > 0 ? " · " + buckets + " buckets" : "");
    }

    /** A box before its row's height is known: its row, and where it sits along it. */
    private record Piece(int row, double x, double width, Region region, String label, String fitted, String detail,
                         String spoken, boolean folded, boolean compact, boolean first) {

        boolean wantsCallout() {
            return first && !folded && !label.isEmpty() && !fitted.equals(label) && !numbered(label, fitted);
        }

        /** "12" of "[12]" says enough in a row of numbered elements. */
        private static boolean numbered(String label, String fitted) {
            return !fitted.isEmpty() && fitted.matches("\\d+") && label.equals("[" + fitted + "]");
        }
    }

    /** Draws the rows of one object from {@code top}; returns the y below its last row. */
    private double drawObject(MemoryObject object, double top, Sheet sheet) {
        List<Piece> pieces = pieces(object);
        int rows = pieces.stream().mapToInt(Piece::row).max().orElse(-1) + 1;
        int entryRow = slotLinks ? firstRowAfterIndex(pieces) : -1;
        List<LinkPlan> plans = entryRow >= 0 ? planLinks(object, pieces) : List.of();
        double bandTop = 0;
        double y = top;
        for (int row = 0; row < rows; row++) {
            final int r = row;
            List<Piece> inRow = pieces.stream().filter(p -> p.row() == r).toList();
            List<Placement> labels = stairs(inRow);
            int levels = labels.stream().mapToInt(Placement::level).max().orElse(-1) + 1;
            if (row == entryRow) {
                bandTop = y - m.rowGap();
            }
            double rowTop = y + (levels > 0 ? levels * CALLOUT_LEVEL + CALLOUT_GAP : 0)
                    + (row == entryRow ? linkBand(plans) : 0);
            for (Placement label : labels) {
                double textTop = rowTop - CALLOUT_GAP - (label.level() + 1) * CALLOUT_LEVEL;
                Piece p = label.piece();
                sheet.callouts.add(new Drawing.Callout(label.anchor(), textTop, rowTop - textTop, object.id(),
                        p.label(), p.detail()));
                sheet.right = Math.max(sheet.right, label.end());
            }
            List<Piece> pointing = inRow.stream()
                    .filter(p -> p.first() && p.region().pointsTo().filter(sheet.drawn::contains).isPresent())
                    .sorted(Comparator.comparingDouble(Piece::x)).toList();
            for (Piece p : inRow) {
                boolean calledOut = p.wantsCallout();
                Drawing.Box box = new Drawing.Box(p.x(), rowTop, p.width(), m.rowHeight(), object.id(), p.region(),
                        p.fitted(), calledOut ? "" : fitOrNothing(p.detail(), p.width()), p.spoken(),
                        p.folded(), p.compact(), p.first());
                sheet.boxes.add(box);
                sheet.right = Math.max(sheet.right, p.x() + p.width());
                int track = pointing.indexOf(p);
                if (track >= 0) {
                    // The leftmost pointer turns nearest its row, so no two of one row cross.
                    sheet.pointers.add(new Pointer(box, p.region().pointsTo().get(),
                            rowTop + m.rowHeight() + TRACK * (track + 1), 0));
                }
            }
            y = rowTop + m.rowHeight() + (pointing.isEmpty() ? 0 : TRACK * pointing.size() + CALLOUT_GAP)
                    + m.rowGap() + (entryRow >= 0 && row < entryRow - 1 ? linkGap(inRow) : 0);
        }
        if (entryRow >= 0) {
            links(object, plans, bandTop, sheet);
        }
        return y - m.rowGap();
    }

    /** The row where a hash table's entries start, below its index slots; -1 for an object without both. */
    private static int firstRowAfterIndex(List<Piece> pieces) {
        int lastIndexRow = pieces.stream().filter(p -> p.region().kind() == RegionKind.INDEX)
                .mapToInt(Piece::row).max().orElse(-1);
        boolean entriesBelow = pieces.stream().anyMatch(p -> p.row() > lastIndexRow);
        return lastIndexRow >= 0 && entriesBelow ? lastIndexRow + 1 : -1;
    }

    /**
     * Room under an index row that is not the last, for the links leaving its slots: a track each,
     * on which they turn aside to run past the rows below instead of across their cells.
     */
    private double linkGap(List<Piece> row) {
        long used = row.stream().filter(p -> p.region().kind() == RegionKind.INDEX && !p.region().label().isEmpty())
                .count();
        return used == 0 ? 0 : LINK_TRACK * (used + 1) - m.rowGap();
    }

    /** Room between a table's index slots and its entries for the links' tracks. */
    private static double linkBand(List<LinkPlan> plans) {
        int tracks = plans.stream().mapToInt(LinkPlan::track).max().orElse(-1) + 1;
        return tracks == 0 ? 0 : LINK_TRACK * (tracks + 1);
    }

    /**
     * Where each link from an index slot to its entry runs across, before the rows' heights are
     * known. A slot of the last index row drops straight into the band above the entries; a slot of
     * an earlier row drops to a track under its row and turns right, past the end of the index rows,
     * so that no link crosses a cell's text. In the band, links whose spans do not overlap share a
     * track. Each meets its entry's first box (its hash, or its key) near the right end, clear of
     * its label, a later row of entries nearer the end: such a link passes over the entries above.
     */
    private List<LinkPlan> planLinks(MemoryObject object, List<Piece> pieces) {
        if (object.index().isEmpty()) {
            return List.of();
        }
        List<Region> slots = object.regions().stream().filter(r -> r.kind() == RegionKind.INDEX).toList();
        Map<Integer, Integer> entryNumbers = entryNumbers(object);
        List<Piece> cells = pieces.stream().filter(p -> p.first() && p.region().kind() == RegionKind.INDEX).toList();
        int lastIndexRow = cells.stream().mapToInt(Piece::row).max().orElse(0);
        double indexRight = cells.stream().mapToDouble(p -> p.x() + p.width()).max().orElse(0);
        List<Piece[]> joints = new ArrayList<>();
        List<KeyIndex.Key> keys = new ArrayList<>();
        for (KeyIndex.Key key : object.index().get().keys()) {
            if (key.slot() < 0 || key.slot() >= slots.size()) {
                continue;
            }
            Region slot = slots.get(key.slot());
            Optional<Piece> from = cells.stream().filter(p -> p.region().equals(slot)).findFirst();
            Optional<Piece> to = pieces.stream()
                    .filter(p -> p.first() && entryNumbers.getOrDefault(p.region().offset(), -1) == key.entry())
                    .min(Comparator.comparingInt(p -> p.region().offset()));
            if (from.isPresent() && to.isPresent()) {
                joints.add(new Piece[] {from.get(), to.get()});
                keys.add(key);
            }
        }
        // Rows further up take channels further right, so that a link joining the channel lower
        // down never crosses one already in it.
        List<Integer> turning = IntStream.range(0, joints.size()).filter(i -> joints.get(i)[0].row() < lastIndexRow)
                .boxed().sorted(Comparator.comparingInt((Integer i) -> joints.get(i)[0].row()).reversed()
                        .thenComparingDouble(i -> joints.get(i)[0].x())).toList();
        int entryRow = lastIndexRow + 1;
        List<LinkPlan> plans = new ArrayList<>();
        for (int i = 0; i < joints.size(); i++) {
            Piece from = joints.get(i)[0];
            Piece to = joints.get(i)[1];
            double slotX = from.x() + from.width() - LINK_INSET;
            int channel = turning.indexOf(i);
            double dropX = channel >= 0 ? indexRight + LINK_TRACK * (channel + 1) : slotX;
            final Piece f = from;
            int turnTrack = (int) joints.stream().filter(o -> o[0].row() == f.row() && o[0].x() > f.x()).count();
            double entryX = to.x() + to.width() - LINK_INSET + LINK_STAGGER * ((to.row() - entryRow) % 3);
            plans.add(new LinkPlan(keys.get(i), from, to, slotX, channel >= 0, turnTrack, dropX, entryX, 0));
        }
        return assignTracks(plans);
    }

    /** Gives each link, from the leftmost, the first track where its span overlaps no other link's. */
    private static List<LinkPlan> assignTracks(List<LinkPlan> plans) {
        List<LinkPlan> byLeft = plans.stream().sorted(Comparator.comparingDouble(LinkPlan::left)).toList();
        List<Double> trackFreeFrom = new ArrayList<>();
        List<LinkPlan> placed = new ArrayList<>();
        for (LinkPlan p : byLeft) {
            int track = 0;
            while (track < trackFreeFrom.size() && trackFreeFrom.get(track) >= p.left() - LINK_TRACK) {
                track++;
            }
            if (track == trackFreeFrom.size()) {
                trackFreeFrom.add(p.right());
            } else {
                trackFreeFrom.set(track, p.right());
            }
            placed.add(p.onTrack(track));
        }
        return placed;
    }

    /**
     * A link's course across the table: from its slot's cell (at {@code slotX}), perhaps along a
     * track under its row ({@code turnTrack}) to a channel right of the index rows, down at
     * {@code dropX} to its {@code track} in the band, along it to {@code entryX} and down to the entry.
     */
    private record LinkPlan(KeyIndex.Key key, Piece from, Piece to, double slotX, boolean turns, int turnTrack,
                            double dropX, double entryX, int track) {
        double left() {
            return Math.min(dropX, entryX);
        }

        double right() {
            return Math.max(dropX, entryX);
        }

        LinkPlan onTrack(int t) {
            return new LinkPlan(key, from, to, slotX, turns, turnTrack, dropX, entryX, t);
        }
    }

    /** Draws the planned links, now that the rows have their heights: {@code bandTop} is the index rows' bottom. */
    private void links(MemoryObject object, List<LinkPlan> plans, double bandTop, Sheet sheet) {
        List<Drawing.Box> mine = sheet.boxes.stream().filter(b -> b.objectId().equals(object.id()) && b.first()).toList();
        for (LinkPlan plan : plans) {
            Optional<Drawing.Box> from = mine.stream().filter(b -> b.region().equals(plan.from().region())).findFirst();
            Optional<Drawing.Box> to = mine.stream().filter(b -> b.region().equals(plan.to().region())).findFirst();
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            double slotBottom = from.get().y() + from.get().height();
            double track = bandTop + LINK_TRACK * (plan.track() + 1);
            List<Drawing.Point> points = new ArrayList<>();
            points.add(new Drawing.Point(plan.slotX(), slotBottom));
            if (plan.turns()) {
                double turn = slotBottom + LINK_TRACK * (plan.turnTrack() + 1);
                points.add(new Drawing.Point(plan.slotX(), turn));
                points.add(new Drawing.Point(plan.dropX(), turn));
                sheet.right = Math.max(sheet.right, plan.dropX() + LINK_TRACK);
            }
            points.add(new Drawing.Point(plan.dropX(), track));
            points.add(new Drawing.Point(plan.entryX(), track));
            points.add(new Drawing.Point(plan.entryX(), to.get().y()));
            sheet.links.add(new Drawing.Link(object.id(), plan.key().slot(), plan.key().entry(), points));
        }
    }

    /** A callout's place: its level above the row (0 nearest) and where its leader runs. */
    private record Placement(Piece piece, int level, double anchor, double end) {
    }

    /**
     * Stacks the callouts of one row as stairs, from the right: a label goes on the lowest level
     * where it overlaps no label and no leader of a label above it, so no line crosses text.
     */
    private List<Placement> stairs(List<Piece> row) {
        List<Piece> wanting = row.stream().filter(Piece::wantsCallout)
                .sorted(Comparator.comparingDouble((Piece p) -> p.x()).reversed()).toList();
        List<Placement> placed = new ArrayList<>();
        for (Piece p : wanting) {
            double anchor = p.x() + Math.min(p.width() / 2, m.pixelsPerByte() * 4);
            double end = anchor + LEADER_INDENT + calloutWidth(p.label(), p.detail());
            int level = 0;
            while (true) {
                final int l = level;
                boolean free = placed.stream().noneMatch(q -> q.level() == l && q.anchor() < end + 6 && anchor < q.end() + 6)
                        && placed.stream().noneMatch(q -> q.level() > l && q.anchor() >= anchor - 2 && q.anchor() <= end + 6);
                if (free) {
                    break;
                }
                level++;
            }
            placed.add(new Placement(p, level, anchor, end));
        }
        return placed;
    }

    private double calloutWidth(String label, String detail) {
        return textWidth.of(label, false) + 8 + textWidth.of(detail, false) * DETAIL_CHAR_RATIO;
    }

    /** The object's regions cut into boxes along rows, before the rows' heights are known. */
    private List<Piece> pieces(MemoryObject object) {
        List<Piece> pieces = new ArrayList<>();
        Map<Integer, Integer> entryNumbers = entryNumbers(object);
        int column = 0;
        int row = 0;
        List<Region> regions = object.regions();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            int j = i;
            RegionKind kind = r.kind();
            while ((FOLDABLE.contains(kind) || TABLE_CELLS.contains(kind)) && j + 1 < regions.size()
                    && regions.get(j + 1).kind() == kind) {
                j++;
            }
            if (TABLE_CELLS.contains(kind)) {
                row = (column > 0 ? row + 1 : row);
                row = indexCells(regions.subList(i, j + 1), row, pieces) + 1;
                column = 0;
                i = j;
                continue;
            }
            int runBytes = regions.get(j).end() - r.offset();
            if (FOLDABLE.contains(kind) && runBytes > m.foldBytes()) {
                // A long run of free room: one shortened box on a row of its own.
                if (column > 0) {
                    row++;
                    column = 0;
                }
                String label = (j > i ? (j - i + 1) + " × " : "") + r.kind().title() + " · " + runBytes
                        + " bytes (shortened)";
                pieces.add(new Piece(row, 0, m.rowWidth(), r, label, label,
                        offsetText(r.offset()) + " … " + offsetText(regions.get(j).end()),
                        spoken(r, label, runBytes), true, false, true));
                row++;
                i = j;
                continue;
            }
            String label = r.label();
            Integer entry = entryNumbers.get(r.offset());
            if (entry != null) {
                label = r.kind() == RegionKind.ENTRY_HASH ? "hash #" + entry : "#" + entry + " " + r.label();
            }
            int remaining = r.size();
            while (remaining > 0) {
                int piece = Math.min(remaining, m.bytesPerRow() - column);
                double x = column * m.pixelsPerByte();
                double w = piece * m.pixelsPerByte();
                boolean first = remaining == r.size();
                // A region's continuation on the next row says so in words: a leading "…" reads as cut text.
                String fitted = first ? shortest(label, w) : continued(label, w);
                String detail = first ? offsetText(r.offset()) + " · " + r.size() : "";
                boolean compact = textWidth.of(fitted, false) > w - m.boxPadding();
                pieces.add(new Piece(row, x, w, r, first ? label : "", fitted, detail,
                        spoken(r, label, r.size()), false, compact, first));
                remaining -= piece;
                column += piece;
                if (column == m.bytesPerRow()) {
                    column = 0;
                    row++;
                }
            }
        }
        return pieces;
    }

    /**
     * The entry number of each entry's first region (its hash, or its key), by offset: entries
     * are numbered in the order they sit in the table, as the index slots refer to them.
     */
    private static Map<Integer, Integer> entryNumbers(MemoryObject object) {
        Map<Integer, Integer> numbers = new HashMap<>();
        if (object.index().isEmpty()) {
            return numbers;
        }
        int entry = -1;
        boolean hashed = object.regions().stream().anyMatch(r -> r.kind() == RegionKind.ENTRY_HASH);
        for (Region r : object.regions()) {
            if (r.kind() == (hashed ? RegionKind.ENTRY_HASH : RegionKind.ENTRY_KEY)) {
                entry++;
            }
            if (entry >= 0 && (r.kind() == RegionKind.ENTRY_HASH || r.kind() == RegionKind.ENTRY_KEY)) {
                numbers.put(r.offset(), entry);
            }
        }
        return numbers;
    }

    /** Whether a cell of a hash table holds nothing: an index slot without an entry, a bucket without a chain. */
    private static boolean emptyCell(Region r) {
        return r.kind() == RegionKind.BUCKET ? !r.label().contains(" → ") : r.label().isEmpty();
    }

    /**
     * A hash table's index slots, or a {@code HashMap}'s buckets, from {@code row} on: each slot
     * holding an entry a cell naming the slot and the entry ("slot 35 → #0"), each bucket holding
     * a chain a cell naming its keys ("[8] → \"x\""), each run of empty ones one cell ("slots
     * 2–34 empty", "buckets 10–15 empty"); returns the last row used.
     */
    private int indexCells(List<Region> slots, int row, List<Piece> pieces) {
        double x = 0;
        int s = 0;
        String noun = slots.get(0).kind() == RegionKind.BUCKET ? "bucket" : "slot";
        while (s < slots.size()) {
            Region r = slots.get(s);
            int e = s;
            boolean empty = emptyCell(r);
            while (empty && e + 1 < slots.size() && emptyCell(slots.get(e + 1))) {
                e++;
            }
            int bytes = slots.get(e).end() - r.offset();
            String label;
            String detail;
            if (!empty) {
                label = r.kind() == RegionKind.BUCKET ? r.label() : "slot " + s + " → #" + r.label();
                detail = offsetText(r.offset()) + " · " + r.size();
            } else if (e > s) {
                label = noun + "s " + s + "–" + e + " empty";
                detail = offsetText(r.offset()) + " … " + offsetText(slots.get(e).end());
            } else {
                label = noun + " " + s + " empty";
                detail = offsetText(r.offset()) + " · " + r.size();
            }
            // A run of empty slots is as wide as its text: it is drawn folded, like long runs of free room.
            double text = Math.max(textWidth.of(label, false), textWidth.of(detail, true) * DETAIL_CHAR_RATIO)
                    + m.boxPadding() + 2;
            double w = Math.ceil(empty && e > s ? text : Math.max(bytes * m.pixelsPerByte(), text));
            w = Math.min(w, m.rowWidth());
            if (x > 0 && x + w > m.rowWidth()) {
                row++;
                x = 0;
            }
            pieces.add(new Piece(row, x, w, r, label, label, detail, spoken(r, label, bytes), empty && e > s,
                    false, true));
            x += w;
            s = e + 1;
        }
        return row;
    }

    /**
     * Under the instance, each header word read from it, bit by bit: its value, then its fields
     * as the runtime's source draws them ("hash:31 = 0 (not computed yet) · … · lock:2 = 01
     * (unlocked)"), which no box is narrow enough to show.
     */
    private double headerBits(MemoryObject object, double top, Sheet sheet) {
        double y = top;
        for (Region r : object.regions()) {
            if (r.bits().isEmpty()) {
                continue;
            }
            WordBits word = r.bits().get();
            y += CALLOUT_GAP;
            List<String> lines = new ArrayList<>();
            lines.add(r.label() + " word " + word.hex() + ", bit by bit · " + word.source());
            // The fields as many to a line as the row has room for, so a half-width pane shows them whole.
            String line = "";
            for (WordBits.Field field : word.fields()) {
                String longer = line.isEmpty() ? field.text() : line + " · " + field.text();
                if (!line.isEmpty() && textWidth.of(longer, true) * DETAIL_CHAR_RATIO > m.rowWidth()) {
                    lines.add(line);
                    longer = field.text();
                }
                line = longer;
            }
            lines.add(line);
            for (String text : lines) {
                sheet.remarks.add(new Drawing.Remark(0, y, object.id(), text));
                sheet.right = Math.max(sheet.right, textWidth.of(text, true) * DETAIL_CHAR_RATIO);
                y += REMARK_LINE;
            }
        }
        return y;
    }

    /**
     * Under a hash table, where each key's hash sends it: {@code hash & mask} is the first slot
     * tried, and a taken slot sends the key on to the next slot of its probe sequence. A slide
     * leaves the hash itself to the window (nineteen digits no one reads from the back of a room).
     */
    private double remarks(MemoryObject object, double top, Sheet sheet) {
        boolean slide = mode == Mode.SLIDE;
        if (object.index().isEmpty() || object.index().get().keys().isEmpty()) {
            return top;
        }
        KeyIndex index = object.index().get();
        double y = top + CALLOUT_GAP;
        for (KeyIndex.Key key : index.keys()) {
            long first = key.hash() & index.mask();
            String hash = slide ? ":  " : "   hash " + key.hash() + "   ";
            String text = "#" + key.entry() + " '" + key.name() + "'" + hash + "hash & " + index.mask() + " = " + first
                    + (first == key.slot() ? " → slot " + key.slot() : ", taken → probing → slot " + key.slot());
            sheet.remarks.add(new Drawing.Remark(0, y, object.id(), text));
            sheet.right = Math.max(sheet.right, textWidth.of(text, true) * DETAIL_CHAR_RATIO);
            y += slide ? SLIDE_REMARK_LINE : REMARK_LINE;
        }
        return y;
    }

    /**
     * The label, or its number alone ("12" of "[12]") when only that fits, or nothing;
     * a callout then gives the whole label.
     */
    private String shortest(String label, double w) {
        String whole = fits(label, w);
        Matcher number = NUMBER.matcher(label);
        if (!whole.isEmpty() || !number.find()) {
            return whole;
        }
        return fits(number.group(1), w);
    }

    /** "free (cont.)" where it fits, else the name alone, else nothing (the first piece names it). */
    private String continued(String label, double w) {
        String said = fits(label + " (cont.)", w);
        return said.isEmpty() ? fits(label, w) : said;
    }

    /** The text if it fits a box of width {@code w} in the smaller type, else nothing. */
    private String fits(String text, double w) {
        return textWidth.of(text, true) <= w - m.boxPadding() ? text : "";
    }

    /** The detail line if it fits the box; a callout carries it otherwise. */
    private String fitOrNothing(String detail, double w) {
        return detail.isEmpty() ? "" : fits(detail, w);
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

    /**
     * The shared objects a slide folds, by id, each with the objects it takes into its row: shared
     * objects that only folded objects point at and that point at nothing (an interned string's
     * bytes). A shared object other than a hash table is folded because that it is shared is the
     * lesson, not what it holds.
     */
    private static Map<String, List<MemoryObject>> folds(ObjectLayout layout) {
        Map<String, List<MemoryObject>> folds = new HashMap<>();
        for (MemoryObject object : layout.objects()) {
            if (object.shared() && object.index().isEmpty() && !object.id().equals(layout.instance().id())) {
                folds.put(object.id(), new ArrayList<>());
            }
        }
        for (MemoryObject object : layout.objects()) {
            if (!folds.containsKey(object.id()) || object.regions().stream().anyMatch(r -> r.pointsTo().isPresent())) {
                continue;
            }
            List<MemoryObject> referrers = layout.objects().stream()
                    .filter(o -> o.regions().stream().anyMatch(r -> r.pointsTo().filter(object.id()::equals).isPresent()))
                    .toList();
            if (!referrers.isEmpty() && referrers.stream().allMatch(o -> folds.containsKey(o.id()))) {
                folds.get(referrers.get(0).id()).add(object);
            }
        }
        return folds;
    }

    /**
     * One object as a slide draws it, from {@code top}; returns the y below its last row. Its
     * boxes carry names and no offsets. A box too narrow for its name has it above the row: alone
     * with a leader line, or, for a run of such boxes side by side, in one line over a bracket.
     */
    private double drawSlideObject(MemoryObject object, Map<String, List<MemoryObject>> folds, double top, Sheet sheet) {
        List<Piece> pieces = folds.containsKey(object.id()) ? foldedPieces(object, folds.get(object.id()), sheet.drawn)
                : emptyBucketRuns(object) ? bucketPieces(object) : pieces(object);
        int rows = pieces.stream().mapToInt(Piece::row).max().orElse(-1) + 1;
        double y = top;
        for (int row = 0; row < rows; row++) {
            final int r = row;
            List<Piece> inRow = pieces.stream().filter(p -> p.row() == r).sorted(Comparator.comparingDouble(Piece::x)).toList();
            List<Overhead> labels = overheads(inRow);
            int levels = labels.stream().mapToInt(Overhead::level).max().orElse(-1) + 1;
            double rowTop = y + (levels > 0 ? levels * SLIDE_CALLOUT_LEVEL + CALLOUT_GAP : 0);
            for (Overhead label : labels) {
                double textTop = rowTop - CALLOUT_GAP - (label.level() + 1) * SLIDE_CALLOUT_LEVEL;
                List<Piece> run = label.run();
                if (run.size() == 1) {
                    sheet.callouts.add(new Drawing.Callout(label.legs(), textTop, rowTop - textTop, object.id(),
                            run.get(0).label(), ""));
                } else {
                    Piece last = run.get(run.size() - 1);
                    sheet.brackets.add(new Drawing.Bracket(run.get(0).x(), last.x() + last.width(), textTop,
                            textTop + SLIDE_CALLOUT_LEVEL - BRACKET_GAP, rowTop,
                            run.subList(1, run.size()).stream().map(Piece::x).toList(), object.id(),
                            run.stream().map(Piece::label).toList()));
                }
                sheet.right = Math.max(sheet.right, label.end());
            }
            List<Piece> pointing = inRow.stream()
                    .filter(p -> p.first() && p.region().pointsTo().filter(sheet.drawn::contains).isPresent())
                    .toList();
            for (Piece p : inRow) {
                Drawing.Box box = new Drawing.Box(p.x(), rowTop, p.width(), m.rowHeight(), object.id(), p.region(),
                        p.fitted(), "", p.spoken(), p.folded(), p.compact(), p.first());
                sheet.boxes.add(box);
                sheet.right = Math.max(sheet.right, p.x() + p.width());
                int track = pointing.indexOf(p);
                if (track >= 0) {
                    sheet.pointers.add(new Pointer(box, p.region().pointsTo().get(),
                            rowTop + m.rowHeight() + TRACK * (track + 1), 0));
                }
            }
            y = rowTop + m.rowHeight() + (pointing.isEmpty() ? 0 : TRACK * pointing.size() + CALLOUT_GAP) + m.rowGap();
        }
        return y - m.rowGap();
    }

    /**
     * Names set above a row: one box's (its leader at {@code legs}) or a run's over a bracket
     * from {@code legs} to {@code legsEnd}; the text reaches from {@code start} to {@code end}.
     */
    private record Overhead(List<Piece> run, double start, double end, double legs, double legsEnd, int level) {
        Overhead at(int other) {
            return new Overhead(run, start, end, legs, legsEnd, other);
        }
    }

    /**
     * The names of a row's boxes too narrow for them, as callouts and brackets, stacked from the
     * right: each goes on the lowest level where its text overlaps no other text, no leader or leg
     * of a name above it crosses its text, and its own leader or legs cross no text below.
     */
    private List<Overhead> overheads(List<Piece> row) {
        List<List<Piece>> runs = new ArrayList<>();
        Piece previous = null;
        for (Piece p : row) {
            if (!p.wantsCallout()) {
                previous = null;
                continue;
            }
            List<Piece> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            boolean joins = previous != null && Math.abs(previous.x() + previous.width() - p.x()) < 0.5
                    && textWidth.of(names(run, p), false) <= Math.max(p.x() + p.width(), m.rowWidth()) - run.get(0).x();
            if (joins) {
                run.add(p);
            } else {
                runs.add(new ArrayList<>(List.of(p)));
            }
            previous = p;
        }
        List<Overhead> placed = new ArrayList<>();
        for (int i = runs.size() - 1; i >= 0; i--) {
            List<Piece> run = runs.get(i);
            Piece first = run.get(0);
            Piece last = run.get(run.size() - 1);
            Overhead o;
            if (run.size() == 1) {
                double anchor = first.x() + Math.min(first.width() / 2, m.pixelsPerByte() * 4);
                o = new Overhead(run, anchor, anchor + LEADER_INDENT + textWidth.of(first.label(), false), anchor, anchor, 0);
            } else {
                double right = last.x() + last.width();
                o = new Overhead(run, first.x(), Math.max(right, first.x() + textWidth.of(names(run, null), false)),
                        first.x(), right, 0);
            }
            int level = 0;
            while (level < placed.size() && !free(o.at(level), placed)) {
                level++;
            }
            placed.add(o.at(level));
        }
        return placed;
    }

    private static String names(List<Piece> run, Piece next) {
        List<String> names = new ArrayList<>(run.stream().map(Piece::label).toList());
        if (next != null) {
            names.add(next.label());
        }
        return String.join(" · ", names);
    }

    private static boolean free(Overhead o, List<Overhead> placed) {
        for (Overhead q : placed) {
            boolean crossesText = q.level() == o.level() && q.start() < o.end() + 6 && o.start() < q.end() + 6;
            boolean legsThroughOurs = q.level() > o.level() && q.legsEnd() >= o.start() - 2 && q.legs() <= o.end() + 6;
            // Names are placed from the right, so a name below starts right of these legs; a guard all the same.
            boolean oursThroughText = q.level() < o.level() && o.legsEnd() > q.start() + 1 && o.legs() < q.end();
            if (crossesText || legsThroughOurs || oursThroughText) {
                return false;
            }
        }
        return true;
    }

    /**
     * A folded object's row: its pointers to objects drawn (each its own box, so its arrow starts
     * where it says), one box for the rest of its bytes, and a box for each object it takes in.
     */
    private List<Piece> foldedPieces(MemoryObject object, List<MemoryObject> absorbed, Set<String> drawn) {
        Flow flow = new Flow();
        List<Region> kept = object.regions().stream().filter(r -> r.pointsTo().filter(drawn::contains).isPresent()).toList();
        List<Region> rest = object.regions().stream().filter(r -> !kept.contains(r)).toList();
        for (Region r : kept) {
            double w = r.size() * m.pixelsPerByte();
            String fitted = shortest(r.label(), w);
            flow.add(new Piece(0, 0, w, r, r.label(), fitted, "", spoken(r, r.label(), r.size()), false,
                    textWidth.of(fitted, false) > w - m.boxPadding(), true));
        }
        if (!rest.isEmpty()) {
            int bytes = rest.stream().mapToInt(Region::size).sum();
            addFolded(flow, rest, bytes + " bytes, folded", bytes);
        }
        for (MemoryObject a : absorbed) {
            addFolded(flow, a.regions(), a.label() + " · " + a.size() + " bytes", a.size());
        }
        return flow.pieces;
    }

    /**
     * A box standing for {@code regions}, as wide as its text (it is not drawn to scale, as a
     * long run of free room is not), coloured as the kind with most bytes among them.
     */
    private void addFolded(Flow flow, List<Region> regions, String label, int bytes) {
        Region most = regions.stream().max(Comparator.comparingInt(Region::size)).orElseThrow();
        double w = Math.min(m.rowWidth(), Math.ceil(textWidth.of(label, false) + m.boxPadding() + 2));
        flow.add(new Piece(0, 0, w, most, label, label, "", spoken(most, label, bytes), true, false, true));
    }

    /** Boxes set one after another along rows, a box that would pass a row's end starting the next. */
    private final class Flow {
        final List<Piece> pieces = new ArrayList<>();
        int row;
        double x;

        void add(Piece piece) {
            if (x > 0 && x + piece.width() > m.rowWidth()) {
                row++;
                x = 0;
            }
            pieces.add(new Piece(row, x, piece.width(), piece.region(), piece.label(), piece.fitted(), piece.detail(),
                    piece.spoken(), piece.folded(), piece.compact(), piece.first()));
            x += piece.width();
        }
    }

    /** True when a hash table's array has two empty buckets side by side, which a slide draws as one box. */
    private static boolean emptyBucketRuns(MemoryObject object) {
        List<Region> regions = object.regions();
        return IntStream.range(1, regions.size()).anyMatch(i -> emptyBucket(regions.get(i - 1)) && emptyBucket(regions.get(i)));
    }

    private static boolean emptyBucket(Region r) {
        return r.kind() == RegionKind.BUCKET && r.pointsTo().isEmpty() && r.label().isEmpty();
    }

    /**
     * A hash table's array on a slide: each run of empty buckets one box saying which ("buckets
     * 10–15 empty"), as wide as its text; the other regions to scale, a row ending before a box
     * that would pass its end.
     */
    private List<Piece> bucketPieces(MemoryObject object) {
        Flow flow = new Flow();
        List<Region> regions = object.regions();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            int j = i;
            while (emptyBucket(r) && j + 1 < regions.size() && emptyBucket(regions.get(j + 1))) {
                j++;
            }
            if (j > i) {
                String label = "buckets " + bucketNumber(regions, i) + "–" + bucketNumber(regions, j) + " empty";
                addFolded(flow, regions.subList(i, j + 1), label, regions.get(j).end() - r.offset());
                i = j;
                continue;
            }
            double w = Math.min(m.rowWidth(), r.size() * m.pixelsPerByte());
            String fitted = shortest(r.label(), w);
            flow.add(new Piece(0, 0, w, r, r.label(), fitted, "", spoken(r, r.label(), r.size()), false,
                    textWidth.of(fitted, false) > w - m.boxPadding(), true));
        }
        return flow.pieces;
    }

    /** A bucket's number: its place among the array's buckets. */
    private static long bucketNumber(List<Region> regions, int at) {
        return regions.subList(0, at).stream().filter(r -> r.kind() == RegionKind.BUCKET).count();
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
