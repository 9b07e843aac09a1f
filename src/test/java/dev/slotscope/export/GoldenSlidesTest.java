package dev.slotscope.export;

import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Lessons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The built-in lesson's slides as SVG, compared with files kept in the repository, as
 * {@link GoldenSvgTest} does for single views: a change in what a class sees on the projector
 * shows up in review. After an intended change, run with {@code -Dgolden.update=true}, look at
 * the new files and commit them with the change.
 */
class GoldenSlidesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/slots-deck");
    private static final Lesson LESSON = Lessons.builtin("slots");
    private static final List<Slide> DECK = new LessonExport().slides(LESSON, true, true);

    static Stream<Integer> slides() {
        return IntStream.range(0, LESSON.scenes().size()).boxed();
    }

    @ParameterizedTest(name = "slide {0}")
    @MethodSource("slides")
    void theSlideIsTheReviewedOne(int i) throws IOException {
        String name = LessonExport.fileName(i, LESSON.scenes().size(), LESSON.scenes().get(i), ImageFormat.SVG);
        String svg = PictureWriter.svg(DECK.get(i), LESSON.scenes().get(i).theme());
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, svg, StandardCharsets.UTF_8);
        }
        Path actual = Path.of("target/golden-actual/slots-deck").resolve(name);
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, svg, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), svg, "slide " + name
                + " changed: compare " + actual + " with " + golden + "; if the change is intended, run with -Dgolden.update=true");
    }
}
