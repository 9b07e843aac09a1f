package dev.slotscope.drawing;

import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

import java.util.List;

/**
 * A layout turned into positioned shapes, with no JavaFX in it: the window turns it into nodes,
 * and an exporter can turn it into other formats.
 */
public record Drawing(double width, double height, List<Box> boxes, List<Title> titles, List<Arrow> arrows,
                      List<Callout> callouts, List<Remark> remarks, List<Bracket> brackets,
                      List<Link> links) {

    public Drawing {
        boxes = List.copyOf(boxes);
        titles = List.copyOf(titles);
        arrows = List.copyOf(arrows);
        callouts = List.copyOf(callouts);
        remarks = List.copyOf(remarks);
        brackets = List.copyOf(brackets);
        links = List.copyOf(links);
    }

    /** A drawing of boxes, titles and arrows only. */
    public Drawing(double width, double height, List<Box> boxes, List<Title> titles, List<Arrow> arrows) {
        this(width, height, boxes, titles, arrows, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A thin line inside a hash table from an index slot down to the entry whose number it holds:
     * what "slot 35 holds entry 0" looks like. It leaves the bottom of the slot's cell (from an
     * earlier row of a wrapped index, turning aside past the rows below), runs along a track above
     * the entries and drops onto the top of the entry's first box; a polyline of level and upright legs.
     *
     * @param objectId the table
     * @param slot     the index slot
     * @param entry    the entry's number
     * @param points   the line, from the slot to the entry
     */
    public record Link(String objectId, int slot, int entry, List<Point> points) {
        public Link {
            points = List.copyOf(points);
        }
    }

    /**
     * The label of a box too narrow to carry it, drawn above the box's row with a leader line down
     * to the box: a label is never dropped.
     *
     * @param x        where the leader runs down, the middle of the box; the text starts just right of it
     * @param y        the top of the text
     * @param leader   from {@code y} down to the top of the box
     * @param objectId the object the box belongs to
     * @param label    the region's label
     * @param detail   its offset and size
     */
    public record Callout(double x, double y, double leader, String objectId, String label, String detail) {
    }

    /**
     * The labels of a run of boxes too narrow for any of them, as a slide draws them: one line of
     * names in the boxes' order above a bracket that spans the run, with a tick between each two
     * boxes and legs down to the row.
     *
     * @param x        the left end of the bracket and of the text
     * @param right    the right end of the bracket
     * @param y        the top of the text
     * @param lineY    where the bracket runs, under the text
     * @param rowTop   where its legs end, the top of the boxes' row
     * @param ticks    where two boxes of the run meet
     * @param objectId the object the boxes belong to
     * @param labels   the boxes' labels, left to right
     */
    public record Bracket(double x, double right, double y, double lineY, double rowTop, List<Double> ticks,
                          String objectId, List<String> labels) {
        public Bracket {
            ticks = List.copyOf(ticks);
            labels = List.copyOf(labels);
        }

        /** The names as the slide prints them. */
        public String text() {
            return String.join(" · ", labels);
        }

        Bracket shifted(double dx) {
            return new Bracket(x + dx, right + dx, y, lineY, rowTop, ticks.stream().map(t -> t + dx).toList(), objectId,
                    labels);
        }
    }

    /** A line of text under an object, such as where a key's hash sends it in a hash table. */
    public record Remark(double x, double y, String objectId, String text) {
    }

    /**
     * One box: a region, or the part of it on one row, or a run of room drawn shortened.
     *
     * @param objectId the object the box belongs to
     * @param region   the region drawn (for a folded run, its first region)
     * @param label    text on the box (empty when a callout carries it instead)
     * @param detail   the second line: offset and size
     * @param spoken   what a tooltip or screen reader says
     * @param folded   true when the box stands for more bytes than its width shows
     * @param compact  true when the label needs the smaller type to fit
     * @param first    true for the box holding the region's first byte (a region may wrap rows)
     */
    public record Box(double x, double y, double width, double height, String objectId, Region region,
                      String label, String detail, String spoken, boolean folded, boolean compact, boolean first) {

        Box shifted(double dx) {
            return new Box(x + dx, y, width, height, objectId, region, label, detail, spoken, folded, compact, first);
        }

        public RegionKind kind() {
            return region.kind();
        }
    }

    /** An object's title: its name and size, and whether instances share it. */
    public record Title(double x, double y, String objectId, String text, String detail, boolean shared) {

        /** What the badge beside a shared object's title says. */
        public static final String SHARED_BADGE = "shared by all instances";

        Title shifted(double dx) {
            return new Title(x + dx, y, objectId, text, detail, shared);
        }
    }

    /** A pointer from a region to the object it points at, as a polyline ending in an arrowhead. */
    public record Arrow(String fromObjectId, String toObjectId, List<Point> points) {
        public Arrow {
            points = List.copyOf(points);
        }
    }

    public record Point(double x, double y) {
    }
}
