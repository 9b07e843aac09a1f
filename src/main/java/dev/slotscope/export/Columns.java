package dev.slotscope.export;

import dev.slotscope.drawing.Drawing;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A drawing set in columns, like a newspaper, so that it fits a wide slide at a readable size:
 * the drawing is cut between objects (never through one), and the pieces stand side by side, each
 * as wide as what it holds (a drawing is as wide as a full row of bytes, but an object of 48 bytes
 * leaves the rest of its row empty). A pointer arrow that runs past a cut leaves the bottom of one
 * column in its lane and comes in at the top of the next in the same lane. One column is the
 * drawing cropped to what it uses.
 *
 * @param picture the whole drawing
 * @param cuts    where the columns begin, in the drawing's y; the first is 0
 * @param widths  how wide each column is
 * @param gap     room between two columns
 */
public record Columns(LayoutPicture picture, List<Double> cuts, List<Double> widths, double gap) implements Picture {

    /** Room for strokes and arrowheads that reach a little past a column's edge. */
    private static final double BLEED = 3;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /** As {@link LayoutPicture} sets a title: its text, a gap, its detail, a gap, a padded badge. */
    private static final double TITLE_GAP = 10;
    private static final double BADGE_PAD = 6;
    /** A remark's line is this many times its type's size high. */
    private static final double REMARK_HEIGHT = 19.0 / 12;
    /** As {@link LayoutPicture} sets a callout: its text right of the leader, then its detail. */
    private static final double CALLOUT_TEXT_X = 6;
    private static final double CALLOUT_GAP = 6;

    public Columns {
        cuts = List.copyOf(cuts);
        widths = List.copyOf(widths);
        if (cuts.isEmpty() || cuts.get(0) != 0) {
            throw new IllegalArgumentException("the first column begins at 0");
        }
        if (widths.size() != cuts.size()) {
            throw new IllegalArgumentException(cuts.size() + " columns but " + widths.size() + " widths");
        }
    }

    /**
     * The drawing in {@code count} columns of about equal height, cut between objects; fewer when
     * it has fewer objects.
     */
    public static Columns of(LayoutPicture picture, int count, double gap) {
        return of(picture, count, gap, cutPlaces(picture.drawing(), picture.type()));
    }

    /**
     * As {@link #of}, but free to cut between two rows of one object too, just under the upper
     * row (what sits above the lower row, its callouts and brackets, goes with it): for a slide
     * that continues an object too tall for one.
     */
    public static Columns ofRows(LayoutPicture picture, int count, double gap) {
        List<Double> places = new ArrayList<>(cutPlaces(picture.drawing(), picture.type()));
        places.addAll(rowCuts(picture.drawing(), picture.type()));
        places.sort(Double::compare);
        return of(picture, count, gap, places);
    }

    private static Columns of(LayoutPicture picture, int count, double gap, List<Double> places) {
        int n = Math.min(count - 1, places.size());
        List<Double> best = List.of(0.0);
        double bestHeight = picture.height();
        for (List<Double> choice : choose(places, n)) {
            List<Double> cuts = new ArrayList<>();
            cuts.add(0.0);
            cuts.addAll(choice);
            double h = tallest(cuts, picture.height());
            if (h < bestHeight - 0.5) {
                best = cuts;
                bestHeight = h;
            }
        }
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            widths.add(usedWidth(picture.drawing(), picture.type(), best.get(i), end(best, i, picture.height())));
        }
        return new Columns(picture, best, widths, gap);
    }

    /**
     * How wide the part of a drawing between {@code top} and {@code bottom} is: its boxes, its
     * titles with their details and badges, its callouts, brackets and remarks, set in the type
     * {@link LayoutPicture} paints them in.
     */
    static double usedWidth(Drawing drawing, Typography type, double top, double bottom) {
        double right = 0;
        for (Drawing.Box box : drawing.boxes()) {
            if (box.y() >= top && box.y() < bottom) {
                right = Math.max(right, box.x() + box.width());
            }
        }
        for (Drawing.Title title : drawing.titles()) {
            if (title.y() < top || title.y() >= bottom) {
                continue;
            }
            double w = type.objectTitle().getStringBounds(title.text(), MEASURE).getWidth() + TITLE_GAP
                    + type.objectDetail().getStringBounds(title.detail(), MEASURE).getWidth();
            if (title.shared()) {
                w += TITLE_GAP + type.small().getStringBounds(Drawing.Title.SHARED_BADGE, MEASURE).getWidth() + 2 * BADGE_PAD;
            }
            right = Math.max(right, title.x() + w);
        }
        for (Drawing.Callout callout : drawing.callouts()) {
            if (callout.y() >= top && callout.y() < bottom) {
                right = Math.max(right, callout.x() + CALLOUT_TEXT_X
                        + type.boxLabel(false).getStringBounds(callout.label(), MEASURE).getWidth() + CALLOUT_GAP
                        + type.boxDetail(false).getStringBounds(callout.detail(), MEASURE).getWidth());
            }
        }
        for (Drawing.Bracket bracket : drawing.brackets()) {
            if (bracket.y() >= top && bracket.y() < bottom) {
                right = Math.max(right, Math.max(bracket.right(),
                        bracket.x() + 2 + type.boxLabel(false).getStringBounds(bracket.text(), MEASURE).getWidth()));
            }
        }
        for (Drawing.Remark remark : drawing.remarks()) {
            if (remark.y() >= top && remark.y() < bottom) {
                right = Math.max(right, remark.x() + type.boxDetail(false).getStringBounds(remark.text(), MEASURE).getWidth());
            }
        }
        // Borders reach a little past the boxes.
        return Math.ceil(right) + BLEED;
    }

    /** Between each object and the next: half way from the lowest box above to the next title. */
    static List<Double> cutPlaces(Drawing drawing, Typography type) {
        double remarkHeight = REMARK_HEIGHT * type.boxDetail(false).getSize2D();
        List<Drawing.Title> titles = drawing.titles().stream().sorted(Comparator.comparingDouble(Drawing.Title::y)).toList();
        List<Double> places = new ArrayList<>();
        for (Drawing.Title title : titles.subList(Math.min(1, titles.size()), titles.size())) {
            // The lines under a hash table belong to it: the cut goes below them.
            double above = Math.max(drawing.boxes().stream().filter(b -> b.y() < title.y())
                            .mapToDouble(b -> b.y() + b.height()).max().orElse(title.y()),
                    drawing.remarks().stream().filter(r -> r.y() < title.y())
                            .mapToDouble(r -> r.y() + remarkHeight).max().orElse(0));
            places.add((Math.min(above, title.y()) + title.y()) / 2);
        }
        return places;
    }

    /**
     * Just under each row of boxes that another row follows, where nothing but what belongs to the
     * next row (its callouts and brackets) lies between them; never above an object's remarks.
     */
    static List<Double> rowCuts(Drawing drawing, Typography type) {
        double remarkHeight = REMARK_HEIGHT * type.boxDetail(false).getSize2D();
        List<Double> bottoms = drawing.boxes().stream().map(b -> b.y() + b.height()).distinct().sorted().toList();
        List<Double> cuts = new ArrayList<>();
        for (double bottom : bottoms) {
            double cut = bottom + BLEED;
            boolean crossesBox = drawing.boxes().stream().anyMatch(b -> b.y() < cut && b.y() + b.height() > cut);
            boolean nextRow = drawing.boxes().stream().anyMatch(b -> b.y() >= cut);
            boolean remarkUnder = drawing.remarks().stream().anyMatch(r -> r.y() >= bottom && r.y() - remarkHeight < cut
                    || r.y() >= cut && drawing.boxes().stream().noneMatch(b -> b.y() >= cut && b.y() < r.y()));
            if (!crossesBox && nextRow && !remarkUnder) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    private static List<List<Double>> choose(List<Double> from, int n) {
        List<List<Double>> out = new ArrayList<>();
        if (n == 0) {
            out.add(List.of());
            return out;
        }
        for (int i = 0; i <= from.size() - n; i++) {
            for (List<Double> rest : choose(from.subList(i + 1, from.size()), n - 1)) {
                List<Double> c = new ArrayList<>();
                c.add(from.get(i));
                c.addAll(rest);
                out.add(c);
            }
        }
        return out;
    }

    private static double tallest(List<Double> cuts, double total) {
        double h = 0;
        for (int i = 0; i < cuts.size(); i++) {
            h = Math.max(h, end(cuts, i, total) - cuts.get(i));
        }
        return h;
    }

    private static double end(List<Double> cuts, int i, double total) {
        return i + 1 < cuts.size() ? cuts.get(i + 1) : total;
    }

    /** How many columns. */
    public int count() {
        return cuts.size();
    }

    @Override
    public double width() {
        return widths.stream().mapToDouble(Double::doubleValue).sum() + (cuts.size() - 1) * gap;
    }

    @Override
    public double height() {
        return tallest(cuts, picture.height());
    }

    /**
     * Columns {@code from} to {@code to - 1} alone, side by side as here: the part of the drawing
     * one slide shows when a scene continues on the next. Arrows that run on to a column not shown
     * leave or enter at its edge, in their lanes.
     */
    public Range range(int from, int to) {
        return new Range(this, from, to);
    }

    /** Some of the columns, as {@link #range} gives them. */
    public record Range(Columns columns, int from, int to) implements Picture {

        public Range {
            if (from < 0 || to > columns.count() || from >= to) {
                throw new IllegalArgumentException("no columns " + from + " to " + to + " of " + columns.count());
            }
        }

        @Override
        public double width() {
            return columns.widths.subList(from, to).stream().mapToDouble(Double::doubleValue).sum()
                    + (to - from - 1) * columns.gap;
        }

        @Override
        public double height() {
            double h = 0;
            for (int i = from; i < to; i++) {
                h = Math.max(h, end(columns.cuts, i, columns.picture.height()) - columns.cuts.get(i));
            }
            return h;
        }

        @Override
        public void paint(Graphics2D g, Painting painting) {
            columns.paintColumns(g, painting, from, to);
        }
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        paintColumns(g, painting, 0, cuts.size());
    }

    private void paintColumns(Graphics2D g, Painting painting, int from, int to) {
        double left = 0;
        for (int i = from; i < to; i++) {
            double top = cuts.get(i);
            double bottom = end(cuts, i, picture.height());
            double columnWidth = widths.get(i);
            AffineTransform saved = g.getTransform();
            Shape savedClip = g.getClip();
            g.translate(left, -top);
            left += columnWidth + gap;
            // The first column keeps what lies above it, the last what lies below; the others are cut clean.
            double clipTop = i == 0 ? top - BLEED : top;
            double clipBottom = i == cuts.size() - 1 ? bottom + BLEED : bottom;
            g.clip(new Rectangle2D.Double(-BLEED, clipTop, columnWidth + 2 * BLEED, clipBottom - clipTop));
            picture.paint(g, painting);
            g.setClip(savedClip);
            g.setTransform(saved);
        }
    }
}
