package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.export.LayoutPicture;
import dev.slotscope.export.MemoryChart;
import dev.slotscope.export.Picture;
import dev.slotscope.export.Stack;
import dev.slotscope.export.TextLine;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.theme.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Between an explorer and a lesson's {@link Scene}: what the explorer shows as a scene, a scene
 * shown in the explorer, and what the explorer shows as a picture to export.
 */
final class ExplorerScenes {

    private static final double SECTION_GAP = 10;

    private ExplorerScenes() {
    }

    /** The runtime id of a choice, as lesson files and the command line spell it. */
    static String runtimeId(RuntimeChoice runtime) {
        return runtime instanceof RuntimeChoice.CPython py ? py.version().id() : ((RuntimeChoice.Jvm) runtime).mode().runtimeId();
    }

    static RuntimeChoice runtimeChoice(String id) {
        Optional<CPythonVersion> version = CPythonVersion.fromId(id);
        if (version.isPresent()) {
            return new RuntimeChoice.CPython(version.get());
        }
        return new RuntimeChoice.Jvm(JvmMode.fromRuntimeId(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown runtime '" + id + "'")));
    }

    static ClassChoice classChoice(RuntimeChoice runtime, String variant) {
        if (runtime instanceof RuntimeChoice.CPython) {
            return new ClassChoice.Python(Variant.fromId(variant)
                    .orElseThrow(() -> new IllegalArgumentException("unknown variant '" + variant + "'")));
        }
        return new ClassChoice.Java(JvmVariant.fromId(variant)
                .orElseThrow(() -> new IllegalArgumentException("unknown JVM variant '" + variant + "'")));
    }

    /**
     * What the explorer shows, as a scene: empty for a class the user named, which a lesson
     * cannot name on another machine.
     */
    static Optional<Scene> capture(ExplorerController explorer, Optional<ExplorerController> other, Theme theme, int zoom,
                                   String title) {
        ExplorerModel model = explorer.model();
        if (model.classChoice().get() instanceof ClassChoice.NamedClass) {
            return Optional.empty();
        }
        List<String> attrs;
        try {
            attrs = AttributeNames.parse(model.attributes().get()).names();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> variants = new ArrayList<>(List.of(model.classChoice().get().id()));
        List<String> added = explorer.growth().added();
        int step = explorer.growth().steps().get().isEmpty() ? 0 : explorer.growth().index().get();
        ViewKind view = explorer.showsMemory() ? ViewKind.MEMORY : added.isEmpty() ? ViewKind.LAYOUT : ViewKind.GROW;
        if (other.isPresent() && other.get().model().runtime().get().equals(model.runtime().get())
                && !(other.get().model().classChoice().get() instanceof ClassChoice.NamedClass)) {
            view = ViewKind.COMPARE;
            variants.add(other.get().model().classChoice().get().id());
        }
        if (view == ViewKind.COMPARE || view == ViewKind.MEMORY) {
            added = List.of();
            step = 0;
        }
        return Optional.of(new Scene(title, view, runtimeId(model.runtime().get()), variants, attrs, added, step,
                explorer.memory().model().count().get().value(), theme, zoom, "", List.of()));
    }

    /**
     * Shows {@code scene} in the explorer, totally: runtime, class, attributes, growth step, count
     * and tab as the scene says, and everything a scene does not state back to the one default
     * that exported slides draw too (the memory tab's every-variant chart without pymalloc blocks,
     * no measured line, no box selected), so nothing the user had set before carries over.
     */
    static void apply(Scene scene, ExplorerController explorer, int variantIndex) {
        ExplorerModel model = explorer.model();
        RuntimeChoice runtime = runtimeChoice(scene.runtime());
        model.runtime().set(runtime);
        model.classChoice().set(classChoice(runtime, scene.variants().get(Math.min(variantIndex, scene.variants().size() - 1))));
        model.attributes().set(String.join(", ", scene.attributes()));
        MemoryViewModel memory = explorer.memory().model();
        memory.resetForScene();
        memory.count().set(new InstanceCount(scene.count()));
        explorer.layoutView().selected().set(Optional.empty());
        explorer.growth().replay(scene.view() == ViewKind.GROW ? scene.added() : List.of(), scene.step());
        explorer.showMemory(scene.view() == ViewKind.MEMORY);
    }

    /** Exactly what the explorer shows, as a picture: the drawing at the window's scale, or the memory chart. */
    static Picture picture(ExplorerController explorer, boolean caption) {
        List<Picture> parts = new ArrayList<>();
        ExplorerModel model = explorer.model();
        String runtime = model.runtime().get().displayName();
        String subject = model.classChoice().get() instanceof ClassChoice.NamedClass ? model.className().get()
                : model.classChoice().get().displayName().replace("  ·  ", " · ");
        if (explorer.showsMemory()) {
            MemoryViewModel memory = explorer.memory().model();
            parts.add(new TextLine("Memory for " + memory.count().get().display() + " instances · " + runtime, TextLine.Role.HEADING));
            parts.add(new TextLine(memory.summary().get(), TextLine.Role.GOOD));
            if (memory.chart().get() != null) {
                parts.add(new MemoryChart(memory.chart().get()));
            }
            parts.add(new TextLine(memory.claim().get(), TextLine.Role.NOTE));
        } else {
            parts.add(new TextLine(runtime + " · " + subject, TextLine.Role.HEADING));
            // A text line is one line: the outcome's lines (what it costs, what the objects are) each get one.
            TextLine.Role role = explorer.stepRefused() ? TextLine.Role.ERROR : TextLine.Role.BODY;
            for (String line : explorer.stepOutcomeText().split("\n")) {
                if (!line.isEmpty()) {
                    parts.add(new TextLine(line, role));
                }
            }
            parts.add(new TextLine(explorer.bytesText(), TextLine.Role.NOTE));
            parts.add(new LayoutPicture(explorer.drawer().draw(explorer.shownLayout())));
        }
        if (caption) {
            parts.add(new TextLine(caption(explorer, runtime, subject), TextLine.Role.NOTE));
        }
        return Stack.down(SECTION_GAP, parts);
    }

    private static String caption(ExplorerController explorer, String runtime, String subject) {
        StringBuilder s = new StringBuilder("Slotscope · ").append(runtime).append(" · ").append(subject);
        String attrs = explorer.model().attributes().get();
        if (!(explorer.model().classChoice().get() instanceof ClassChoice.NamedClass)) {
            s.append(" · ").append(attrs == null || attrs.isBlank() ? "no attributes" : attrs.strip());
        }
        if (explorer.showsMemory()) {
            s.append(" · N = ").append(explorer.memory().model().count().get().display());
        } else if (!explorer.growth().steps().get().isEmpty()) {
            s.append(" · step ").append(explorer.growth().index().get()).append(" of ").append(explorer.growth().steps().get().size() - 1);
        }
        return s.toString();
    }
}
