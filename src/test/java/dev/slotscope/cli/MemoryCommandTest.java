package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoryCommandTest {


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void predictsCountTimesBytesPerInstance() throws Exception {
        CliRun run = run("memory", "--runtime", "cpython-3.11", "--variant", "slotted", "--count", "1M", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1_000_000, json.get("count").asLong());
        assertEquals(48, json.get("bytesPerInstance").asLong());
        assertEquals(48_000_000, json.get("totalBytes").asLong());
    }

    @Test
    void measuresTheJvmInThisVm() throws Exception {
        // A million instances (32 MB) keep the figure well above what the other threads of this
        // test JVM allocate and free meanwhile (up to about 1 MB seen), within the same 5%.
        CliRun run = run("memory", "--runtime", "jvm", "--variant", "slotted", "--count", "1000000", "--measure", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        long predicted = json.get("totalBytes").asLong();
        long measured = json.get("measuredBytes").asLong();
        assertTrue(Math.abs(measured - predicted) < predicted * 0.05, measured + " vs " + predicted);
        assertTrue(json.get("measuredBy").asText().contains("this VM"));
    }

    @Test
    void growPrintsEveryStepWithItsTable() throws Exception {
        CliRun run = run("grow", "--runtime", "jvm", "--variant", "standard", "--attrs", "", "--add", "a,b", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode steps = new ObjectMapper().readTree(run.out()).get("steps");
        assertEquals(3, steps.size());
        assertTrue(steps.get(0).get("attribute").isNull());
        assertEquals(0, steps.get(0).get("table").get("slots").asInt());
        assertEquals("b", steps.get(2).get("attribute").asText());
        assertEquals(16, steps.get(2).get("table").get("slots").asInt());
        assertEquals(2, steps.get(2).get("table").get("entries").size());
        // The same table prints the same text in every run: an entry's fields come in one order.
        List<String> fields = new ArrayList<>();
        steps.get(2).get("table").get("entries").get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("key", "hash", "slot"), fields);
        assertTrue(steps.get(2).has("regions") && steps.get(2).has("attached") && steps.get(2).has("bytesPerInstance"));
        CliRun slotted = run("grow", "--runtime", "cpython-3.12", "--variant", "slotted", "--add", "z", "--json");
        JsonNode step = new ObjectMapper().readTree(slotted.out()).get("steps").get(1);
        assertEquals("error", step.get("outcome").asText());
        assertEquals("AttributeError: 'SlottedPoint' object has no attribute 'z'", step.get("message").asText());
        assertEquals(48, step.get("getsizeof").asInt());
    }

    @Test
    void theTextTotalIsInAUnitThatFitsIt() {
        CliRun run = run("memory", "--runtime", "cpython-3.12", "--variant", "slotted", "--count", "850");
        assertEquals(0, run.status(), run.err());
        assertEquals("850 instances × 48 bytes + 0 shared = 40,800 bytes (40.8 KB), predicted", run.out().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "lots", "20000000"})
    void badCountsExitWithTwo(String count) {
        CliRun run = run("memory", "--runtime", "cpython-3.12", "--count", count);
        assertEquals(2, run.status());
        assertTrue(run.err().strip().startsWith("slotscope: "), run.err());
        assertEquals(1, run.err().strip().lines().count());
    }

    @Test
    void aJvmMeasurementPastTheHeapIsRefused() throws Exception {
        Process process = slotscope(List.of("-Xmx64m", "-Djdk.attach.allowAttachSelf=true"),
                "memory", "--runtime", "jvm", "--variant", "standard", "--count", "1M", "--measure").start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("choose a smaller N, or start Java with a bigger -Xmx"), output);
        assertTrue(!output.contains("OutOfMemoryError"), output);
    }

    @Test
    void jolPrintsNothingOfItsOwn() throws Exception {
        Process process = slotscope(List.of("-Djdk.attach.allowAttachSelf=true"),
                "describe", "--runtime", "jvm", "--variant", "standard").start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.startsWith("dev.slotscope.jvm.lesson.MapPoint · JDK "), output);
        assertTrue(!output.contains("WARNING") && !output.contains("# "), output);
    }

    /** The command line in a JVM of its own, with {@code jvmOptions}. */
    static ProcessBuilder slotscope(List<String> jvmOptions, String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.slotscope.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    @Test
    void noInterpreterExitsWithThreeAndSaysWhereItLooked(@TempDir Path home) throws Exception {
        ProcessBuilder builder = slotscope(List.of(), "memory", "--runtime", "cpython-3.12", "--count", "1000", "--measure");
        builder.environment().put("PATH", home.toString());
        builder.environment().put("PYENV_ROOT", home.resolve("no-pyenv").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(3, process.exitValue(), output);
        List<String> lines = output.lines().filter(l -> l.startsWith("slotscope: ")).toList();
        assertEquals(List.of("slotscope: no CPython 3.12 found: looked for python3.12 on PATH, or "
                + home.resolve("no-pyenv").resolve("versions") + "/3.12.*/bin/python3.12"), lines);
    }
}
