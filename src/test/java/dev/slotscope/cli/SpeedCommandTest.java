package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code speed} without an interpreter: its refusals, and the JVM's timing in this VM (shape, not times). */
class SpeedCommandTest {

    @Test
    void noInterpreterAtTheGivenPathExitsWithThree() {
        CliRun run = CliRun.of("speed", "--runtime", "cpython-3.12", "--python", "/nonexistent");
        assertEquals(MemoryCommand.NO_INTERPRETER, run.status());
        assertEquals("slotscope: no interpreter at /nonexistent", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void unknownRuntimesAndVariantsAreUsageErrors() {
        CliRun runtime = CliRun.of("speed", "--runtime", "cpython-2.7");
        assertEquals(SlotscopeCommand.USAGE_ERROR, runtime.status());
        assertTrue(runtime.err().contains("unknown runtime 'cpython-2.7'"), runtime.err());
        CliRun variant = CliRun.of("speed", "--runtime", "cpython-3.12", "--variant", "standard,fast");
        assertEquals(SlotscopeCommand.USAGE_ERROR, variant.status());
        assertTrue(variant.err().contains("unknown variant 'fast'"), variant.err());
        CliRun jvm = CliRun.of("speed", "--runtime", "jvm", "--variant", "boxed,slotted");
        assertEquals(SlotscopeCommand.USAGE_ERROR, jvm.status());
        CliRun attrs = CliRun.of("speed", "--runtime", "jvm", "--attrs", "a,b");
        assertEquals(SlotscopeCommand.USAGE_ERROR, attrs.status());
        CliRun repeats = CliRun.of("speed", "--runtime", "jvm", "--repeats", "1");
        assertEquals(SlotscopeCommand.USAGE_ERROR, repeats.status());
        assertTrue(repeats.err().contains("--repeats must be 3 to 50"), repeats.err());
    }

    @Test
    void aCPythonAnswerBecomesTheTableTheRatioAndTheVerdicts(@TempDir Path dir) throws Exception {
        // A stub interpreter answering what CPython 3.9.18 answered (the recorded fixture).
        String answer = Files.readString(Path.of("src/test/resources/fixtures/speed/cpython-3.9.json")).strip();
        Path stub = dir.resolve("python3.9");
        Files.writeString(stub, "#!/bin/sh\ncat > /dev/null\necho 'progress 1.0'\ncat <<'JSON'\nresult " + answer + "\nJSON\n");
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliRun run = CliRun.of("speed", "--runtime", "cpython-3.9", "--python", stub.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("CPython 3.9.18", root.get("runtime").asText());
        JsonNode standardRead = root.get("variants").get(0).get("read");
        JsonNode slottedRead = root.get("variants").get(1).get("read");
        assertEquals(7, standardRead.get("runsNs").size());
        JsonNode reads = root.get("verdicts").get(0);
        assertEquals("read", reads.get("access").asText());
        assertEquals(Math.round(slottedRead.get("medianNs").asDouble() / standardRead.get("medianNs").asDouble() * 1000)
                / 1000.0, reads.get("ratio").asDouble(), 0.002);
        assertTrue(reads.get("beyondNoise").asBoolean(), reads.toString());
        assertTrue(reads.get("sentence").asText().startsWith("Slotted reads "), reads.toString());

        CliRun text = CliRun.of("speed", "--runtime", "cpython-3.9", "--python", stub.toString());
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().startsWith("CPython 3.9.18, ns per access over " + stub + " (CPython 3.9.18): 7 runs of "),
                text.out());
        assertTrue(text.out().contains("\nstandard           read "), text.out());
        assertTrue(text.out().contains("\nMethod: timeit in a child interpreter"), text.out());
    }

    @Test
    void theJvmTimesBothAccessesOfBothVariantsWithEveryRun() throws Exception {
        CliRun run = CliRun.of("speed", "--runtime", "jvm", "--repeats", "3", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("JDK " + Runtime.version().feature(), root.get("runtime").asText());
        assertEquals(2, root.get("variants").size());
        assertEquals("standard", root.get("variants").get(0).get("variant").asText());
        assertEquals("slotted", root.get("variants").get(1).get("variant").asText());
        for (JsonNode variant : root.get("variants")) {
            for (String access : new String[] {"read", "write"}) {
                JsonNode spread = variant.get(access);
                assertEquals(3, spread.get("runsNs").size());
                assertTrue(spread.get("minNs").asDouble() <= spread.get("medianNs").asDouble()
                        && spread.get("medianNs").asDouble() <= spread.get("maxNs").asDouble(), spread.toString());
            }
        }
        assertEquals(2, root.get("verdicts").size());
        assertTrue(root.get("verdicts").get(0).get("sentence").asText().contains("on JDK "), run.out());
    }
}
