package dev.slotscope.export;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.drawing.Drawing;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;
import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryChartModel;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.speed.SpeedChartModel;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Verdict;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * What a scene shows, as a picture: the same layouts, growth steps and memory figures the window
 * shows, drawn at the classroom scale, with a heading, a legend of the kinds of box shown and an
 * optional caption. The one picture pipeline behind the command line's {@code export}, lesson
 * slides and the window's Export and Copy: each first makes the scene's {@link Content}, then a
 * picture or a {@link Slide} of it.
 */
public final class ScenePictures {

    private static final double SECTION_GAP = 10;
    private static final double COLUMN_GAP = 48;
    /** The value every attribute gets, in the recorded scenarios and in the JVM's maps: {@code VALUE} of the tools. */
    public static final String ATTRIBUTE_VALUE = "1.5";

    private final DrawingMetrics metrics;
    /** The type of the drawings and the lines over them. */
    private final Typography type;
    private final boolean forSlides;

    public ScenePictures() {
        this(DrawingMetrics.CLASSROOM);
    }

    /** Pictures whose drawings use {@code metrics}, in the window's type. */
    public ScenePictures(DrawingMetrics metrics) {
        this(metrics, Typography.DEFAULT, false);
    }

    private ScenePictures(DrawingMetrics metrics, Typography type, boolean forSlides) {
        this.metrics = metrics;
        this.type = type;
        this.forSlides = forSlides;
    }

    /**
     * Pictures for slides: drawings made for a projector ({@link LayoutDrawer#forSlides}) and
     * their lines in {@link Typography#SLIDE}, in slide pixels; {@code metrics} must have room for that type.
     */
    public static ScenePictures forSlides(DrawingMetrics metrics) {
        return new ScenePictures(metrics, Typography.SLIDE, true);
    }

    private LayoutDrawer drawer() {
        return forSlides ? LayoutDrawer.forSlides(metrics, type.textWidth()) : new LayoutDrawer(metrics, type.textWidth());
    }

    /**
     * One part of a scene, shown side by side with the others: lines over a figure (a layout's
     * drawing or the memory chart), lines under it.
     *
     * @param above   heading and figures, above the figure
     * @param figure  the drawing or chart
     * @param below   notes under the figure
     * @param drawing the figure's drawing when it is a layout: its kinds go into the legend, and a
     *                slide may set its objects in columns
     */
    public record Panel(List<TextLine> above, Picture figure, List<TextLine> below, Optional<Drawing> drawing) {
        public Panel {
            above = List.copyOf(above);
            below = List.copyOf(below);
        }

        /** The same panel with another figure in place of its own (a drawing set in columns). */
        Panel withFigure(Picture other) {
            return new Panel(above, other, below, drawing);
        }

        Picture picture() {
            List<Picture> parts = new ArrayList<>(above);
            parts.add(figure);
            parts.addAll(below);
            return Stack.down(SECTION_GAP, parts);
        }
    }

    /**
     * Everything a scene shows before it is framed or put on a slide.
     *
     * @param headline the figure the scene is about, e.g. "80 bytes per instance"
     * @param panels   the parts, side by side
     * @param caption  a line naming runtime, variants and step
     */
    public record Content(String headline, List<Panel> panels, String caption) {
        public Content {
            panels = List.copyOf(panels);
        }

        /** The kinds of box the drawings show, in the legend's order. */
        public Set<RegionKind> kinds() {
            Set<RegionKind> kinds = EnumSet.noneOf(RegionKind.class);
            panels.forEach(p -> p.drawing().ifPresent(d -> d.boxes().forEach(b -> kinds.add(b.kind()))));
            return kinds;
        }

        /** This content's panels and another's side by side, as the window shows two explorers. */
        public Content beside(Content other) {
            List<Panel> both = new ArrayList<>(panels);
            both.addAll(other.panels);
            return new Content(headline + " vs " + other.headline, both, caption + " | " + other.caption);
        }
    }

    /** The scene's picture, framed, with a legend; with {@code caption}, a line naming runtime, variant and step under it. */
    public Picture of(Scene scene, boolean caption) {
        return of(scene, caption, true);
    }

    /** The scene's picture, framed; the legend and caption as asked. */
    public Picture of(Scene scene, boolean caption, boolean legend) {
        return picture(content(scene), caption, legend);
    }

    /** Content as one framed picture: the panels side by side, then the legend and the caption. */
    public static Picture picture(Content content, boolean caption, boolean legend) {
        List<Picture> columns = content.panels().stream().map(Panel::picture).toList();
        List<Picture> parts = new ArrayList<>();
        parts.add(columns.size() == 1 ? columns.get(0) : Stack.across(COLUMN_GAP, columns));
        if (legend && !content.kinds().isEmpty()) {
            parts.add(new Legend(content.kinds(), parts.get(0).width()));
        }
        if (caption) {
            parts.add(new TextLine(content.caption(), TextLine.Role.NOTE));
        }
        return Framed.of(Stack.down(SECTION_GAP, parts));
    }

    /** What the scene shows: its panels, headline figure and caption. */
    public Content content(Scene scene) {
        AttributeNames attrs = new AttributeNames(scene.attributes());
        return switch (scene.view()) {
            case LAYOUT -> {
                Described d = describe(scene, scene.variant());
                yield new Content(d.bytes() + " bytes per instance", List.of(layoutPanel(d)), captionOf(scene));
            }
            case COMPARE -> {
                List<Panel> panels = new ArrayList<>();
                List<String> figures = new ArrayList<>();
                for (String variant : scene.variants()) {
                    Described d = describe(scene, variant);
                    panels.add(layoutPanel(d));
                    figures.add(Integer.toString(d.bytes()));
                }
                yield new Content(String.join(" vs ", figures) + " bytes per instance", panels, captionOf(scene));
            }
            case GROW -> grow(scene);
            case MEMORY -> memory(scene, attrs);
            case SPEED -> new Content(scene.timed().map(ScenePictures::speedHeadline).orElse("not timed yet"),
                    List.of(speedPanel(scene.runtime(), scene.timed(), scene.variants())), captionOf(scene));
        };
    }

    /** A layout's panel: its heading, its bytes per instance and what they count, its drawing. */
    public Panel layoutPanel(String heading, int bytes, String bytesLabel, ObjectLayout layout) {
        return layoutPanel(heading, bytes + " bytes per instance · " + bytesLabel, layout);
    }

    /** A layout's panel with its figure in words of its own, e.g. for a class the user named. */
    public Panel layoutPanel(String heading, String bytesLine, ObjectLayout layout) {
        Drawing drawing = drawer().draw(layout);
        return new Panel(List.of(new TextLine(heading, TextLine.Role.HEADING, type), new TextLine(bytesLine, TextLine.Role.NOTE, type)),
                new LayoutPicture(drawing, type), List.of(), Optional.of(drawing));
    }

    private Panel layoutPanel(Described d) {
        return layoutPanel(d.heading(), d.bytes(), d.bytesLabel(), d.layout());
    }

    /**
     * "Slotscope · CPython 3.12 · standard · x, y · step 2 of 4", naming what the picture shows: a
     * layout or growth the one class drawn, a comparison or memory chart every class.
     */
    public static String captionOf(Scene scene) {
        List<String> shown = scene.view() == ViewKind.LAYOUT || scene.view() == ViewKind.GROW
                ? List.of(scene.variant()) : scene.variants();
        StringBuilder s = new StringBuilder("Slotscope · ").append(scene.runtime().heading()).append(" · ")
                .append(shown.stream().map(v -> v.startsWith(Scene.WRITTEN_PREFIX)
                        ? v.substring(Scene.WRITTEN_PREFIX.length()) + " (your class)" : v).collect(Collectors.joining(" vs ")));
        // Your classes say their attributes in their source; the lesson's take them from the scene.
        if (shown.stream().anyMatch(v -> !v.startsWith(Scene.WRITTEN_PREFIX))) {
            s.append(" · ").append(scene.attributes().isEmpty() ? "no attributes" : String.join(", ", scene.attributes()));
        }
        switch (scene.view()) {
            case GROW -> s.append(" · step ").append(scene.step()).append(" of ").append(scene.added().size());
            case MEMORY -> s.append(" · N = ").append(new InstanceCount(scene.count()).display());
            case SPEED -> s.append(" · reads and writes timed");
            default -> {
            }
        }
        return s.toString();
    }

    /** What a growth step did, in one line: "obj.z = 1.5 stored", Python's error, or "As constructed". */
    public static String outcomeText(StepOutcome outcome) {
        if (outcome instanceof StepOutcome.Stored s) {
            return "obj." + s.attribute() + " = " + ATTRIBUTE_VALUE + " stored";
        }
        return outcome instanceof StepOutcome.Refused r ? r.message() : "As constructed";
    }

    private Content grow(Scene scene) {
        Runtime runtime = scene.runtime();
        Subject subject = scene.subject(scene.variant());
        List<GrowthStep> steps = runtime.grow(subject, scene.added());
        String heading = runtime.lensName() + " · " + runtime.className(subject);
        GrowthStep step = steps.get(scene.step());
        boolean refused = step.outcome() instanceof StepOutcome.Refused;
        Drawing drawing = drawer().draw(step.layout());
        Panel panel = new Panel(List.of(
                new TextLine(heading + " · step " + scene.step() + " of " + scene.added().size(), TextLine.Role.HEADING, type),
                new TextLine(outcomeText(step.outcome()), refused ? TextLine.Role.ERROR : TextLine.Role.BODY, type),
                new TextLine(step.bytesPerInstance() + " bytes per instance", TextLine.Role.NOTE, type)),
                new LayoutPicture(drawing, type), List.of(), Optional.of(drawing));
        return new Content(step.bytesPerInstance() + " bytes per instance", List.of(panel), captionOf(scene));
    }

    private Content memory(Scene scene, AttributeNames attrs) {
        InstanceCount n = new InstanceCount(scene.count());
        Runtime runtime = scene.runtime();
        List<MemoryEstimate> estimates = runtime.classChoices().stream().filter(c -> c.lessonClass() && runtime.offers(c))
                .map(c -> runtime.predict(c, attrs, n, false)).toList();
        String claim = runtime.lessonClaim(attrs);
        String heading = runtime.heading();
        String subject = "every variant on " + runtime.inWords();
        MemoryChartModel chart = MemoryChartModel.of(subject, estimates, List.of());
        return new Content(chart.comparison(), List.of(memoryPanel("Memory for " + n.display() + " instances · " + heading,
                chart.summary(), chart, claim)), captionOf(scene));
    }

    /** The memory view's panel: heading, what is plotted and how it compares, the chart, the claim checked. */
    public static Panel memoryPanel(String heading, String summary, MemoryChartModel chart, String claim) {
        List<TextLine> above = new ArrayList<>();
        above.add(new TextLine(heading, TextLine.Role.HEADING));
        if (!summary.isEmpty()) {
            above.add(new TextLine(summary, TextLine.Role.GOOD));
        }
        Picture picture = chart == null ? Stack.down(0, List.of()) : new MemoryChart(chart);
        return new Panel(above, picture, claim.isEmpty() ? List.of() : List.of(new TextLine(claim, TextLine.Role.NOTE)),
                Optional.empty());
    }

    /** What the runs support, in a few words: "slotted reads 0.52 ns faster · writes: no difference beyond noise". */
    public static String speedHeadline(SpeedResult result) {
        return result.verdicts().stream().map(Verdict::brief).collect(Collectors.joining(" · "));
    }

    /**
     * The speed view's panel: heading, what the runs support, the chart of every run, who measured
     * them and how the chart reads; without runs, how to time them.
     */
    public static Panel speedPanel(Runtime runtime, Optional<SpeedResult> timed, List<String> variants) {
        List<TextLine> above = new ArrayList<>();
        above.add(new TextLine("Reads and writes of " + String.join(" and ", variants) + " timed · " + runtime.heading(),
                TextLine.Role.HEADING));
        if (timed.isEmpty()) {
            above.add(new TextLine("Not timed yet: open this scene in Slotscope and time it, or run", TextLine.Role.BODY));
            above.add(new TextLine("slotscope speed --runtime " + runtime.id() + " --variant " + String.join(",", variants),
                    TextLine.Role.ERROR));
            return new Panel(above, Stack.down(0, List.of()), List.of(), Optional.empty());
        }
        SpeedChart chart = new SpeedChart(SpeedChartModel.of(timed.get()));
        double width = chart.width();
        for (Verdict verdict : timed.get().verdicts()) {
            above.addAll(new TextLine(verdict.sentence(), verdict.beyondNoise() ? TextLine.Role.GOOD : TextLine.Role.BODY)
                    .wrapped(width));
        }
        List<TextLine> below = new ArrayList<>();
        below.addAll(new TextLine("Each row: a dot for every run, a line from the fastest to the slowest, a box over the"
                + " middle half, a bar at the median. Both classes are timed in every run; a difference counts only where"
                + " one was faster in every run.", TextLine.Role.NOTE).wrapped(width));
        below.addAll(new TextLine("Measured by " + timed.get().measuredBy() + ".", TextLine.Role.NOTE).wrapped(width));
        return new Panel(above, chart, below, Optional.empty());
    }

    private Described describe(Scene scene, String variant) {
        Runtime runtime = scene.runtime();
        Subject subject = scene.subject(variant);
        dev.slotscope.runtime.Described d = runtime.describe(subject);
        String which = subject instanceof Subject.Chosen chosen ? " (" + chosen.choice().id() + ")" : " (your class)";
        return new Described(runtime.lensName() + " · " + runtime.className(subject) + which, d.layout(),
                d.bytesPerInstance(), d.counted());
    }

    private record Described(String heading, ObjectLayout layout, int bytes, String bytesLabel) {
    }
}
