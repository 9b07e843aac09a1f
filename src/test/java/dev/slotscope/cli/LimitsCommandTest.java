package dev.slotscope.cli;

import dev.slotscope.layout.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Past the limits a teaching tool needs (attributes per object, attributes added, scenes per
 * lesson), input is refused at once with one sentence naming the limit and the bad-input exit
 * status, instead of running for minutes and out of memory; at the limits it works.
 */
class LimitsCommandTest {

    @TempDir
    Path dir;

    /** a0,a1,…: {@code n} distinct attribute names. */
    private static String names(int n) {
        return IntStream.range(0, n).mapToObj(i -> "a" + i).collect(Collectors.joining(","));
    }

    private static void assertRefused(CliRun run, String limit) {
        assertEquals(SlotscopeCommand.USAGE_ERROR, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains(limit), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("internal error"), run.err());
    }

    @Test
    void tenThousandAddedAttributesAreRefusedAtOnce() {
        CliRun run = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> CliRun.of("grow", "--runtime", "cpython-3.11", "--add", names(10_000)));
        assertRefused(run, "10,000 attributes to add are more than Slotscope grows an object by (" + Limits.ADDED + " at most)");
    }

    @Test
    void tooManyAddedAttributesAreRefusedOnTheJvmToo() {
        assertRefused(CliRun.of("grow", "--runtime", "jvm", "--add", names(Limits.ADDED + 1)),
                "(" + Limits.ADDED + " at most)");
    }

    @Test
    void tooManyAttributesOnOneObjectAreRefused() {
        assertRefused(CliRun.of("describe", "--runtime", "cpython-3.12", "--attrs", names(Limits.ATTRIBUTES + 1)),
                (Limits.ATTRIBUTES + 1) + " attributes are more than Slotscope lays out on one object ("
                        + Limits.ATTRIBUTES + " at most)");
    }

    @Test
    void aWrittenClassWithTooManyAttributesIsRefused() throws IOException {
        String body = IntStream.range(0, Limits.ATTRIBUTES + 1).mapToObj(i -> "        self.a" + i + " = " + i + "\n")
                .collect(Collectors.joining());
        Path source = Files.writeString(dir.resolve("big.py"), "class Big:\n    def __init__(self):\n" + body);
        assertRefused(CliRun.of("describe", "--runtime", "cpython-3.12", "--source", source.toString()),
                "(" + Limits.ATTRIBUTES + " at most)");
    }

    @Test
    void atTheLimitsAnObjectGrows() {
        CliRun run = CliRun.of("grow", "--runtime", "cpython-3.11", "--attrs", names(Limits.ATTRIBUTES).replace("a", "b"),
                "--add", names(Limits.ADDED));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("step " + Limits.ADDED + " "), run.out());
    }

    @Test
    void aLessonWithTooManyAddedNamesIsRefusedWithItsPlace() throws IOException {
        String added = IntStream.range(0, 3000).mapToObj(i -> "\"a" + i + "\"").collect(Collectors.joining(","));
        Path lesson = Files.writeString(dir.resolve("big.slotscope.json"), """
                {"format": "slotscope-lesson", "version": 1, "title": "Big", "scenes": [
                  {"title": "Grow", "view": "grow", "runtime": "cpython-3.12", "variants": ["standard"], "added": [%s]}]}
                """.formatted(added));
        assertRefused(CliRun.of("export", "--lesson", lesson.toString(), "--out", dir.resolve("deck").toString()),
                "scene 1 (\"Grow\"): 'added': 3,000 attributes to add are more than Slotscope grows an object by");
        assertFalse(Files.exists(dir.resolve("deck")));
    }

    @Test
    void aLessonWithTooManyScenesIsRefused() throws IOException {
        String scene = "{\"title\": \"S\", \"view\": \"layout\", \"runtime\": \"cpython-3.12\", \"variants\": [\"standard\"]}";
        String scenes = IntStream.range(0, Limits.SCENES + 1).mapToObj(i -> scene).collect(Collectors.joining(","));
        Path lesson = Files.writeString(dir.resolve("long.slotscope.json"),
                "{\"format\": \"slotscope-lesson\", \"version\": 1, \"title\": \"Long\", \"scenes\": [" + scenes + "]}");
        assertRefused(CliRun.of("export", "--lesson", lesson.toString(), "--out", dir.resolve("deck").toString()),
                "at the top level: 'scenes': " + (Limits.SCENES + 1) + " scenes are more than a lesson holds ("
                        + Limits.SCENES + " at most)");
    }

    @Test
    void aPicturePastThePixelLimitIsRefusedWithWhatWouldFit() {
        Path big = dir.resolve("big.png");
        CliRun four = CliRun.of("export", "--runtime", "cpython-3.12", "--variant", "slotted", "--attrs", names(Limits.ATTRIBUTES),
                "--scale", "4", "--out", big.toString());
        assertRefused(four, "pixels, more than the 64 million an image may have; at scale 1 it would fit");
        CliRun one = CliRun.of("export", "--runtime", "cpython-3.12", "--variant", "standard", "--attrs", names(Limits.ATTRIBUTES),
                "--out", big.toString());
        assertRefused(one, "pixels, more than the 64 million an image may have; as SVG or PDF it would fit");
        assertFalse(Files.exists(big));
        Path svg = dir.resolve("big.svg");
        CliRun asSvg = CliRun.of("export", "--runtime", "cpython-3.12", "--variant", "standard", "--attrs", names(Limits.ATTRIBUTES),
                "--out", svg.toString());
        assertEquals(0, asSvg.status(), asSvg.err());
        assertTrue(Files.exists(svg));
    }

    @Test
    void theJvmsObjectAtTheAttributeLimitExportsAtScaleOne() {
        Path png = dir.resolve("jvm.png");
        CliRun run = CliRun.of("export", "--runtime", "jvm", "--variant", "slotted", "--attrs", names(Limits.ATTRIBUTES),
                "--out", png.toString());
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void runningOutOfASmallHeapIsOneSentenceNotAStackTrace() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), "dev.slotscope.Main", "grow", "--runtime", "cpython-3.11",
                "--attrs", names(Limits.ATTRIBUTES).replace("a", "b"), "--add", names(Limits.ADDED), "--json");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), err);
        assertEquals("slotscope: Java ran out of memory; start it with a bigger heap (java -Xmx1g -jar …)\n", err);
    }

    @Test
    void aJavaClassWithTooManyFieldsIsRefused() throws IOException {
        String fields = IntStream.range(0, Limits.ATTRIBUTES + 1).mapToObj(i -> "    int f" + i + ";\n").collect(Collectors.joining());
        Path source = Files.writeString(dir.resolve("Big.java"), "public class Big {\n" + fields + "}\n");
        assertRefused(CliRun.of("describe", "--runtime", "jvm", "--source", source.toString()),
                "Big has " + (Limits.ATTRIBUTES + 1) + " fields, more than Slotscope lays out on one object ("
                        + Limits.ATTRIBUTES + " at most)");
    }
}
