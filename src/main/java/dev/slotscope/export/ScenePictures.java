package dev.slotscope.export;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.lesson.RuntimeIds;
import dev.slotscope.lesson.Scene;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryChartModel;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.memory.MemoryPlanner;
import dev.slotscope.memory.Readouts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scene shows, as a picture: the same layouts, growth steps and memory figures the window
 * shows, drawn at the classroom scale, with a heading and an optional caption.
 */
public final class ScenePictures {

    private static final double SECTION_GAP = 10;
    private static final double COLUMN_GAP = 48;

    private final CPythonLens python = new CPythonLens();
    private final JvmLens jvm = new JvmLens();
    private final MemoryPlanner planner = new MemoryPlanner();
    private final DrawingMetrics metrics = DrawingMetrics.CLASSROOM;

    /** The scene's picture, framed; with {@code caption}, a line naming runtime, variant and step under it. */
    public Picture of(Scene scene, boolean caption) {
        AttributeNames attrs = new AttributeNames(scene.attributes());
        List<Picture> parts = new ArrayList<>();
        switch (scene.view()) {
            case LAYOUT -> parts.addAll(single(scene.runtime(), scene.variant(), attrs));
            case GROW -> parts.addAll(grow(scene, attrs));
            case COMPARE -> {
                List<Picture> columns = new ArrayList<>();
                for (String variant : scene.variants()) {
                    columns.add(Stack.down(SECTION_GAP, single(scene.runtime(), variant, attrs)));
                }
                parts.add(Stack.across(COLUMN_GAP, columns));
            }
            case MEMORY -> parts.addAll(memory(scene, attrs));
        }
        if (caption) {
            parts.add(new TextLine(captionOf(scene), TextLine.Role.NOTE));
        }
        return Framed.of(Stack.down(SECTION_GAP, parts));
    }

    /** "Slotscope · CPython 3.12 · standard · x, y · step 2 of 4", naming what the picture shows. */
    public static String captionOf(Scene scene) {
        StringBuilder s = new StringBuilder("Slotscope · ").append(runtimeName(scene.runtime())).append(" · ")
                .append(String.join(" vs ", scene.variants())).append(" · ")
                .append(scene.attributes().isEmpty() ? "no attributes" : String.join(", ", scene.attributes()));
        switch (scene.view()) {
            case GROW -> s.append(" · step ").append(scene.step()).append(" of ").append(scene.added().size());
            case MEMORY -> s.append(" · N = ").append(new InstanceCount(scene.count()).display());
            default -> {
            }
        }
        return s.toString();
    }

    private List<Picture> single(String runtime, String variantId, AttributeNames attrs) {
        Described d = describe(runtime, variantId, attrs);
        return List.of(new TextLine(d.heading(), TextLine.Role.HEADING),
                new TextLine(d.bytes() + " bytes per instance · " + d.bytesLabel(), TextLine.Role.NOTE),
                new LayoutPicture(new LayoutDrawer(metrics, Typography.DEFAULT.textWidth()).draw(d.layout())));
    }

    private List<Picture> grow(Scene scene, AttributeNames attrs) {
        List<GrowthStep> steps;
        String heading;
        if (RuntimeIds.isJvm(scene.runtime())) {
            JvmVariant variant = RuntimeIds.jvmVariant(scene.variant());
            steps = new JvmGrowth().grow(variant, attrs, scene.added(), RuntimeIds.jvmMode(scene.runtime()));
            heading = "JVM · " + variant.javaClass().getSimpleName();
        } else {
            CPythonVersion version = RuntimeIds.version(scene.runtime());
            Variant variant = RuntimeIds.variant(scene.variant(), version);
            steps = new CPythonGrowth().grow(version, variant, attrs, scene.added());
            heading = version.displayName() + " · " + variant.className();
        }
        GrowthStep step = steps.get(scene.step());
        String outcome = step.outcome() instanceof StepOutcome.Stored s ? "obj." + s.attribute() + " = 1.0"
                : step.outcome() instanceof StepOutcome.Refused r ? r.message() : "As constructed";
        return List.of(new TextLine(heading + " · step " + scene.step() + " of " + scene.added().size(), TextLine.Role.HEADING),
                new TextLine(outcome, step.outcome() instanceof StepOutcome.Refused ? TextLine.Role.ERROR : TextLine.Role.BODY),
                new TextLine(step.bytesPerInstance() + " bytes per instance", TextLine.Role.NOTE),
                new LayoutPicture(new LayoutDrawer(metrics, Typography.DEFAULT.textWidth()).draw(step.layout())));
    }

    private List<Picture> memory(Scene scene, AttributeNames attrs) {
        InstanceCount n = new InstanceCount(scene.count());
        List<MemoryEstimate> estimates;
        String claim;
        String heading;
        if (RuntimeIds.isJvm(scene.runtime())) {
            JvmMode mode = RuntimeIds.jvmMode(scene.runtime());
            estimates = planner.jvmVariants(mode, attrs, n);
            claim = Readouts.jvmClaim(planner, mode, attrs);
            heading = "JVM (" + (mode.measured() ? "this VM" : mode.description()) + ")";
        } else {
            CPythonVersion version = RuntimeIds.version(scene.runtime());
            estimates = planner.cpythonVariants(version, attrs, n);
            claim = Readouts.cpythonClaim(planner, attrs);
            heading = version.displayName();
        }
        String subject = "every variant on " + (RuntimeIds.isJvm(scene.runtime()) ? "the " : "") + heading;
        MemoryChartModel chart = MemoryChartModel.of(subject, estimates, List.of());
        return List.of(new TextLine("Memory for " + n.display() + " instances · " + heading, TextLine.Role.HEADING),
                new TextLine(chart.summary(), TextLine.Role.GOOD),
                new MemoryChart(chart),
                new TextLine(claim, TextLine.Role.NOTE));
    }

    private Described describe(String runtime, String variantId, AttributeNames attrs) {
        if (RuntimeIds.isJvm(runtime)) {
            JvmMode mode = RuntimeIds.jvmMode(runtime);
            JvmVariant variant = RuntimeIds.jvmVariant(variantId);
            ObjectLayout layout = jvm.describe(variant, attrs, mode).layout();
            return new Described("JVM · " + variant.javaClass().getSimpleName() + " (" + variant.id() + ")", layout,
                    layout.ownedBytes(), "the object and everything only it reaches");
        }
        CPythonVersion version = RuntimeIds.version(runtime);
        Variant variant = RuntimeIds.variant(variantId, version);
        CPythonObject object = python.describe(version, variant, attrs);
        return new Described(version.displayName() + " · " + variant.className() + " (" + variant.id() + ")",
                object.layout(), object.figures().bytesPerInstance(), "as tracemalloc counts it");
    }

    private record Described(String heading, ObjectLayout layout, int bytes, String bytesLabel) {
    }

    /** A runtime id's display name, e.g. "CPython 3.12" or "JVM". */
    public static String runtimeName(String runtime) {
        if (RuntimeIds.isJvm(runtime)) {
            JvmMode mode = RuntimeIds.jvmMode(runtime);
            return mode.measured() ? "JVM (this VM)" : "JVM (" + mode.description() + ")";
        }
        return RuntimeIds.version(runtime).displayName();
    }
}
