package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescribeCommandTest {


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aClassWithContendedFieldsGivesJsonAndNothingElse() throws Exception {
        // java.lang.Thread pads @Contended fields; JOL reads the annotation through an export the
        // jar's manifest and the build's JVM options give it, and otherwise prints a warning first.
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        CliRun run;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            run = run("describe", "--runtime", "jvm", "--class", "java.lang.Thread", "--json");
        } finally {
            System.setOut(stdout);
        }
        assertEquals(0, run.status(), run.err());
        assertEquals("", printed.toString(java.nio.charset.StandardCharsets.UTF_8), "nothing printed by a library");
        assertTrue(run.out().startsWith("{"), run.out().lines().findFirst().orElse(""));
        assertEquals("java.lang.Thread", new ObjectMapper().readTree(run.out()).get("className").asText());
    }

    @Test
    void jsonHasTheFiguresRegionsAndAttachedObjects() throws Exception {
        CliRun run = run("describe", "--runtime", "cpython-3.10", "--variant", "standard", "--attrs", "x,y", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(32, json.get("basicsize").asInt());
        assertEquals(16, json.get("dictoffset").asInt());
        assertEquals(24, json.get("weakrefoffset").asInt());
        assertEquals(48, json.get("getsizeof").asInt());
        assertTrue(json.get("bytesPerInstance").isInt());
        assertEquals(152, json.get("bytesPerInstance").asInt());
        JsonNode first = json.get("regions").get(0);
        assertEquals(-16, first.get("offset").asInt());
        assertEquals(16, first.get("size").asInt());
        assertEquals("gc-header", first.get("kind").asText());
        assertEquals("GC header", first.get("label").asText());
        JsonNode attached = json.get("attached");
        assertEquals(3, attached.size());
        for (JsonNode object : attached) {
            assertTrue(object.has("label") && object.has("size") && object.has("shared") && object.has("regions"));
        }
        assertFalse(json.has("addAttribute"), "only with --add");
    }

    @Test
    void addReportsTheVersionsExactAttributeError() throws Exception {
        CliRun run = run("describe", "--runtime", "cpython-3.13", "--variant", "slotted", "--attrs", "x,y", "--add", "z", "--json");
        JsonNode add = new ObjectMapper().readTree(run.out()).get("addAttribute");
        assertEquals("error", add.get("outcome").asText());
        assertEquals("AttributeError: 'SlottedPoint' object has no attribute 'z' and no __dict__ for setting new attributes",
                add.get("message").asText());
        CliRun ok = run("describe", "--runtime", "cpython-3.8", "--variant", "child-of-slotted", "--add", "z", "--json");
        assertEquals("ok", new ObjectMapper().readTree(ok.out()).get("addAttribute").get("outcome").asText());
    }

    /** 3.14 and 3.15 as recorded: a ChildOfSlotted keeps room for one value after its slots; growth and memory follow. */
    @Test
    void theNewestVersionsAreRuntimesOfEveryCommand() throws Exception {
        for (String runtime : List.of("cpython-3.14", "cpython-3.15")) {
            CliRun describe = run("describe", "--runtime", runtime, "--variant", "child-of-slotted", "--json");
            assertEquals(0, describe.status(), describe.err());
            JsonNode json = new ObjectMapper().readTree(describe.out());
            assertEquals(88, json.get("bytesPerInstance").asInt());
            assertEquals(64, json.get("getsizeof").asInt());
            List<String> first = new ArrayList<>();
            json.get("regions").forEach(r -> {
                if (r.get("offset").asInt() >= 0 && r.get("offset").asInt() < 8) {
                    first.add(r.get("label").asText() + "@" + r.get("offset").asInt() + "+" + r.get("size").asInt());
                }
            });
            assertEquals(List.of("refcnt@0+4", "overflow@4+2", "flags@6+2"), first);
            CliRun grow = run("grow", "--runtime", runtime, "--variant", "standard", "--attrs", "", "--add", "b1,b2", "--json");
            assertEquals(0, grow.status(), grow.err());
            JsonNode steps = new ObjectMapper().readTree(grow.out()).get("steps");
            assertEquals(List.of(72, 72, 256), List.of(steps.get(0).get("bytesPerInstance").asInt(),
                    steps.get(1).get("bytesPerInstance").asInt(), steps.get(2).get("bytesPerInstance").asInt()));
            assertEquals(8, steps.get(2).get("table").get("slots").asInt(), "3.14 sizes the dict's table exactly");
            CliRun memory = run("memory", "--runtime", runtime, "--variant", "standard", "--count", "1M", "--json");
            assertEquals(0, memory.status(), memory.err());
            assertEquals(88, new ObjectMapper().readTree(memory.out()).get("bytesPerInstance").asInt());
        }
    }

    @Test
    void emptyAttrsMeansNoAttributes() throws Exception {
        CliRun run = run("describe", "--runtime", "cpython-3.12", "--variant", "slotted", "--attrs", "", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(0, json.get("attrs").size());
        assertEquals(16, json.get("basicsize").asInt());
    }

    @Test
    void tableIsReadable() {
        CliRun run = run("describe", "--runtime", "cpython-3.11", "--variant", "standard");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("bytes per instance 88"), run.out());
        assertTrue(run.out().contains("values pointer"), run.out());
    }

    @Test
    void jvmJsonHasInstanceSizeRegionsAttachedAndVm() throws Exception {
        CliRun run = run("describe", "--runtime", "jvm", "--variant", "standard", "--attrs", "x,y", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("instanceSize").asInt() >= 16);
        JsonNode field = json.get("regions").findParents("declaringClass").get(0);
        assertEquals("attributes", field.get("name").asText());
        assertEquals("dev.slotscope.jvm.lesson.MapPoint", field.get("declaringClass").asText());
        assertTrue(json.get("attached").size() >= 6);
        for (JsonNode object : json.get("attached")) {
            assertTrue(object.has("class") && object.has("size") && object.has("shared") && object.has("regions"));
        }
        assertEquals(16, json.get("buckets").size());
        List<String> fields = new ArrayList<>();
        json.get("buckets").get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("index", "keys"), fields);
        assertTrue(json.get("vm").get("measured").asBoolean());
        assertTrue(json.get("vm").has("compressedOops") && json.get("vm").has("compactHeaders")
                && json.get("vm").has("objectAlignment") && json.get("vm").has("jdk"));
    }

    @Test
    void jvmEstimatesAndNamedClasses() throws Exception {
        CliRun estimate = run("describe", "--runtime", "jvm-estimate:compact-headers", "--class", "java.util.HashMap", "--json");
        assertEquals(0, estimate.status(), estimate.err());
        JsonNode json = new ObjectMapper().readTree(estimate.out());
        assertEquals(40, json.get("instanceSize").asInt());
        assertFalse(json.get("measured").asBoolean());
        assertFalse(json.has("attached"), "no instance was made");
        CliRun table = run("describe", "--runtime", "jvm-estimate:32-bit", "--variant", "slotted");
        assertEquals(0, table.status(), table.err());
        assertTrue(table.out().contains("estimated"), table.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--runtime cpython-2.7 --variant slotted|unknown runtime 'cpython-2.7'",
        "--runtime cpython-3.12 --variant frozen|unknown variant 'frozen'",
        "--runtime cpython-3.9 --variant dataclass-slots|dataclass-slots needs Python 3.10",
        "--runtime cpython-3.12 --variant slotted --attrs x,2y|'2y' is not a Python identifier",
        "--runtime cpython-3.12 --variant slotted --attrs x,lambda|'lambda' is a Python keyword",
        "--runtime cpython-3.12 --variant slotted --attrs x,y,x|'x' appears twice",
        "--runtime cpython-3.12 --variant slotted --add 9z|'9z' is not a Python identifier",
        "--variant slotted|Missing required option: '--runtime=RUNTIME'",
        "--runtime cpython-3.12 --colour red|Unknown options: '--colour', 'red'",
        "--runtime jvm --class no.such.Thing|no class named no.such.Thing in the JDK or Slotscope",
        "--runtime jvm --class java.util.Map|java.util.Map is an interface",
        "--runtime jvm --class a.B --classpath /no/such.jar|no such file or folder: /no/such.jar",
        "--runtime jvm-estimate:64-bit --variant slotted|unknown runtime 'jvm-estimate:64-bit'",
        "--runtime jvm --variant slotted-weakref|unknown JVM variant 'slotted-weakref'",
        "--runtime cpython-3.12 --class java.util.HashMap|on CPython, --class names a class of --source FILE.py",
        "--runtime cpython-3.12 --source /no/such.py|no such file: /no/such.py",
    })
    void badArgumentsGiveOneLineAndStatusTwo(String args, String expected) {
        String[] argv = ("describe " + args).split(" ");
        CliRun run = run(argv);
        assertEquals(2, run.status());
        assertEquals("", run.out());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("slotscope: "), err);
        assertTrue(err.contains(expected), err);
    }
}
