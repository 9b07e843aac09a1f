package dev.slotscope.ui;

import dev.slotscope.lesson.LessonFile;
import dev.slotscope.lesson.Lessons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recent-lessons list: it always fits in the preferences, and tests never write the developer's. */
class RecentLessonsTest {

    @TempDir
    Path dir;

    private final Preferences node = Preferences.userRoot().node("dev/slotscope-test/recent-" + System.nanoTime());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void testsRememberLessonsInPreferencesOfTheirOwn() {
        String windowNode = System.getProperty("slotscope.preferences");
        assertTrue(windowNode != null && !windowNode.equals("dev/slotscope"), "the window's node in tests: " + windowNode);
        String root = System.getProperty("java.util.prefs.userRoot");
        assertTrue(root != null && Path.of(root).startsWith(Path.of("target").toAbsolutePath()), "the preferences root in tests: " + root);
    }

    @Test
    void lessonsWithVeryLongPathsAreOpenedAndTheListStillFits() throws IOException {
        String lesson = LessonFile.toJson(Lessons.builtin("slots"));
        String segment = "d".repeat(200);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Path folder = dir.resolve(i + segment).resolve(segment).resolve(segment).resolve(segment).resolve(segment);
            Files.createDirectories(folder);
            files.add(Files.writeString(folder.resolve("lesson.slotscope.json"), lesson));
        }
        assertTrue(files.stream().mapToInt(f -> f.toString().length() + 1).sum() > Preferences.MAX_VALUE_LENGTH);

        LessonViewModel lessons = new LessonViewModel(node);
        for (Path file : files) {
            lessons.open(file.toString());
            assertEquals(file.toString(), lessons.recent().get(0), "the lesson just opened is first");
        }
        assertTrue(String.join("\n", lessons.recent()).length() <= Preferences.MAX_VALUE_LENGTH);
        assertEquals(files.get(8).toString(), lessons.recent().get(0));
        assertEquals(files.get(7).toString(), lessons.recent().get(1));
        assertNotEquals(files.size(), lessons.recent().size(), "the oldest that do not fit are dropped");
        assertEquals(List.copyOf(lessons.recent()), List.copyOf(new LessonViewModel(node).recent()), "remembered as shown");
    }
}
