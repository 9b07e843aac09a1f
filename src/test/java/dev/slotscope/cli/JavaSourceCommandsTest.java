package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code describe|grow|export --runtime jvm --source FILE.java}: a user's Java classes from the command line. */
class JavaSourceCommandsTest {

    private static final String POINT = """
            package demo;

            public class Point {
                static { System.exit(7); }
                int x;
                int y;
                String name;

                static class Tag {
                    byte b;
                    long l;
                }
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void jsonOfAClassFromSource() throws Exception {
        Path point = write("Point.java", POINT);
        CliRun run = CliRun.of("describe", "--runtime", "jvm-estimate:compressed", "--source", point.toString(),
                "--class", "Point", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("demo.Point", json.get("className").asText());
        assertEquals(24, json.get("instanceSize").asInt());
        assertFalse(json.get("measured").asBoolean());
        assertFalse(json.has("attached"), "no instance was made");
        List<String> fields = new ArrayList<>();
        for (JsonNode region : json.get("regions")) {
            if (region.has("declaringClass")) {
                assertEquals("demo.Point", region.get("declaringClass").asText());
                fields.add(region.get("name").asText() + "@" + region.get("offset").asInt());
            }
        }
        assertEquals(List.of("x@12", "y@16", "name@20"), fields);
    }

    @Test
    void nestedClassAndTheOnlyTopLevelClassOnTheLiveVm() throws Exception {
        Path point = write("Point.java", POINT);
        CliRun tag = CliRun.of("describe", "--runtime", "jvm", "--source", point.toString(), "--class", "Point.Tag", "--json");
        assertEquals(0, tag.status(), tag.err());
        JsonNode json = new ObjectMapper().readTree(tag.out());
        assertEquals("demo.Point$Tag", json.get("className").asText());
        assertTrue(json.get("measured").asBoolean());
        CliRun table = CliRun.of("describe", "--runtime", "jvm", "--source", point.toString());
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().startsWith("demo.Point · "), table.out());
        assertTrue(table.out().contains("reference          name"), table.out());
    }

    @Test
    void exportDrawsYourJavaClassesSideBySideAndTheirRefusalToGrow() throws IOException {
        Path students = write("Students.java", """
                class Person { String name; int age; }
                class Student extends Person { boolean enrolled; long id; }
                """);
        Path compare = dir.resolve("compare.svg");
        CliRun run = CliRun.of("export", "--runtime", "jvm-estimate:compressed", "--source", students.toString(),
                "--class", "Person,Student", "--view", "compare", "--out", compare.toString());
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(compare);
        assertTrue(svg.contains("JVM · Person (your class)") && svg.contains("JVM · Student (your class)"), svg);
        assertTrue(svg.contains("24 bytes per instance") && svg.contains("32 bytes per instance"), svg);
        Path grow = dir.resolve("grow.svg");
        run = CliRun.of("export", "--runtime", "jvm-estimate:compressed", "--source", students.toString(), "--class", "Student",
                "--add", "nickname", "--out", grow.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(grow).contains("Student has no field &apos;nickname&apos;")
                || Files.readString(grow).contains("Student has no field 'nickname'"), Files.readString(grow));
        Path broken = write("Broken.java", "class Broken {\n    int x\n}\n");
        run = CliRun.of("export", "--runtime", "jvm", "--source", broken.toString(), "--out", dir.resolve("b.svg").toString());
        assertEquals(2, run.status());
        assertEquals("slotscope: Broken.java line 2: ';' expected", run.err().strip());
        run = CliRun.of("export", "--runtime", "jvm", "--source", students.toString(), "--out", dir.resolve("s.svg").toString());
        assertEquals(2, run.status());
        assertEquals("slotscope: Students.java declares 2 top-level classes (Person, Student): name one with --class",
                run.err().strip());
    }

    @Test
    void growOfYourJavaClassAssignsItsFieldsAndRefusesNewOnes() throws Exception {
        Path students = write("Students.java", """
                class Person { String name; int age; }
                class Student extends Person { boolean enrolled; long id; }
                """);
        CliRun run = CliRun.of("grow", "--runtime", "jvm-estimate:compressed", "--source", students.toString(),
                "--class", "Student", "--add", "age,nickname", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("Student", json.get("className").asText());
        JsonNode steps = json.get("steps");
        assertEquals(3, steps.size());
        assertEquals("ok", steps.get(1).get("outcome").asText());
        assertEquals("error", steps.get(2).get("outcome").asText());
        assertTrue(steps.get(2).get("message").asText().startsWith("Student has no field 'nickname'"), steps.toString());
        for (JsonNode step : steps) {
            assertEquals(32, step.get("bytesPerInstance").asInt());
        }
        run = CliRun.of("grow", "--runtime", "jvm", "--source", students.toString(), "--class", "Teacher", "--add", "x");
        assertEquals(2, run.status());
        assertEquals("slotscope: no class named Teacher in Students.java (it declares Person, Student)", run.err().strip());
    }

    @Test
    void aByteOrderMarkIsNotAnError() throws IOException {
        Path bom = write("Bom.java", "\uFEFFclass Bom { int x; }\n");
        CliRun run = CliRun.of("describe", "--runtime", "jvm", "--source", bom.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Bom · "), run.out());
    }

    @Test
    void badInputIsOneLineAndStatusTwo() throws IOException {
        Path point = write("Point.java", POINT);
        Path broken = write("Broken.java", "class Broken {\n    int x\n}\n");
        Path latin1 = Files.write(dir.resolve("Latin.java"), "class Caf\u00e9 { int x; }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path shapes = write("Shapes.java", "interface Shape { }\nclass Circle implements Shape { double r; }\n");
        Path python = write("point.py", "class Point:\n    pass\n");
        String missing = dir.resolve("Missing.java").toString();
        CliRun.assertDescribeRefuses("no such file: " + missing, "--runtime", "jvm", "--source", missing);
        CliRun.assertDescribeRefuses(latin1 + " is not UTF-8 text", "--runtime", "jvm", "--source", latin1.toString());
        CliRun.assertDescribeRefuses("Broken.java line 2: ';' expected", "--runtime", "jvm", "--source", broken.toString());
        CliRun.assertDescribeRefuses("no class named Square in Shapes.java (it declares Shape, Circle)",
                "--runtime", "jvm", "--source", shapes.toString(), "--class", "Square");
        CliRun.assertDescribeRefuses("Shapes.java declares 2 top-level classes (Shape, Circle): name one with --class",
                "--runtime", "jvm", "--source", shapes.toString());
        CliRun.assertDescribeRefuses("Shape is an interface: it has no instances to lay out",
                "--runtime", "jvm", "--source", shapes.toString(), "--class", "Shape");
        CliRun.assertDescribeRefuses(python + " is not a Java source file (.java): a JVM runtime compiles Java",
                "--runtime", "jvm", "--source", python.toString());
        Path huge = write("Huge.java", "class Huge { }\n" + "//".repeat(500_000));
        CliRun.assertDescribeRefuses(huge + " is larger than 1000 KB", "--runtime", "jvm", "--source", huge.toString());
        CliRun.assertDescribeRefuses(dir + " is a folder, not a source file", "--runtime", "jvm", "--source", dir.toString());
        CliRun.assertDescribeRefuses("--classpath goes with --class NAME, not with --source",
                "--runtime", "jvm", "--source", point.toString(), "--classpath", dir.toString());
        CliRun.assertDescribeRefuses("demo.Point is not a public concrete class", "--runtime", "jvm", "--source",
                write("Abstract.java", "package demo; public abstract class Point { int x; }").toString(), "--graph");
    }
}
