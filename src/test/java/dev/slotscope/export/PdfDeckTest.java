package dev.slotscope.export;

import dev.slotscope.runtime.Runtime;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.lesson.Scene;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deck as one PDF: a 16:9 page per scene, its text kept as text. */
class PdfDeckTest {

    @TempDir
    Path dir;

    @Test
    void theLessonIsOnePdfWithAPagePerSceneAndSearchableText() throws IOException {
        Lesson lesson = Lessons.builtin("slots");
        List<Path> written = new LessonExport().export(lesson, dir, EnumSet.of(ImageFormat.PDF), 1, true);
        assertEquals(List.of(dir.resolve("what-slots-saves-version-by-version.pdf")), written);
        try (PdfReader reader = new PdfReader(Files.readAllBytes(written.get(0)))) {
            assertEquals(lesson.scenes().size(), reader.getNumberOfPages());
            PdfTextExtractor text = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                var size = reader.getPageSize(page);
                assertEquals(16.0 / 9, size.getWidth() / size.getHeight(), 1e-3, "page " + page + " is 16:9");
                Scene scene = lesson.scenes().get(page - 1);
                String words = text.getTextFromPage(page).replaceAll("\\s+", " ");
                assertTrue(words.contains(scene.title()), "page " + page + " names its scene as text: " + words);
                String question = scene.questions().get(0).question();
                assertTrue(words.contains(question.substring(0, Math.min(25, question.length()))), "page " + page + ": " + words);
                assertFalse(words.contains(scene.questions().get(0).answer()), "the answer stays hidden");
            }
            assertTrue(text.getTextFromPage(1).contains("152 bytes per instance"), "the headline figure is text");
        }
    }

    @Test
    void aSingleViewCanBeAPdfToo() throws IOException {
        Path out = dir.resolve("view.pdf");
        Scene scene = new Scene("", dev.slotscope.lesson.ViewKind.LAYOUT, Runtime.fromId("cpython-3.12"), List.of("slotted"), List.of("x", "y"),
                List.of(), 0, 1, Theme.DARK, 100, "", List.of());
        PictureWriter.write(new ScenePictures().of(scene, true), Theme.DARK, 1, out);
        try (PdfReader reader = new PdfReader(Files.readAllBytes(out))) {
            assertEquals(1, reader.getNumberOfPages());
            assertTrue(new PdfTextExtractor(reader).getTextFromPage(1).contains("SlottedPoint"));
        }
    }
}
