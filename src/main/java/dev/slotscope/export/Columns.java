package dev.slotscope.export;

import dev.slotscope.drawing.Drawing;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tall drawing set in columns, like a newspaper, so that it fits a wide slide at a readable
 * size: the drawing is cut between objects (never through one), and the pieces stand side by
 * side. A pointer arrow that runs past a cut leaves the bottom of one column in its lane and
 * comes in at the top of the next in the same lane.
 *
 * @param picture     the whole drawing
 * @param columnWidth how wide a column is: the drawing's width, or less where its right part is empty
 * @param cuts        where the columns begin, in the drawing's y; the first is 0
 * @param gap         room between two columns
 */
public record Columns(LayoutPicture picture, double columnWidth, List<Double> cuts, double gap) implements Picture {

    /** Room for strokes and arrowheads that reach a little past a column's edge. */
    private static final double BLEED = 3;

    public Columns {
        cuts = List.copyOf(cuts);
        if (cuts.isEmpty() || cuts.get(0) != 0) {
            throw new IllegalArgumentException("the first column begins at 0");
        }
    }

    /**
     * The drawing in {@code count} columns of about equal height, cut between objects; fewer when
     * it has fewer objects.
     */
    public static Columns of(LayoutPicture picture, double columnWidth, int count, double gap) {
        List<Double> places = cutPlaces(picture.drawing());
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
        return new Columns(picture, columnWidth, best, gap);
    }

    /** Between each object and the next: half way from the lowest box above to the next title. */
    static List<Double> cutPlaces(Drawing drawing) {
        List<Drawing.Title> titles = drawing.titles().stream().sorted(Comparator.comparingDouble(Drawing.Title::y)).toList();
        List<Double> places = new ArrayList<>();
        for (Drawing.Title title : titles.subList(Math.min(1, titles.size()), titles.size())) {
            double above = drawing.boxes().stream().filter(b -> b.y() < title.y())
                    .mapToDouble(b -> b.y() + b.height()).max().orElse(title.y());
            places.add((Math.min(above, title.y()) + title.y()) / 2);
        }
        return places;
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
        return cuts.size() * columnWidth + (cuts.size() - 1) * gap;
    }

    @Override
    public double height() {
        return tallest(cuts, picture.height());
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        for (int i = 0; i < cuts.size(); i++) {
            double top = cuts.get(i);
            double bottom = end(cuts, i, picture.height());
            AffineTransform saved = g.getTransform();
            Shape savedClip = g.getClip();
            g.translate(i * (columnWidth + gap), -top);
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
