package dev.slotscope.export;

import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.lesson.Scene;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in lesson as slides: 16:9, titled by the scene, headline large, question not answer, every text readable. */
class SlidesTest {

    private static final Lesson LESSON = Lessons.builtin("slots");
    private static final List<Slide> DECK = new LessonExport().slides(LESSON, true, true);

    static Stream<Integer> slides() {
        return IntStream.range(0, LESSON.scenes().size()).boxed();
    }

    @ParameterizedTest(name = "slide {0}")
    @MethodSource("slides")
    void everyTextIsReadableFromTheBackOfTheRoom(int i) {
        Slide slide = DECK.get(i);
        SvgTexts texts = SvgTexts.of(PictureWriter.svg(slide, Theme.LIGHT));
        SvgTexts.Text smallest = texts.smallest();
        // The slide's own reckoning: its picture's scale times the smallest size a picture's text is set in.
        double reckoned = slide.bodyScale() * Slides.smallestText(slide.body());
        System.out.printf("slide %02d scale %.2f smallest '%s' %.1f px%n", i + 1, slide.bodyScale(), smallest.text(), smallest.size());
        assertTrue(smallest.size() >= Slide.MIN_TEXT - 0.01, LESSON.scenes().get(i).title() + ": '" + smallest.text()
                + "' is " + smallest.size() + " px high, less than a sixtieth of the slide (" + Slide.MIN_TEXT + ")");
        assertTrue(reckoned >= Slide.MIN_TEXT - 0.01, "scale " + slide.bodyScale() + " × " + Slides.smallestText(slide.body()));
    }

    @ParameterizedTest(name = "slide {0}")
    @MethodSource("slides")
    void theSceneTitlesTheSlideWithItsFigureLargeAndItsQuestionNotItsAnswer(int i) {
        Scene scene = LESSON.scenes().get(i);
        Slide slide = DECK.get(i);
        SvgTexts texts = SvgTexts.of(PictureWriter.svg(slide, Theme.LIGHT));
        assertEquals(scene.title(), texts.texts().get(0).text(), "the first text is the scene's title");
        assertTrue(texts.texts().get(0).size() >= 42);
        SvgTexts.Text headline = texts.texts().get(1);
        assertEquals(slide.headline(), headline.text());
        assertTrue(headline.size() >= 36, "the headline figure is large: " + headline.size());
        assertFalse(slide.headline().isBlank());
        String all = String.join(" ", texts.texts().stream().map(SvgTexts.Text::text).toList());
        Scene.Question q = scene.questions().get(0);
        assertTrue(all.contains(q.question().substring(0, Math.min(30, q.question().length()))), "the question is the takeaway");
        assertFalse(all.contains(q.answer().substring(0, Math.min(30, q.answer().length()))), "the answer stays hidden");
        assertEquals((i + 1) + " / " + LESSON.scenes().size(), slide.number());
    }

    @Test
    void slidesAre16By9At1920And3840() {
        BufferedImage one = PictureWriter.png(DECK.get(0), Theme.LIGHT, 1);
        BufferedImage two = PictureWriter.png(DECK.get(0), Theme.LIGHT, 2);
        assertEquals(1920, one.getWidth());
        assertEquals(1080, one.getHeight());
        assertEquals(3840, two.getWidth());
        assertEquals(2160, two.getHeight());
    }

    @Test
    void thePictureIsCentredInTheSlidesBody() {
        for (Slide slide : DECK) {
            var area = slide.bodyArea();
            double s = slide.bodyScale();
            double w = slide.body().width() * s;
            double h = slide.body().height() * s;
            assertTrue(w <= area.width + 0.01 && h <= area.height + 0.01, slide.title() + " overflows its body");
            // Fitted: one of the two dimensions fills the room, unless the enlargement is capped.
            assertTrue(s == Slide.MAX_SCALE || Math.abs(w - area.width) < 0.5 || Math.abs(h - area.height) < 0.5, slide.title());
        }
    }

    @Test
    void withoutLegendNoKindIsListed() {
        Slide with = DECK.get(0);
        Slide without = new Slides().of(LESSON.scenes().get(0), false, true, "1 / 14");
        assertTrue(SvgTexts.of(PictureWriter.svg(with, Theme.LIGHT)).says("reference count"));
        assertFalse(SvgTexts.of(PictureWriter.svg(without, Theme.LIGHT)).says("reference count"));
    }
}
