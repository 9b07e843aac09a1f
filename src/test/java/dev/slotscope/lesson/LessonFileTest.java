package dev.slotscope.lesson;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.speed.Access;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.Timing;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing and reading lesson files: round trips, defaults, and writes that fail without damage. */
class LessonFileTest {

    @TempDir
    Path folder;

    static Lesson everyKindOfScene() {
        return new Lesson("Ünïcode, \"quotes\" and\nnew lines", List.of(
                new Scene("Layout", ViewKind.LAYOUT, Runtime.fromId("cpython-3.8"), List.of("standard"), List.of("x", "y"), List.of(), 0,
                        1_000_000, Theme.LIGHT, 100, "", List.of()),
                new Scene("Grow", ViewKind.GROW, Runtime.fromId("cpython-3.12"), List.of("slotted"), List.of("a", "b", "c"),
                        List.of("z", "w"), 2, 1, Theme.DARK, 300, "two lines\nof notes — with a dash",
                        List.of(new Scene.Question("Why?", "Because."), new Scene.Question("And then?", ""))),
                new Scene("Memory", ViewKind.MEMORY, Runtime.fromId("jvm-estimate:compact-headers"), List.of("boxed", "standard"),
                        List.of(), List.of(), 0, 10_000_000, Theme.HIGH_CONTRAST, 150, "N at the top", List.of()),
                new Scene("Compare", ViewKind.COMPARE, Runtime.fromId("jvm"), List.of("standard", "slotted", "dataclass-slots"),
                        List.of("π", "_private"), List.of("später"), 1, 250_000, Theme.LIGHT, 125, "notes",
                        List.of(new Scene.Question("Q", "A"))),
                new Scene("Your classes", ViewKind.COMPARE, Runtime.fromId("cpython-3.12"),
                        List.of("class:Student", "class:SlottedStudent"), List.of("x", "y"), List.of(), 0, 1_000_000,
                        Theme.LIGHT, 100, "", List.of(), YOUR_CLASSES),
                new Scene("Speed", ViewKind.SPEED, Runtime.fromId("cpython-3.10"), List.of("slotted", "dataclass-slots"),
                        List.of("x", "y"), List.of(), 0, 1_000_000, Theme.DARK, 100, "runs", List.of(), "",
                        java.util.Optional.of(new SpeedResult("CPython 3.10.13", "CPython 3.10.13 on the teacher's laptop",
                                "timeit, \"quoted\"", List.of(
                                new Timing("slotted", Access.READ, new Spread(List.of(9.72, 9.879, -0.1))),
                                new Timing("slotted", Access.WRITE, new Spread(List.of(10.796, 1e-3, 10.729))),
                                new Timing("dataclass-slots", Access.READ, new Spread(List.of(9.5, 9.6, 9.7))),
                                new Timing("dataclass-slots", Access.WRITE, new Spread(List.of(0.1 + 0.2, 10.6, 10.7)))))))));
    }

    static final String YOUR_CLASSES = """
            class Student:
                def __init__(self, name):
                    self.name = name  # "quoted" and Ünïcode


            class SlottedStudent:
                __slots__ = ('name',)
            """;

    @Test
    void aSceneCarriesItsOwnPythonSourceAndNamesItsClasses() {
        String json = LessonFile.toJson(everyKindOfScene());
        assertTrue(json.contains("\"variants\": [ \"class:Student\", \"class:SlottedStudent\" ]"), json);
        Scene read = LessonFile.parse(json, "text").scenes().get(4);
        assertEquals(YOUR_CLASSES, read.source());
        assertEquals(new dev.slotscope.runtime.Subject.Written(YOUR_CLASSES, "SlottedStudent"), read.subject("class:SlottedStudent"));
        assertEquals(1, json.split("\"source\"", -1).length - 1, "only the scene with a source writes one");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "class Student: pass|class:Teacher|in scene 1 (\"S\"): variant 'class:Teacher': the scene's 'source' defines Student, not Teacher",
            "class A:\\n    __slots__ = ('x',)\\n    x = 1|class:A|in scene 1 (\"S\"): 'source' line 2: ValueError: 'x' in __slots__ conflicts with class variable",
            "|class:A|in scene 1 (\"S\"): variant 'class:A' names a class of the scene's 'source', and the scene has none",
    })
    void aSourceThatCannotBeDrawnIsOneSentenceNamingTheScene(String source, String variant, String message) {
        String text = "{\"format\": \"slotscope-lesson\", \"version\": 1, \"title\": \"T\", \"scenes\": [{\"title\": \"S\","
                + " \"view\": \"layout\", \"runtime\": \"cpython-3.12\", \"variants\": [\"" + variant + "\"]"
                + (source == null ? "" : ", \"source\": \"" + source + "\"") + "}]}";
        LessonFileException e = org.junit.jupiter.api.Assertions.assertThrows(LessonFileException.class,
                () -> LessonFile.parse(text, "lesson.json"));
        assertTrue(e.getMessage().endsWith(message), e.getMessage());
    }

    @Test
    void aWrittenLessonReadsBackEqual() {
        Lesson lesson = everyKindOfScene();
        Path file = folder.resolve("round trip" + LessonFile.EXTENSION);
        LessonFile.write(lesson, file);
        assertEquals(lesson, LessonFile.read(file));
        assertEquals(lesson, LessonFile.parse(LessonFile.toJson(lesson), "text"));
    }

    @Test
    void writingAgainReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path file = folder.resolve("lesson" + LessonFile.EXTENSION);
        LessonFile.write(everyKindOfScene(), file);
        Lesson shorter = new Lesson("Shorter", everyKindOfScene().scenes().subList(0, 1));
        LessonFile.write(shorter, file);
        assertEquals(shorter, LessonFile.read(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void theFileIsReadableJsonWithEveryFieldSpelledOut() {
        String json = LessonFile.toJson(everyKindOfScene());
        assertTrue(json.startsWith("{\n  \"format\": \"slotscope-lesson\",\n  \"version\": 1,\n"), json);
        assertTrue(json.contains("\"variants\": [ \"standard\", \"slotted\", \"dataclass-slots\" ]"), json);
        assertTrue(json.contains("\"theme\": \"high-contrast\""), json);
        assertTrue(json.contains("\"view\": \"memory\""), json);
        assertTrue(json.contains("\"read\": [ 9.72, 9.879, -0.1 ]"), "runs as numbers a reader can check: " + json);
        assertEquals(1, json.split("\"timed\"", -1).length - 1, "only the speed scene writes timed runs");
        assertTrue(json.endsWith("}\n"), json);
        assertTrue(json.contains("Ünïcode"), "non-ASCII text is written as itself, not escaped");
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        Lesson lesson = LessonFile.parse("""
                {"format": "slotscope-lesson", "version": 1, "title": "Minimal",
                 "scenes": [{"title": "One", "view": "layout", "runtime": "cpython-3.11", "variants": ["slotted"]}]}
                """, "minimal");
        assertEquals(new Scene("One", ViewKind.LAYOUT, Runtime.fromId("cpython-3.11"), List.of("slotted"), List.of("x", "y"), List.of(),
                0, 1_000_000, Theme.LIGHT, 100, "", List.of()), lesson.scenes().get(0));
        assertEquals("Minimal", lesson.title());
    }

    @Test
    void aByteOrderMarkAtTheStartIsAccepted() {
        Lesson lesson = everyKindOfScene();
        assertEquals(lesson, LessonFile.parse("\uFEFF" + LessonFile.toJson(lesson), "with BOM"));
    }

    @Test
    void writingIntoAMissingFolderFailsClearlyAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("missing").resolve("lesson" + LessonFile.EXTENSION);
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.write(everyKindOfScene(), file));
        assertEquals("cannot write " + file + ": the folder " + file.getParent() + " does not exist", e.getMessage());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void writingOverAFolderFailsClearly() throws IOException {
        Path file = Files.createDirectory(folder.resolve("taken" + LessonFile.EXTENSION));
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.write(everyKindOfScene(), file));
        assertEquals("cannot write " + file + ": it is a folder", e.getMessage());
        assertEquals(List.of(file), filesIn(folder));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
