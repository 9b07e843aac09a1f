package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** describe, grow and export of a class from a Python file the user wrote ({@code --source FILE.py --class NAME}). */
class SourceCommandsTest {

    private static final String STUDENTS = """
            class Student:
                def __init__(self, name, age):
                    self.name = name
                    self.age = age


            class SlottedStudent:
                __slots__ = ('name', 'age')

                def __init__(self, name, age):
                    self.name = name
                    self.age = age
            """;

    @TempDir
    Path folder;

    private Path file(String text) throws Exception {
        Path file = folder.resolve("students.py");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void describeGivesTheLessonsJsonForYourClass() throws Exception {
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--source", file(STUDENTS).toString(),
                "--class", "Student", "--add", "nickname", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("Student", json.get("className").asText());
        assertEquals(16, json.get("basicsize").asInt());
        assertEquals(80, json.get("bytesPerInstance").asInt());
        assertEquals("[\"name\",\"age\"]", json.get("dictKeys").toString());
        assertEquals("ok", json.get("addAttribute").get("outcome").asText());
    }

    @Test
    void theLastClassIsTheDefaultAndASlottedOneRefusesANewName() throws Exception {
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.13", "--source", file(STUDENTS).toString(),
                "--add", "nickname", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("SlottedStudent", json.get("className").asText());
        assertEquals(48, json.get("bytesPerInstance").asInt());
        assertEquals("AttributeError: 'SlottedStudent' object has no attribute 'nickname' and no __dict__ for setting new"
                + " attributes", json.get("addAttribute").get("message").asText());
    }

    @Test
    void pythonsRefusalIsOneLineWithTheFileAndLineAndStatusTwo() throws Exception {
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--source",
                file("class A:\n    __slots__ = ('x',)\n    x = 1\n").toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertEquals("slotscope: students.py line 2: ValueError: 'x' in __slots__ conflicts with class variable\n",
                run.err().replace("\r\n", "\n"));
    }

    @Test
    void somethingOutsideTheSubsetIsNamedAtItsLine() throws Exception {
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--source",
                file("class A:\n    def __init__(self):\n        if True:\n            self.x = 1\n").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("slotscope: students.py line 3: not understood: if True:"), run.err());
    }

    @Test
    void growStepsYourClass() throws Exception {
        CliRun run = CliRun.of("grow", "--runtime", "cpython-3.11", "--source", file(STUDENTS).toString(), "--class",
                "SlottedStudent", "--add", "nickname", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("SlottedStudent", json.get("className").asText());
        assertEquals("AttributeError: 'SlottedStudent' object has no attribute 'nickname'",
                json.get("steps").get(1).get("message").asText());
    }

    @Test
    void exportDrawsTwoOfYourClassesSideBySide() throws Exception {
        Path out = folder.resolve("students.svg");
        CliRun run = CliRun.of("export", "--runtime", "cpython-3.12", "--source", file(STUDENTS).toString(), "--class",
                "Student,SlottedStudent", "--view", "compare", "--format", "svg", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("Student instance") && svg.contains("SlottedStudent instance"), "both drawn");
        assertTrue(svg.contains("Student (your class) vs SlottedStudent (your class)"), "the caption names them");
    }

    @Test
    void memoryCountsYourClassAndRefusesToMeasureIt() throws Exception {
        CliRun run = CliRun.of("memory", "--runtime", "cpython-3.12", "--source", file(STUDENTS).toString(), "--class",
                "Student", "--count", "1M", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("Student", json.get("className").asText());
        assertEquals(80_000_768L, json.get("totalBytes").asLong(), "80 bytes each and the class's 768-byte keys once");
        CliRun measure = CliRun.of("memory", "--runtime", "cpython-3.12", "--source", file(STUDENTS).toString(), "--count",
                "1000", "--measure");
        assertEquals(2, measure.status());
        assertTrue(measure.err().contains("describe --source FILE --check"), measure.err());
    }
}
