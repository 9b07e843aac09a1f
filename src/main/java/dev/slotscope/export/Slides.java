package dev.slotscope.export;

import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.lesson.Scene;

import java.util.ArrayList;
import java.util.List;

/**
 * A scene as a {@link Slide}, laid out so that its smallest text is at least {@link Slide#MIN_TEXT}
 * on the slide. The picture is fitted to the slide's body; when the plain arrangement would have to
 * be shrunk below that, the others are tried: panels one under the other instead of side by side
 * (or the reverse), the drawings' objects set in two or three {@link Columns}, tighter rows and
 * narrower bytes (never at the cost of a label), the legend beside the picture instead of under
 * it. Of the arrangements that are readable, the one drawn largest wins, each departure from the
 * plain one counting against it; if none is readable, the largest.
 *
 * <p>{@link Columns#usedWidth} measures a drawing's boxes, titles and captions; anything else a
 * drawing comes to hold beside its boxes must be measured there too, or a column would cut it.
 */
public final class Slides {

    /**
     * Metrics a slide may draw with besides the classroom's: less room between rows and objects,
     * narrower bytes and shorter rows, so the drawing shrinks around text that stays the same
     * size. Each is taken only where it leaves no label out.
     */
    private static final List<DrawingMetrics> METRICS = List.of(DrawingMetrics.CLASSROOM,
            tight(12, 64), tight(10, 64), tight(10, 48), tight(9, 48), tight(8, 48), tight(7, 64));

    private static DrawingMetrics tight(double pixelsPerByte, int bytesPerRow) {
        DrawingMetrics c = DrawingMetrics.CLASSROOM;
        return new DrawingMetrics(pixelsPerByte, bytesPerRow, 46, 4, 28, 16, c.gutterWidth(), c.laneSpacing(), c.foldBytes(),
                c.boxPadding(), c.labelCharWidth(), c.compactLabelCharWidth());
    }

    private static final int MAX_COLUMNS = 3;
    private static final double PANEL_GAP = 48;
    private static final double COLUMN_GAP = 40;
    private static final double SECTION_GAP = 14;
    /** A legend under a narrow picture may be this wide before it wraps. */
    private static final double LEGEND_WIDTH = 600;
    /** What each departure from the plain arrangement costs, as a factor on the scale it wins. */
    private static final double COLUMN_COST = 0.72;
    private static final double TIGHT_COST = 0.9;
    private static final double DOWN_COST = 0.96;
    private static final double BESIDE_COST = 0.97;

    /** One way to lay a scene out, and how large it would be drawn. */
    record Arrangement(Picture body, double scale, double preference) {
        boolean readable() {
            return scale * smallestText(body) >= Slide.MIN_TEXT - 1e-9;
        }
    }

    /**
     * The scene as a slide: its title, headline figure, question, and its picture, with a legend
     * and a caption naming runtime, variants and step when asked.
     */
    public Slide of(Scene scene, boolean legend, boolean caption, String number) {
        String takeaway = scene.questions().isEmpty() ? "" : scene.questions().get(0).question();
        // Until slides have a drawing of their own with room for them, the links from index slots to
        // entries stay in the window and single pictures: on a slide their room shrinks every text.
        ScenePictures.Content plain = new ScenePictures().withoutSlotLinks().content(scene);
        String footer = caption ? plain.caption() : "";
        Slide probe = new Slide(scene.title(), plain.headline(), takeaway, new TextLine("", TextLine.Role.BODY), number, footer);
        List<Arrangement> arrangements = new ArrayList<>();
        for (DrawingMetrics metrics : METRICS) {
            ScenePictures.Content content = metrics == DrawingMetrics.CLASSROOM ? plain
                    : new ScenePictures(metrics).withoutSlotLinks().content(scene);
            // Narrower bytes must not cost a label: a box drawn blank says nothing, however large.
            if (metrics != DrawingMetrics.CLASSROOM && (content.kinds().isEmpty() || unlabelled(content) > unlabelled(plain))) {
                continue;
            }
            double cost = metrics == DrawingMetrics.CLASSROOM ? 1 : TIGHT_COST;
            arrangements.addAll(arrangements(content, !scene.title().isBlank(), legend, probe, cost));
        }
        Arrangement best = arrangements.stream().filter(Arrangement::readable)
                .max((a, b) -> Double.compare(a.scale() * a.preference(), b.scale() * b.preference()))
                .orElseGet(() -> arrangements.stream().max((a, b) -> Double.compare(a.scale(), b.scale())).orElseThrow());
        return new Slide(scene.title(), plain.headline(), takeaway, best.body(), number, footer);
    }

    private static List<Arrangement> arrangements(ScenePictures.Content content, boolean titled, boolean legend, Slide probe,
                                                  double cost) {
        List<Arrangement> out = new ArrayList<>();
        int lastColumns = 0;
        for (int k = 1; k <= MAX_COLUMNS; k++) {
            List<Picture> panels = new ArrayList<>();
            int extraColumns = 0;
            for (ScenePictures.Panel panel : content.panels()) {
                // Long notes wrap to the figure's width rather than widen the picture and shrink it.
                double width = Math.max(panel.figure().width(), LEGEND_WIDTH);
                ScenePictures.Panel shown = new ScenePictures.Panel(
                        panel.above().stream().filter(line -> !repeats(line, content, titled))
                                .flatMap(l -> l.wrapped(width).stream()).toList(),
                        panel.figure(), panel.below().stream().flatMap(l -> l.wrapped(width).stream()).toList(), panel.drawing());
                if (shown.figure() instanceof LayoutPicture picture) {
                    Columns columns = Columns.of(picture, k, COLUMN_GAP);
                    extraColumns += columns.count() - 1;
                    shown = shown.withFigure(columns);
                }
                panels.add(shown.picture());
            }
            if (k > 1 && extraColumns == lastColumns) {
                break;
            }
            lastColumns = extraColumns;
            double columnCost = Math.pow(COLUMN_COST, extraColumns);
            out.addAll(arrangement(Stack.across(PANEL_GAP, panels), content, legend, probe, cost * columnCost));
            if (panels.size() > 1) {
                out.addAll(arrangement(Stack.down(PANEL_GAP, panels), content, legend, probe, cost * columnCost * DOWN_COST));
            }
        }
        return out;
    }

    /** How many regions the content's drawings leave without their name, in the box or in a callout above it. */
    static long unlabelled(ScenePictures.Content content) {
        return content.panels().stream().flatMap(p -> p.drawing().stream())
                .mapToLong(d -> d.boxes().stream()
                        .filter(b -> b.first() && b.label().isBlank() && !b.region().label().isBlank())
                        .filter(b -> d.callouts().stream().noneMatch(c -> c.objectId().equals(b.objectId())
                                && c.x() >= b.x() && c.x() <= b.x() + b.width() && c.y() < b.y()))
                        .count())
                .sum();
    }

    /**
     * A panel's line the slide already says: the figure its headline gives large (the memory
     * view's comparison, also at the end of its summary; a layout's bytes per instance) and, for a slide of one panel, the heading
     * that names what the slide's title names. A compare slide keeps its panels' headings: they
     * tell the panels apart; so does a slide without a title.
     */
    private static boolean repeats(TextLine line, ScenePictures.Content content, boolean titled) {
        if (line.text().equals(content.headline())) {
            return true;
        }
        // A memory chart's summary ends with the comparison the headline gives large.
        if (line.role() == TextLine.Role.GOOD && !content.headline().isEmpty() && line.text().endsWith(content.headline())) {
            return true;
        }
        if (content.panels().size() > 1 || !titled) {
            return false;
        }
        return line.role() == TextLine.Role.HEADING || line.role() == TextLine.Role.NOTE && line.text().startsWith(content.headline());
    }

    /**
     * The size of the smallest text a picture paints, before it is scaled: what, times the
     * slide's scale, must reach {@link Slide#MIN_TEXT}. A box whose label needs the compact type
     * has the smallest text there is ({@link Typography#SMALLEST}); titles' details, badges,
     * callouts' details, remarks under hash tables and the chart's ticks are set in the small type.
     */
    static double smallestText(Picture picture) {
        Typography type = Typography.DEFAULT;
        if (picture instanceof Stack stack) {
            return stack.parts().stream().mapToDouble(Slides::smallestText).min().orElse(Double.MAX_VALUE);
        }
        if (picture instanceof Columns columns) {
            return smallestText(columns.picture());
        }
        if (picture instanceof LayoutPicture layout) {
            boolean compact = layout.drawing().boxes().stream().anyMatch(b -> b.compact() && !b.detail().isEmpty());
            return compact ? type.boxDetail(true).getSize2D() : type.small().getSize2D();
        }
        if (picture instanceof TextLine line) {
            return line.text().isEmpty() ? Double.MAX_VALUE : line.fontSize();
        }
        if (picture instanceof Legend) {
            return type.legend().getSize2D();
        }
        if (picture instanceof MemoryChart) {
            return type.small().getSize2D();
        }
        return Typography.SMALLEST;
    }

    private static List<Arrangement> arrangement(Picture panels, ScenePictures.Content content, boolean legend, Slide probe,
                                           double preference) {
        if (!legend || content.kinds().isEmpty()) {
            return List.of(new Arrangement(panels, Slide.scaleToFit(panels, probe.bodyArea()), preference));
        }
        Legend under = new Legend(content.kinds(), Math.max(panels.width(), LEGEND_WIDTH));
        Picture below = Stack.down(SECTION_GAP, List.of(panels, under));
        Picture beside = Stack.across(PANEL_GAP, List.of(panels, under.beside()));
        return List.of(new Arrangement(below, Slide.scaleToFit(below, probe.bodyArea()), preference),
                new Arrangement(beside, Slide.scaleToFit(beside, probe.bodyArea()), preference * BESIDE_COST));
    }

}
