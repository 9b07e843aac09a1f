package dev.slotscope.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Built-in lessons and opening a lesson by its spec. */
class LessonsTest {

    @TempDir
    Path folder;

    @Test
    void theBuiltinLessonIsFoundWithOrWithoutItsPrefix() {
        assertEquals(List.of("slots"), Lessons.builtinNames());
        assertEquals(Lessons.builtin("slots"), Lessons.builtin("builtin:slots"));
        assertEquals(Lessons.builtin("slots"), Lessons.open("builtin:slots"));
    }

    @Test
    void anUnknownBuiltinListsTheKnownOnes() {
        LessonFileException e = assertThrows(LessonFileException.class, () -> Lessons.open("builtin:dicts"));
        assertEquals("there is no built-in lesson 'builtin:dicts'; built-in lessons: builtin:slots", e.getMessage());
    }

    @Test
    void anythingElseIsAFile() {
        Path file = folder.resolve("mine" + LessonFile.EXTENSION);
        Lesson lesson = LessonFileTest.everyKindOfScene();
        LessonFile.write(lesson, file);
        assertEquals(lesson, Lessons.open(file.toString()));
        LessonFileException e = assertThrows(LessonFileException.class, () -> Lessons.open(folder.resolve("gone.json").toString()));
        assertEquals("cannot read " + folder.resolve("gone.json") + ": there is no such file", e.getMessage());
    }

    /** The shipped file is exactly what the writer makes of it, so saving it again changes nothing. */
    @Test
    void theBuiltinFileIsInTheWritersOwnForm() throws IOException {
        try (InputStream in = Lessons.class.getResourceAsStream("slots" + LessonFile.EXTENSION)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(text, LessonFile.toJson(Lessons.builtin("slots")));
        }
    }
}
