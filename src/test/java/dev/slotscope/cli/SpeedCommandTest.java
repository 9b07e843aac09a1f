package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

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
        CliRun repeats = CliRun.of("speed", "--runtime", "jvm", "--repeats", "1");
        assertEquals(SlotscopeCommand.USAGE_ERROR, repeats.status());
        assertTrue(repeats.err().contains("--repeats must be 3 to 50"), repeats.err());
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
