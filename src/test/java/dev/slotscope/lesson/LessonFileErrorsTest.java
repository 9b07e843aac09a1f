package dev.slotscope.lesson;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every kind of broken lesson file is refused with a message that says what is wrong and where:
 * the line and column for broken JSON, the scene and field for a wrong value.
 */
class LessonFileErrorsTest {

    @TempDir
    Path folder;

    /** A valid scene as the third one of a lesson; {@code sceneFields} replaces its fields. */
    private static String lessonWithThirdScene(String sceneFields) {
        return """
                {
                  "format": "slotscope-lesson",
                  "version": 1,
                  "title": "Broken",
                  "scenes": [
                    {"title": "First", "view": "layout", "runtime": "cpython-3.10", "variants": ["standard"]},
                    {"title": "Second", "view": "compare", "runtime": "jvm", "variants": ["standard", "slotted"]},
                    {%s}
                  ]
                }
                """.formatted(sceneFields);
    }

    /** A valid scene's fields as JSON texts, in file order. */
    private static Map<String, String> validScene() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "\"Third\"");
        fields.put("view", "\"grow\"");
        fields.put("runtime", "\"cpython-3.12\"");
        fields.put("variants", "[\"standard\"]");
        fields.put("added", "[\"z\", \"w\"]");
        return fields;
    }

    /** The valid scene with {@code field} set to {@code json}, or removed when {@code json} is null. */
    private static String third(String field, String json) {
        Map<String, String> fields = validScene();
        if (json == null) {
            fields.remove(field);
        } else {
            fields.put(field, json);
        }
        return lessonWithThirdScene(fields.entrySet().stream()
                .map(f -> "\"" + f.getKey() + "\": " + f.getValue())
                .collect(Collectors.joining(", ")));
    }

    static Stream<Arguments> brokenLessons() {
        return Stream.of(
                arguments("not JSON", "this is not a lesson", List.of("line 1, column 5", "not valid JSON", "'this'")),
                arguments("a missing comma", "{\n  \"format\": \"slotscope-lesson\"\n  \"version\": 1\n}",
                        List.of("line 3, column 3", "not valid JSON", "comma")),
                arguments("a trailing comma", "{\n  \"format\": \"slotscope-lesson\",\n  \"version\": 1,\n}",
                        List.of("line 4, column 1", "not valid JSON")),
                arguments("truncated", lessonWithThirdScene("\"title\": \"Cut").substring(0, 200),
                        List.of("line 7", "ends too early")),
                arguments("text after the object", "{\"format\": \"slotscope-lesson\"}\n{}",
                        List.of("line 2, column 1", "more text after the end")),
                arguments("a field twice", "{\"format\": \"slotscope-lesson\",\n\"format\": \"slotscope-lesson\"}",
                        List.of("line 2", "Duplicate field 'format'")),
                arguments("a list, not an object", "[1, 2]", List.of("top level", "not a list")),
                arguments("lists nested 100,000 deep", "[".repeat(100_000),
                        List.of("broken.slotscope.json: lists and objects are nested more than", "not a lesson")),
                arguments("a number of 2,000 digits", "{\"format\": \"slotscope-lesson\", \"version\": " + "9".repeat(2000) + "}",
                        List.of("too long for a lesson")),
                arguments("blank", " \n\t\n", List.of("is empty")),
                arguments("empty", "", List.of("is empty")),
                arguments("no format", "{\"version\": 1, \"title\": \"T\", \"scenes\": []}",
                        List.of("top level", "'format' is missing", "not a Slotscope lesson")),
                arguments("another format", "{\"format\": \"slideshow\", \"version\": 1}",
                        List.of("top level", "'format' is the text \"slideshow\"", "not a Slotscope lesson")),
                arguments("an unknown version", "{\"format\": \"slotscope-lesson\", \"version\": 2}",
                        List.of("top level", "version 2 is not understood", "reads version 1 only")),
                arguments("a newer version with fields of its own", "{\"format\": \"slotscope-lesson\", \"version\": 2, \"author\": \"me\"}",
                        List.of("top level", "version 2 is not understood")),
                arguments("some other JSON file", "{\"name\": \"package\", \"version\": \"1.0.0\"}",
                        List.of("top level", "'format' is missing", "not a Slotscope lesson")),
                arguments("a version as text", "{\"format\": \"slotscope-lesson\", \"version\": \"1\"}",
                        List.of("top level", "'version' must be a whole number", "the text \"1\"")),
                arguments("no title", "{\"format\": \"slotscope-lesson\", \"version\": 1, \"scenes\": []}",
                        List.of("top level", "'title' is missing")),
                arguments("no scenes", "{\"format\": \"slotscope-lesson\", \"version\": 1, \"title\": \"T\"}",
                        List.of("top level", "'scenes' is missing")),
                arguments("an empty scene list", "{\"format\": \"slotscope-lesson\", \"version\": 1, \"title\": \"T\", \"scenes\": []}",
                        List.of("top level", "'scenes' is empty")),
                arguments("an unknown top-level field", "{\"format\": \"slotscope-lesson\", \"version\": 1, \"autor\": \"me\"}",
                        List.of("top level", "unknown field 'autor'")),
                arguments("a scene that is not an object", lessonWithThirdScene("").replace("{}", "\"Third\""),
                        List.of("scene 3", "must be an object", "the text \"Third\"")),
                arguments("a scene without title", third("title", null), List.of("scene 3:", "'title' is missing")),
                arguments("a scene without view", third("view", null), List.of("scene 3 (\"Third\")", "'view' is missing")),
                arguments("a scene without runtime", third("runtime", null), List.of("scene 3 (\"Third\")", "'runtime' is missing")),
                arguments("a scene without variants", third("variants", null), List.of("scene 3 (\"Third\")", "'variants' is missing")),
                arguments("a title that is a number", third("title", "3"), List.of("scene 3", "'title' must be a text", "the number 3")),
                arguments("variants as one text", third("variants", "\"standard\""),
                        List.of("scene 3 (\"Third\")", "'variants' must be a list of texts", "the text \"standard\"")),
                arguments("a number among the attributes", third("attributes", "[\"x\", 2]"),
                        List.of("scene 3 (\"Third\")", "'attributes' must hold texts only", "the number 2")),
                arguments("a step as text", third("step", "\"1\""),
                        List.of("scene 3 (\"Third\")", "'step' must be a whole number", "the text \"1\"")),
                arguments("a fractional count", third("count", "2.5"),
                        List.of("scene 3 (\"Third\")", "'count' must be a whole number", "the number 2.5")),
                arguments("notes as null", third("notes", "null"), List.of("scene 3 (\"Third\")", "'notes' must be a text, not null")),
                arguments("questions as text", third("questions", "\"none\""),
                        List.of("scene 3 (\"Third\")", "'questions' must be a list")),
                arguments("a question without answer", third("questions", "[{\"question\": \"Q\", \"answer\": \"A\"}, {\"question\": \"Why?\"}]"),
                        List.of("scene 3 (\"Third\"), question 2", "'answer' is missing")),
                arguments("a question that is text", third("questions", "[\"Why?\"]"),
                        List.of("scene 3 (\"Third\"), question 1", "must be an object")),
                arguments("an unknown scene field", third("zooom", "150"),
                        List.of("scene 3 (\"Third\")", "unknown field 'zooom'", "zoom")),
                arguments("an unknown runtime", third("runtime", "\"cpython-3.7\""),
                        List.of("scene 3 (\"Third\")", "unknown runtime 'cpython-3.7'", "cpython-3.8", "jvm-estimate:compressed")),
                arguments("an unknown JVM mode", third("runtime", "\"jvm-estimate:tiny\""),
                        List.of("scene 3 (\"Third\")", "unknown runtime 'jvm-estimate:tiny'")),
                arguments("an unknown view", third("view", "\"chart\""),
                        List.of("scene 3 (\"Third\")", "unknown view 'chart'", "layout, grow, memory, compare, speed")),
                arguments("an unknown theme", third("theme", "\"solarized\""),
                        List.of("scene 3 (\"Third\")", "unknown theme 'solarized'", "light, dark, high-contrast")),
                arguments("a JVM variant on CPython", third("variants", "[\"standard\", \"boxed\"]"),
                        List.of("scene 3 (\"Third\")", "unknown variant 'boxed'", "slotted-weakref")),
                arguments("a CPython variant on the JVM", lessonWithThirdScene(
                                "\"title\": \"Third\", \"view\": \"layout\", \"runtime\": \"jvm-estimate:32-bit\", \"variants\": [\"slotted-weakref\"]"),
                        List.of("scene 3 (\"Third\")", "unknown JVM variant 'slotted-weakref'", "boxed")),
                arguments("dataclass-slots before 3.10", third("runtime", "\"cpython-3.9\"").replace("[\"standard\"]", "[\"dataclass-slots\"]"),
                        List.of("scene 3 (\"Third\")", "dataclass-slots needs Python 3.10 or later", "does not exist in CPython 3.9")),
                arguments("no variants", third("variants", "[]"), List.of("scene 3 (\"Third\")", "'variants' is empty")),
                arguments("a variant twice", third("variants", "[\"slotted\", \"slotted\"]"),
                        List.of("scene 3 (\"Third\")", "'slotted' appears twice")),
                arguments("an attribute that is no identifier", third("attributes", "[\"x\", \"2d\"]"),
                        List.of("scene 3 (\"Third\")", "'attributes'", "'2d' is not a Python identifier")),
                arguments("a keyword as attribute", third("attributes", "[\"class\"]"),
                        List.of("scene 3 (\"Third\")", "'attributes'", "'class' is a Python keyword")),
                arguments("an attribute twice", third("attributes", "[\"x\", \"x\"]"),
                        List.of("scene 3 (\"Third\")", "'attributes'", "'x' appears twice")),
                arguments("an added attribute that is no identifier", third("added", "[\"z\", \"a-b\"]"),
                        List.of("scene 3 (\"Third\")", "'added'", "'a-b' is not a Python identifier")),
                arguments("an empty added attribute", third("added", "[\"\"]"),
                        List.of("scene 3 (\"Third\")", "'added'", "empty")),
                arguments("a step past the added attributes", third("step", "3"),
                        List.of("scene 3 (\"Third\")", "'step' is 3", "0 to 2")),
                arguments("a negative step", third("step", "-1"), List.of("scene 3 (\"Third\")", "'step' is -1", "0 to 2")),
                arguments("a count of 0", third("count", "0"), List.of("scene 3 (\"Third\")", "'count' is 0", "1 to 10,000,000")),
                arguments("a count above ten million", third("count", "10000001"),
                        List.of("scene 3 (\"Third\")", "'count' is 10000001", "1 to 10,000,000")),
                arguments("a count beyond any long", third("count", "123456789012345678901234567890"),
                        List.of("scene 3 (\"Third\")", "'count' is 123456789012345678901234567890", "1 to 10,000,000")),
                arguments("a zoom below 100", third("zoom", "99"), List.of("scene 3 (\"Third\")", "'zoom' is 99", "100 to 300")),
                arguments("a zoom above 300", third("zoom", "301"), List.of("scene 3 (\"Third\")", "'zoom' is 301", "100 to 300")),
                arguments("timed runs on a grow scene", third("timed", TIMED),
                        List.of("scene 3 (\"Third\")", "only a speed scene keeps timed runs, not a grow scene")),
                arguments("a speed scene on an estimate", speed("jvm-estimate:compressed", "[\"standard\", \"slotted\"]", null),
                        List.of("scene 3 (\"Third\")", "a speed scene times code that runs here, not JVM · compressed oops (estimate)",
                                "choose a CPython version or jvm")),
                arguments("a speed scene of one class", speed("cpython-3.12", "[\"slotted\"]", null),
                        List.of("scene 3 (\"Third\")", "a speed scene compares two classes")),
                arguments("a speed scene of the JVM's boxed class", speed("jvm", "[\"standard\", \"boxed\"]", null),
                        List.of("scene 3 (\"Third\")", "On the JVM, speed times x and y of standard (a HashMap) against slotted")),
                arguments("timed runs of other classes", speed("cpython-3.12", "[\"slotted\", \"standard\"]", TIMED),
                        List.of("scene 3 (\"Third\")", "the timed runs are of standard, slotted, not of the scene's slotted, standard")),
                arguments("timed runs as text", speed("cpython-3.12", "[\"standard\", \"slotted\"]", "\"fast\""),
                        List.of("scene 3 (\"Third\"), 'timed'", "must be an object")),
                arguments("timed runs without who measured", speed("cpython-3.12", "[\"standard\", \"slotted\"]",
                                TIMED.replace("\"measuredBy\": \"me\", ", "")),
                        List.of("scene 3 (\"Third\"), 'timed'", "'measuredBy' is missing")),
                arguments("a run that is text", speed("cpython-3.12", "[\"standard\", \"slotted\"]",
                                TIMED.replace("[1.5, 1.6, 1.7]", "[1.5, \"fast\", 1.7]")),
                        List.of("scene 3 (\"Third\"), 'timed', run 1", "'read' must hold numbers", "the text \"fast\"")),
                arguments("too few runs", speed("cpython-3.12", "[\"standard\", \"slotted\"]", TIMED.replace("[1.5, 1.6, 1.7]", "[1.5]")),
                        List.of("scene 3 (\"Third\"), 'timed', run 1", "'read' must be a list of 3 to 50 numbers")),
                arguments("runs not in pairs", speed("cpython-3.12", "[\"standard\", \"slotted\"]",
                                TIMED.replace("[2.5, 2.6, 2.7]", "[2.5, 2.6, 2.7, 2.8]")),
                        List.of("scene 3 (\"Third\"), 'timed', run 1", "'write' has 4 runs, the others 3", "run for run")),
                arguments("an unknown field in a run", speed("cpython-3.12", "[\"standard\", \"slotted\"]",
                                TIMED.replace("\"variant\": \"slotted\"", "\"variant\": \"slotted\", \"delete\": [1, 2, 3]")),
                        List.of("scene 3 (\"Third\"), 'timed', run 2", "unknown field 'delete'")));
    }

    /** Recorded runs of standard and slotted, three each. */
    private static final String TIMED = "{\"runtime\": \"CPython 3.12.1\", \"measuredBy\": \"me\", \"method\": \"timeit\", \"runs\": ["
            + "{\"variant\": \"standard\", \"read\": [1.5, 1.6, 1.7], \"write\": [2.5, 2.6, 2.7]},"
            + " {\"variant\": \"slotted\", \"read\": [1.4, 1.5, 1.6], \"write\": [2.4, 2.5, 2.6]}]}";

    /** A speed scene as the third, with {@code timed} recorded runs when not null. */
    private static String speed(String runtime, String variants, String timed) {
        return lessonWithThirdScene("\"title\": \"Third\", \"view\": \"speed\", \"runtime\": \"" + runtime + "\", \"variants\": "
                + variants + (timed == null ? "" : ", \"timed\": " + timed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLessons")
    void aBrokenLessonIsRefusedWithWhatAndWhere(String what, String text, List<String> expected) {
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.parse(text, "broken.slotscope.json"));
        String message = e.getMessage();
        assertTrue(message.startsWith("broken.slotscope.json"), message);
        for (String part : expected) {
            assertTrue(message.contains(part), () -> "'" + part + "' not in: " + message);
        }
        assertReadsWell(message);
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = folder.resolve("nowhere" + LessonFile.EXTENSION);
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.read(file));
        assertTrue(e.getMessage().equals("cannot read " + file + ": there is no such file"), e.getMessage());
    }

    @Test
    void aFolderIsNotALessonFile() {
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.read(folder));
        assertTrue(e.getMessage().equals("cannot read " + folder + ": it is a folder, not a lesson file"), e.getMessage());
    }

    @Test
    void anEmptyFileIsNamed() throws IOException {
        Path file = Files.createFile(folder.resolve("empty" + LessonFile.EXTENSION));
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.read(file));
        assertTrue(e.getMessage().startsWith(file + " is empty"), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = Files.write(folder.resolve("latin1" + LessonFile.EXTENSION), new byte[] {'{', '"', (byte) 0xE9, '"', '}'});
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.read(file));
        assertTrue(e.getMessage().equals("cannot read " + file + ": it is not UTF-8 text, so not a lesson file"), e.getMessage());
    }

    @Test
    void aBrokenFileOnDiskNamesItsPathAndLine() throws IOException {
        Path file = Files.writeString(folder.resolve("cut" + LessonFile.EXTENSION), "{\n  \"format\": \"slotscope-lesson\",\n  \"version\": 1,\n  \"title\": \"Cut");
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ", line 4"), e.getMessage());
        assertReadsWell(e.getMessage());
    }

    /** One line for a person: no stack trace, no Jackson class or setting names. */
    private static void assertReadsWell(String message) {
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("\tat "), message);
        assertFalse(message.toLowerCase(Locale.ROOT).contains("jackson"), message);
        assertFalse(message.contains("com.fasterxml"), message);
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("Json"), message);
        assertFalse(message.contains("`"), message);
    }
}
