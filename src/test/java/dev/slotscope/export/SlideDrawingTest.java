package dev.slotscope.export;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.lesson.Scene;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.slotscope.lesson.ViewKind;
import dev.slotscope.runtime.ClassChoice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The slides' drawings lose no name: every region of every layout a slide of the built-in lesson
 * shows is named in its SVG (in its box, in a callout, in a bracket's line, or as the run or fold
 * that stands for it), no name is cut to "…", and no text is below a sixtieth of the slide.
 */
class SlideDrawingTest {

    private static final Lesson LESSON = Lessons.builtin("slots");
    private static final List<Slide> DECK = new LessonExport().slides(LESSON, true, true);
    /** Runs of free room are drawn as one box: "40 × free entry · 640 bytes (shortened)". */
    private static final Set<RegionKind> FOLDABLE = EnumSet.of(RegionKind.SPARE, RegionKind.UNUSED_ENTRY,
            RegionKind.TYPE_FIELDS);
    private static final Pattern BUCKET = Pattern.compile("\\[(\\d+)]");
    private static final Pattern BUCKET_RUN = Pattern.compile("buckets (\\d+)–(\\d+) empty");

    static Stream<Integer> slides() {
        return IntStream.range(0, LESSON.scenes().size()).boxed();
    }

    @ParameterizedTest(name = "slide {0}")
    @MethodSource("slides")
    void everyRegionIsNamedAndNothingIsCutOrSmall(int i) {
        assertNamedAndReadable(LESSON.scenes().get(i), DECK.get(i));
    }

    /**
     * Every lesson class of every runtime, as a slide of its layout with x and y: what a teacher's
     * own lesson may show.
     */
    static Stream<Scene> everyRuntimesClasses() {
        List<Scene> scenes = new ArrayList<>();
        for (Runtime runtime : Runtime.all()) {
            for (ClassChoice c : runtime.classChoices()) {
                if (c.lessonClass() && runtime.offers(c)) {
                    scenes.add(scene(runtime, c.id()));
                }
            }
        }
        return scenes.stream();
    }

    private static Scene scene(Runtime runtime, String variant) {
        return new Scene(runtime.id() + " " + variant, ViewKind.LAYOUT, runtime, List.of(variant), List.of("x", "y"),
                List.of(), 0, 1, Theme.LIGHT, 100, "", List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuntimesClasses")
    void everyRuntimesLessonClassesMakeReadableSlides(Scene scene) {
        assertNamedAndReadable(scene, new Slides().of(scene, true, true, "1 / 1"));
    }

    /**
     * A teacher's scenes too dense for one slide at 18 px continue on more slides rather than
     * shrink: a 3.14 StandardPoint or a JVM MapPoint given two more attributes, a comparison of
     * ten attributes on 3.10 and on the JVM (one panel after the other), and a 3.12 StandardPoint
     * with ten, whose keys table is continued between its rows.
     */
    static Stream<Scene> denseScenes() {
        List<Scene> scenes = new ArrayList<>();
        List<String> ten = List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10");
        for (Runtime runtime : Runtime.all()) {
            if (runtime.id().equals("cpython-3.14") || runtime instanceof Runtime.Jvm jvm && !jvm.mode().measured()) {
                scenes.add(new Scene(runtime.id() + " grown", ViewKind.GROW, runtime, List.of("standard"), List.of("x", "y"),
                        List.of("z", "w"), 2, 1, Theme.LIGHT, 100, "", List.of()));
            }
            if (runtime.id().equals("cpython-3.12")) {
                // Its shared keys table alone is too tall for one slide: cut between its rows.
                scenes.add(new Scene(runtime.id() + " with ten", ViewKind.LAYOUT, runtime, List.of("standard"), ten,
                        List.of(), 0, 1, Theme.LIGHT, 100, "", List.of()));
            }
            if (runtime.id().equals("cpython-3.10") || runtime.id().equals("jvm-estimate:compressed")) {
                scenes.add(new Scene(runtime.id() + " compared", ViewKind.COMPARE, runtime, List.of("standard", "slotted"), ten,
                        List.of(), 0, 1, Theme.LIGHT, 100, "", List.of()));
            }
        }
        return scenes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("denseScenes")
    void aSceneTooDenseForOneSlideContinuesOnTheNext(Scene scene) {
        List<Slide> slides = new Slides().slidesOf(scene, true, true, "1 / 1");
        assertNamedAndReadable(scene, slides);
        if (Slides.readable(new Slides().of(scene, true, true, "1 / 1"))) {
            assertEquals(1, slides.size(), "a scene that fits one slide keeps it");
        } else {
            assertTrue(slides.size() > 1, "one slide would be below 18 px");
            assertEquals(scene.title() + " (continued)", slides.get(1).title());
        }
    }

    private static void assertNamedAndReadable(Scene scene, Slide slide) {
        assertNamedAndReadable(scene, List.of(slide));
    }

    private static void assertNamedAndReadable(Scene scene, List<Slide> slides) {
        SvgTexts texts = new SvgTexts(slides.stream()
                .flatMap(slide -> SvgTexts.of(PictureWriter.svg(slide, Theme.LIGHT)).texts().stream()).toList());
        for (SvgTexts.Text text : texts.texts()) {
            assertTrue(text.size() >= Slide.MIN_TEXT - 0.01, scene.title() + ": '" + text.text() + "' is " + text.size() + " px");
            assertFalse(text.text().endsWith("…"), scene.title() + ": '" + text.text() + "' is cut");
        }
        for (ObjectLayout layout : layouts(scene)) {
            for (MemoryObject object : layout.objects()) {
                // A shared object other than a hash table is folded on a slide: its name stands for its regions.
                if (object.shared() && object.index().isEmpty() && object != layout.instance()) {
                    assertTrue(texts.says(object.label()), scene.title() + ": folded " + object.label() + " is not named");
                    continue;
                }
                for (Region r : object.regions()) {
                    if (!r.label().isEmpty()) {
                        assertTrue(named(r, texts), scene.title() + ": " + object.id() + " " + r.kind().title() + " '"
                                + r.label() + "' is not on the slide");
                    }
                }
            }
        }
    }

    private static boolean named(Region r, SvgTexts texts) {
        if (r.kind() == RegionKind.INDEX) {
            return texts.says("→ #" + r.label());
        }
        if (FOLDABLE.contains(r.kind()) && texts.says("× " + r.kind().title())) {
            return true;
        }
        Matcher bucket = BUCKET.matcher(r.label());
        if (bucket.matches()) {
            int n = Integer.parseInt(bucket.group(1));
            return texts.texts().stream().anyMatch(t -> t.text().equals(bucket.group(1)) || inRun(t.text(), n));
        }
        return texts.says(r.label());
    }

    private static boolean inRun(String text, int bucket) {
        Matcher run = BUCKET_RUN.matcher(text);
        return run.matches() && Integer.parseInt(run.group(1)) <= bucket && bucket <= Integer.parseInt(run.group(2));
    }

    /** The layouts a scene draws, asked of its runtime as the slide asks them. */
    private static List<ObjectLayout> layouts(Scene scene) {
        AttributeNames attrs = new AttributeNames(scene.attributes());
        Runtime runtime = scene.runtime();
        return switch (scene.view()) {
            case LAYOUT -> List.of(runtime.describe(runtime.lessonClass(scene.variant()), attrs).layout());
            case COMPARE -> scene.variants().stream().map(v -> runtime.describe(runtime.lessonClass(v), attrs).layout()).toList();
            case GROW -> List.of(runtime.grow(runtime.lessonClass(scene.variant()), attrs, scene.added()).get(scene.step()).layout());
            case MEMORY, SPEED -> List.of();
        };
    }
}
