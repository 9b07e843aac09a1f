package dev.slotscope.export;

import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.lesson.Scene;

import java.util.ArrayList;
import java.util.List;

/**
 * A scene as a {@link Slide}, laid out so that its smallest text is at least {@link Slide#MIN_TEXT}
 * on the slide. The picture is fitted to the slide's body; when the plain arrangement would have to
 * be shrunk below that, the others are tried: panels one under the other instead of side by side
 * (or the reverse), the drawings' objects set in two or three columns, rows drawn tighter. Of the
 * arrangements that are readable, the one drawn largest wins, each departure from the plain one
 * counting against it; if none is readable, the largest.
 */
public final class Slides {

    /**
     * The classroom metrics with less room between rows and objects and narrower bytes: the text
     * stays the same size while the drawing shrinks around it.
     */
    static final DrawingMetrics TIGHT = new DrawingMetrics(10, 64, 46, 4, 28, 16, 56, 12, 128, 10, 9.4, 8.2);
    private static final List<DrawingMetrics> METRICS = List.of(DrawingMetrics.CLASSROOM, TIGHT);
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

    /** One way to lay a scene out, and how large it would be drawn. */
    record Arrangement(Picture body, double scale, double preference) {
        boolean readable() {
            return scale * Typography.SMALLEST >= Slide.MIN_TEXT - 1e-9;
        }
    }

    /**
     * The scene as a slide: its title, headline figure, question, and its picture, with a legend
     * and a caption naming runtime, variants and step when asked.
     */
    public Slide of(Scene scene, boolean legend, boolean caption, String number) {
        String takeaway = scene.questions().isEmpty() ? "" : scene.questions().get(0).question();
        ScenePictures.Content plain = new ScenePictures().content(scene);
        Slide probe = new Slide(scene.title(), plain.headline(), takeaway, new TextLine("", TextLine.Role.BODY), number);
        List<Arrangement> arrangements = new ArrayList<>();
        for (DrawingMetrics metrics : METRICS) {
            ScenePictures.Content content = metrics == DrawingMetrics.CLASSROOM ? plain : new ScenePictures(metrics).content(scene);
            if (metrics != DrawingMetrics.CLASSROOM && content.kinds().isEmpty()) {
                continue;
            }
            double cost = metrics == DrawingMetrics.CLASSROOM ? 1 : TIGHT_COST;
            arrangements.addAll(arrangements(content, legend, caption, probe, cost));
        }
        Arrangement best = arrangements.stream().filter(Arrangement::readable)
                .max((a, b) -> Double.compare(a.scale() * a.preference(), b.scale() * b.preference()))
                .orElseGet(() -> arrangements.stream().max((a, b) -> Double.compare(a.scale(), b.scale())).orElseThrow());
        return new Slide(scene.title(), plain.headline(), takeaway, best.body(), number);
    }

    private static List<Arrangement> arrangements(ScenePictures.Content content, boolean legend, boolean caption, Slide probe,
                                                  double cost) {
        List<Arrangement> out = new ArrayList<>();
        int lastColumns = 0;
        for (int k = 1; k <= MAX_COLUMNS; k++) {
            List<Picture> panels = new ArrayList<>();
            int extraColumns = 0;
            for (ScenePictures.Panel panel : content.panels()) {
                ScenePictures.Panel shown = panel;
                if (k > 1 && panel.figure() instanceof LayoutPicture picture) {
                    Columns columns = Columns.of(picture, k, COLUMN_GAP);
                    extraColumns += columns.count() - 1;
                    shown = panel.withFigure(columns);
                }
                panels.add(shown.picture());
            }
            if (k > 1 && extraColumns == lastColumns) {
                break;
            }
            lastColumns = extraColumns;
            double columnCost = Math.pow(COLUMN_COST, extraColumns);
            out.add(arrangement(Stack.across(PANEL_GAP, panels), content, legend, caption, probe, cost * columnCost));
            if (panels.size() > 1) {
                out.add(arrangement(Stack.down(PANEL_GAP, panels), content, legend, caption, probe, cost * columnCost * DOWN_COST));
            }
        }
        return out;
    }

    private static Arrangement arrangement(Picture panels, ScenePictures.Content content, boolean legend, boolean caption,
                                           Slide probe, double preference) {
        List<Picture> parts = new ArrayList<>(List.of(panels));
        if (legend && !content.kinds().isEmpty()) {
            parts.add(new Legend(content.kinds(), Math.max(panels.width(), LEGEND_WIDTH)));
        }
        if (caption) {
            parts.add(new TextLine(content.caption(), TextLine.Role.NOTE));
        }
        Picture body = Stack.down(SECTION_GAP, parts);
        return new Arrangement(body, Slide.scaleToFit(body, probe.bodyArea()), preference);
    }
}
