package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Subject;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.export.ScenePictures;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.theme.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Between an explorer and a lesson's {@link Scene}: what the explorer shows as a scene, a scene
 * shown in the explorer, and what the explorers show as the content of a picture to export.
 */
final class ExplorerScenes {

    private ExplorerScenes() {
    }

    /**
     * What the explorer shows, as a scene: empty for a class the user named, which a lesson
     * cannot name on another machine.
     */
    static Optional<Scene> capture(ExplorerController explorer, Optional<ExplorerController> other, Theme theme, int zoom,
                                   String title) {
        ExplorerModel model = explorer.model();
        // The speed tab times the lesson's classes whatever class the explorer shows.
        if (explorer.showsSpeed() && model.runtime().get().timesAccess()) {
            SpeedViewModel speed = explorer.speed().model();
            return Optional.of(new Scene(title, ViewKind.SPEED, model.runtime().get(), speed.variants().get(),
                    AttributeNames.DEFAULT.names(), List.of(), 0, explorer.memory().model().count().get().value(), theme, zoom,
                    "", List.of(), "", Optional.ofNullable(speed.result().get())));
        }
        Optional<String> variant = variantOf(model);
        if (variant.isEmpty()) {
            return Optional.empty();
        }
        List<String> attrs;
        try {
            attrs = AttributeNames.parse(model.attributes().get()).names();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<String> variants = new ArrayList<>(List.of(variant.get()));
        List<String> added = explorer.growth().added();
        int step = explorer.growth().steps().get().isEmpty() ? 0 : explorer.growth().index().get();
        ViewKind view = explorer.showsMemory() ? ViewKind.MEMORY : added.isEmpty() ? ViewKind.LAYOUT : ViewKind.GROW;
        Optional<String> otherVariant = other.map(ExplorerController::model)
                .filter(m -> m.runtime().get().equals(model.runtime().get())).flatMap(ExplorerScenes::variantOf)
                // A scene has one source: two of your classes compare when both are of it.
                .filter(v -> !v.startsWith(Scene.WRITTEN_PREFIX) || other.get().model().source().get().equals(model.source().get()))
                .filter(v -> !variants.contains(v));
        if (otherVariant.isPresent()) {
            view = ViewKind.COMPARE;
            variants.add(otherVariant.get());
        }
        if (view == ViewKind.COMPARE || view == ViewKind.MEMORY) {
            added = List.of();
            step = 0;
        }
        boolean written = variants.stream().anyMatch(v -> v.startsWith(Scene.WRITTEN_PREFIX));
        return Optional.of(new Scene(title, view, model.runtime().get(), variants, attrs, added, step,
                explorer.memory().model().count().get().value(), theme, zoom, "", List.of(),
                written ? model.source().get() : ""));
    }

    /**
     * How a scene names what the explorer shows: a lesson class's id, or {@code class:NAME} for your
     * class; empty for a class the user named, which a lesson cannot name on another machine.
     */
    private static Optional<String> variantOf(ExplorerModel model) {
        ClassChoice choice = model.classChoice().get();
        if (choice instanceof ClassChoice.WrittenClass) {
            return model.state().get() == null || !model.error().get().isEmpty() ? Optional.empty()
                    : Optional.of(Scene.WRITTEN_PREFIX + model.sourceClass().get());
        }
        return choice.lessonClass() ? Optional.of(choice.id()) : Optional.empty();
    }

    /**
     * Shows {@code scene} in the explorer, totally: runtime, class, attributes, growth step, count
     * and tab as the scene says, and everything a scene does not state back to the one default
     * that exported slides draw too (the memory tab's every-variant chart without pymalloc blocks,
     * no measured line, no box selected), so nothing the user had set before carries over.
     */
    static void apply(Scene scene, ExplorerController explorer, int variantIndex) {
        ExplorerModel model = explorer.model();
        Runtime runtime = scene.runtime();
        model.runtime().set(runtime);
        int shown = Math.min(variantIndex, scene.variants().size() - 1);
        if (scene.subject(scene.variants().get(shown)) instanceof Subject.Written written) {
            // The source first: the class chosen next draws it, not what the editor held before.
            model.source().set(written.source());
            model.sourceClass().set(written.className());
        }
        model.classChoice().set(scene.classes().get(shown));
        model.attributes().set(String.join(", ", scene.attributes()));
        MemoryViewModel memory = explorer.memory().model();
        memory.resetForScene();
        memory.count().set(new InstanceCount(scene.count()));
        explorer.layoutView().selected().set(Optional.empty());
        explorer.growth().replay(scene.view() == ViewKind.GROW ? scene.added() : List.of(), scene.step());
        if (scene.view() == ViewKind.SPEED) {
            explorer.showSpeed();
            explorer.speed().model().showRecorded(scene.variants(), scene.timed());
        } else {
            explorer.resetSpeed();
            explorer.showMemory(scene.view() == ViewKind.MEMORY);
        }
    }

    /**
     * What the window's explorers show, as the content of one picture, made by the same
     * {@link ScenePictures} the command line's {@code export} uses: each explorer's view is taken
     * as a {@link Scene} (two explorers on one runtime as a compare scene), so the window's Export
     * and {@code export} of the same view give the same picture. The memory chart comes from the
     * explorer's own estimates (the memory tab can show more than a scene fixes), and a class the
     * user named, which no scene can name, from the layout the explorer shows; both go through
     * the same panels.
     */
    static Supplier<ScenePictures.Content> content(List<ExplorerController> explorers, Theme theme, ScenePictures pictures) {
        // A compare scene shows both as constructed; explorers stepped through growth or on the
        // memory tab are drawn each as it is.
        if (explorers.size() == 2 && explorers.stream().allMatch(e -> e.growth().added().isEmpty() && !e.showsMemory()
                && !e.showsSpeed())) {
            Optional<Scene> both = capture(explorers.get(0), Optional.of(explorers.get(1)), theme, Scene.MIN_ZOOM, "");
            if (both.isPresent() && both.get().view() == ViewKind.COMPARE) {
                return () -> pictures.content(both.get());
            }
        }
        List<Supplier<ScenePictures.Content>> each = explorers.stream().map(e -> content(e, theme, pictures)).toList();
        return () -> each.stream().map(Supplier::get).reduce(ScenePictures.Content::beside).orElseThrow();
    }

    /**
     * One explorer's content: what it shows is read now, on the JavaFX thread; the returned
     * supplier does the drawing, which may take longer than a frame, wherever it is called.
     */
    private static Supplier<ScenePictures.Content> content(ExplorerController explorer, Theme theme, ScenePictures pictures) {
        ExplorerModel model = explorer.model();
        String runtime = model.runtime().get().displayName();
        Optional<Scene> scene = capture(explorer, Optional.empty(), theme, Scene.MIN_ZOOM, "");
        if (explorer.showsMemory()) {
            MemoryViewModel memory = explorer.memory().model();
            String caption = scene.map(ScenePictures::captionOf).orElse("Slotscope · " + runtime + " · " + model.className().get());
            ScenePictures.Panel panel = ScenePictures.memoryPanel("Memory for " + memory.count().get().display() + " instances · "
                    + runtime, memory.summary().get(), memory.chart().get(), memory.claim().get());
            String headline = memory.chart().get() == null ? "" : memory.chart().get().comparison();
            return () -> new ScenePictures.Content(headline, List.of(panel), caption);
        }
        if (explorer.showsSpeed()) {
            SpeedViewModel speed = explorer.speed().model();
            Optional<SpeedResult> timed = Optional.ofNullable(speed.result().get());
            List<String> variants = speed.variants().get();
            Runtime shown = model.runtime().get();
            String caption = scene.map(ScenePictures::captionOf).orElse("Slotscope · " + runtime + " · reads and writes timed");
            return () -> new ScenePictures.Content(timed.map(ScenePictures::speedHeadline).orElse("not timed yet"),
                    List.of(ScenePictures.speedPanel(shown, timed, variants)), caption);
        }
        if (scene.isPresent()) {
            return () -> pictures.content(scene.get());
        }
        // A class the user named: no scene can name it on another machine, so the shown layout is drawn.
        String bytes = explorer.bytesText();
        String name = model.className().get();
        ObjectLayout layout = explorer.shownLayout();
        return () -> new ScenePictures.Content(bytes, List.of(pictures.layoutPanel(runtime + " · " + name, bytes, layout)),
                "Slotscope · " + runtime + " · " + name);
    }
}
