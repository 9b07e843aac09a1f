package dev.slotscope.export;

import dev.slotscope.drawing.Drawing;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.lesson.Scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scene as a {@link Slide}, laid out so that its smallest text is at least {@link Slide#MIN_TEXT}
 * on the slide. The picture is fitted to the slide's body; when the plain arrangement would have to
 * be shrunk below that, the others are tried: panels one under the other instead of side by side
 * (or the reverse), the drawings' objects set in two or three {@link Columns}, the legend beside
 * the picture instead of under it; then shorter rows, then narrower bytes (never at the cost of a
 * label). The first metrics with a readable arrangement are used, as each narrower byte sends more
 * names above their boxes; of their readable arrangements the one drawn largest wins, each
 * departure from the plain one counting against it. If none is readable, the largest.
 *
 * <p>{@link Columns#usedWidth} measures a drawing's boxes, titles and captions; anything else a
 * drawing comes to hold beside its boxes must be measured there too, or a column would cut it.
 */
public final class Slides {

    /**
     * The metrics a slide draws with, in slide pixels for {@link Typography#SLIDE}: rows one line
     * high (a slide's boxes carry no offsets) and runs of free room over 32 bytes folded; then
     * narrower bytes, which shrink a drawing around names that stay the same size (each name a
     * byte cannot hold goes above its row).
     */
    private static final List<DrawingMetrics> METRICS = List.of(slide(12, 64), slide(12, 48), slide(10, 64), slide(9, 64));

    private static DrawingMetrics slide(double pixelsPerByte, int bytesPerRow) {
        return new DrawingMetrics(pixelsPerByte, bytesPerRow, 30, 6, 30, 14, 56, 12, 32, 12, 12, 12);
    }

    private static final int MAX_COLUMNS = 3;
    /** A scene continued over slides is cut into at most this many columns in all. */
    private static final int MAX_CONTINUED_COLUMNS = 6;
    private static final double PANEL_GAP = 48;
    private static final double COLUMN_GAP = 40;
    private static final double SECTION_GAP = 14;
    /** A legend under a narrow picture may be this wide before it wraps. */
    private static final double LEGEND_WIDTH = 900;
    /** What each departure from the plain arrangement costs, as a factor on the scale it wins. */
    private static final double COLUMN_COST = 0.72;
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
        return of(scene, ScenePictures.forSlides(METRICS.get(0)).content(scene), legend, caption, number);
    }

    /** The slide of a scene whose content at the first metrics, {@code plain}, is already drawn. */
    private Slide of(Scene scene, ScenePictures.Content plain, boolean legend, boolean caption, String number) {
        String takeaway = scene.questions().isEmpty() ? "" : scene.questions().get(0).question();
        String footer = caption ? plain.caption() : "";
        Slide probe = new Slide(scene.title(), plain.headline(), takeaway, new TextLine("", TextLine.Role.BODY), number, footer);
        List<Arrangement> arrangements = new ArrayList<>();
        for (DrawingMetrics metrics : METRICS) {
            boolean first = metrics == METRICS.get(0);
            ScenePictures.Content content = first ? plain : ScenePictures.forSlides(metrics).content(scene);
            // Narrower bytes must not cost a label: a box drawn blank says nothing, however large.
            if (!first && (content.kinds().isEmpty() || unlabelled(content) > unlabelled(plain))) {
                continue;
            }
            List<Arrangement> these = arrangements(content, !scene.title().isBlank(), legend, probe);
            // The first metrics that give a readable slide win: narrower bytes put more names above their boxes.
            var readable = these.stream().filter(Arrangement::readable)
                    .max((a, b) -> Double.compare(a.scale() * a.preference(), b.scale() * b.preference()));
            if (readable.isPresent()) {
                return new Slide(scene.title(), plain.headline(), takeaway, readable.get().body(), number, footer);
            }
            arrangements.addAll(these);
        }
        Arrangement best = arrangements.stream().max((a, b) -> Double.compare(a.scale(), b.scale())).orElseThrow();
        return new Slide(scene.title(), plain.headline(), takeaway, best.body(), number, footer);
    }

    /**
     * The scene as slides: one, or, when no arrangement reaches the text floor on one slide, more:
     * a compare scene's panels one after the other, and a drawing still too dense its columns
     * shared out over slides; the scene's title ("continued" after the first) and figure on each,
     * its question on the first. When even that cannot reach the floor, the one slide stays.
     */
    public List<Slide> slidesOf(Scene scene, boolean legend, boolean caption, String number) {
        ScenePictures.Content content = ScenePictures.forSlides(METRICS.get(0)).content(scene);
        Slide one = of(scene, content, legend, caption, number);
        if (readable(one)) {
            return List.of(one);
        }
        String takeaway = scene.questions().isEmpty() ? "" : scene.questions().get(0).question();
        String footer = caption ? content.caption() : "";
        Slide probe = new Slide(scene.title(), content.headline(), takeaway, new TextLine("", TextLine.Role.BODY), number,
                footer);
        List<Picture> bodies = new ArrayList<>();
        for (ScenePictures.Panel panel : content.panels()) {
            ScenePictures.Content alone = new ScenePictures.Content(content.headline(), List.of(panel), content.caption());
            // One panel of several keeps its heading: the slide's title names the comparison, not it.
            boolean titled = content.panels().size() == 1 && !scene.title().isBlank();
            List<Picture> these = panelBodies(alone, titled, legend, probe);
            if (these.isEmpty()) {
                return List.of(one);
            }
            bodies.addAll(these);
        }
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            slides.add(new Slide(i == 0 ? scene.title() : scene.title() + " (continued)", content.headline(),
                    i == 0 ? takeaway : "", bodies.get(i), number + " · " + (i + 1) + " of " + bodies.size(), footer));
        }
        return slides.stream().allMatch(Slides::readable) ? slides : List.of(one);
    }

    /**
     * The bodies of the slides one panel takes at the text floor: one when an arrangement of it
     * reaches it, else its drawing's columns over two or more; none when nothing does.
     */
    private static List<Picture> panelBodies(ScenePictures.Content alone, boolean titled, boolean legend, Slide probe) {
        Optional<Arrangement> whole = arrangements(alone, titled, legend, probe).stream().filter(Arrangement::readable)
                .max((a, b) -> Double.compare(a.scale() * a.preference(), b.scale() * b.preference()));
        if (whole.isPresent()) {
            return List.of(whole.get().body());
        }
        ScenePictures.Panel panel = alone.panels().get(0);
        if (!(panel.figure() instanceof LayoutPicture picture)) {
            return List.of();
        }
        List<TextLine> above = panel.above().stream().filter(line -> !repeats(line, alone, titled)).toList();
        // Cut between objects first; an object too tall for a slide is cut between its rows.
        for (boolean withinObjects : List.of(false, true)) {
            for (int k = 2; k <= MAX_CONTINUED_COLUMNS; k++) {
                Columns columns = withinObjects ? Columns.ofRows(picture, k, COLUMN_GAP) : Columns.of(picture, k, COLUMN_GAP);
                if (columns.count() < k) {
                    break;
                }
                for (int perSlide = Math.min(MAX_COLUMNS, k - 1); perSlide >= 1; perSlide--) {
                    List<Picture> bodies = continued(alone, columns, perSlide, above, legend);
                    if (bodies.stream().allMatch(b -> scaleAt(b, probe) * smallestText(b) >= Slide.MIN_TEXT - 1e-9)) {
                        return bodies;
                    }
                }
            }
        }
        return List.of();
    }

    private static double scaleAt(Picture body, Slide probe) {
        return Slide.scaleToFit(body, probe.bodyArea());
    }

    /** The columns {@code perSlide} at a time, the panel's lines over the first, each with the legend. */
    private static List<Picture> continued(ScenePictures.Content content, Columns columns, int perSlide,
                                           List<TextLine> above, boolean legend) {
        List<Picture> bodies = new ArrayList<>();
        for (int from = 0; from < columns.count(); from += perSlide) {
            Columns.Range shown = columns.range(from, Math.min(columns.count(), from + perSlide));
            Picture body = shown;
            if (from == 0 && !above.isEmpty()) {
                List<Picture> lines = new ArrayList<>(above.stream().flatMap(l -> l.wrapped(shown.width()).stream()).toList());
                lines.add(shown);
                body = Stack.down(SECTION_GAP, lines);
            }
            if (legend && !content.kinds().isEmpty()) {
                body = Stack.down(SECTION_GAP, List.of(body,
                        new Legend(content.kinds(), Math.max(body.width(), LEGEND_WIDTH), Typography.SLIDE)));
            }
            bodies.add(body);
        }
        return bodies;
    }

    /** Whether the slide's smallest text, as drawn, reaches {@link Slide#MIN_TEXT}. */
    static boolean readable(Slide slide) {
        return slide.bodyScale() * smallestText(slide.body()) >= Slide.MIN_TEXT - 1e-9;
    }

    private static List<Arrangement> arrangements(ScenePictures.Content content, boolean titled, boolean legend, Slide probe) {
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
            out.addAll(arrangement(Stack.across(PANEL_GAP, panels), content, legend, probe, columnCost));
            if (panels.size() > 1) {
                out.addAll(arrangement(Stack.down(PANEL_GAP, panels), content, legend, probe, columnCost * DOWN_COST));
            }
        }
        return out;
    }

    /** How many regions the content's drawings leave without their name, in the box or in a callout or bracket above it. */
    static long unlabelled(ScenePictures.Content content) {
        return content.panels().stream().flatMap(p -> p.drawing().stream())
                .mapToLong(d -> d.boxes().stream()
                        .filter(b -> b.first() && b.label().isBlank() && !b.region().label().isBlank())
                        .filter(b -> d.callouts().stream().noneMatch(c -> c.objectId().equals(b.objectId())
                                && c.x() >= b.x() && c.x() <= b.x() + b.width() && c.y() < b.y()))
                        .filter(b -> d.brackets().stream().noneMatch(k -> k.objectId().equals(b.objectId())
                                && k.x() <= b.x() + 0.5 && b.x() + b.width() <= k.right() + 0.5 && k.rowTop() == b.y()))
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
     * has the smallest text there is ({@link Typography#smallest}); titles' details, badges,
     * callouts' details, remarks under hash tables and the chart's ticks are set in the small type.
     */
    static double smallestText(Picture picture) {
        if (picture instanceof Stack stack) {
            return stack.parts().stream().mapToDouble(Slides::smallestText).min().orElse(Double.MAX_VALUE);
        }
        if (picture instanceof Columns columns) {
            return smallestText(columns.picture());
        }
        if (picture instanceof Columns.Range range) {
            return smallestText(range.columns().picture());
        }
        if (picture instanceof LayoutPicture layout) {
            Typography type = layout.type();
            boolean compact = layout.drawing().boxes().stream().anyMatch(b -> b.compact() && !b.detail().isEmpty());
            double labels = layout.drawing().boxes().stream().anyMatch(Drawing.Box::compact)
                    ? type.boxLabel(true).getSize2D() : Double.MAX_VALUE;
            return Math.min(labels, compact ? type.boxDetail(true).getSize2D() : type.small().getSize2D());
        }
        if (picture instanceof TextLine line) {
            return line.text().isEmpty() ? Double.MAX_VALUE : line.fontSize();
        }
        if (picture instanceof Legend legend) {
            return legend.type().legend().getSize2D();
        }
        if (picture instanceof MemoryChart || picture instanceof SpeedChart) {
            return Typography.DEFAULT.small().getSize2D();
        }
        return Typography.DEFAULT.smallest();
    }

    private static List<Arrangement> arrangement(Picture panels, ScenePictures.Content content, boolean legend, Slide probe,
                                           double preference) {
        if (!legend || content.kinds().isEmpty()) {
            return List.of(new Arrangement(panels, Slide.scaleToFit(panels, probe.bodyArea()), preference));
        }
        Legend under = new Legend(content.kinds(), Math.max(panels.width(), LEGEND_WIDTH), Typography.SLIDE);
        Picture below = Stack.down(SECTION_GAP, List.of(panels, under));
        Picture beside = Stack.across(PANEL_GAP, List.of(panels, under.beside()));
        return List.of(new Arrangement(below, Slide.scaleToFit(below, probe.bodyArea()), preference),
                new Arrangement(beside, Slide.scaleToFit(beside, probe.bodyArea()), preference * BESIDE_COST));
    }

}
