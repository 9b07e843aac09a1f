package dev.slotscope.cpython;

import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.MeasurementFailedException;
import dev.slotscope.memory.Progress;
import dev.slotscope.speed.Access;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The speed answers recorded from real interpreters (speed.py, 7 runs, standard and slotted, x and y)
 * read and judged; and the child's protocol (progress, result, cancel) through stub interpreters.
 */
class SpeedFixturesTest {

    private static final List<Variant> LESSON = List.of(Variant.STANDARD, Variant.SLOTTED);

    private static String fixture(String version) throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures/speed/cpython-" + version + ".json")).strip();
    }

    @Test
    void onPython39SlottedReadsAreFasterBeyondNoise() throws Exception {
        SpeedResult result = CPythonSpeed.parse(fixture("3.9"), LESSON, "python3.9");
        assertEquals("CPython 3.9.18", result.runtime());
        assertEquals(List.of("standard", "slotted"), result.variants());
        assertEquals(7, result.timing("slotted", Access.READ).orElseThrow().spread().runs());
        Verdict reads = result.verdicts().get(0);
        assertEquals(Access.READ, reads.access());
        assertTrue(reads.beyondNoise(), reads.sentence());
        assertTrue(reads.ratio() < 1, reads.sentence());
        assertTrue(reads.sentence().startsWith("Slotted reads "), reads.sentence());
        Verdict writes = result.verdicts().get(1);
        assertTrue(writes.beyondNoise() && writes.ratio() < 1, writes.sentence());
    }

    @Test
    void onPython312TheDifferenceIsWithinNoise() throws Exception {
        // Writes came close: slotted ahead by about 0.1 ns in six runs, behind by 0.005 ns in one.
        SpeedResult result = CPythonSpeed.parse(fixture("3.12"), LESSON, "python3.12");
        assertEquals("CPython 3.12.1", result.runtime());
        assertEquals(List.of("Reads: no difference beyond noise on CPython 3.12.1 (medians standard 0.62 ns, slotted 0.72 ns"
                        + " per access; neither was faster in every one of 7 runs).",
                "Writes: no difference beyond noise on CPython 3.12.1 (medians standard -0.05 ns, slotted -0.16 ns"
                        + " per access; neither was faster in every one of 7 runs)."),
                result.verdicts().stream().map(Verdict::sentence).toList());
    }

    @Test
    void anAnswerWithoutAVariantsTimesIsAFailureThatSaysWhich() throws Exception {
        var failure = assertThrows(MeasurementFailedException.class,
                () -> CPythonSpeed.parse(fixture("3.12"), List.of(Variant.SLOTTED_WEAKREF), "python3.12"));
        assertEquals("the interpreter's answer has no read times for WeakSlottedPoint", failure.getMessage());
    }

    @Test
    void progressComesInOrderThenTheResult(@TempDir Path dir) throws Exception {
        StubPython.stub(dir, "cat > /dev/null\necho 'progress 0.25'\necho 'progress 0.5'\necho 'progress 1.0'\n"
                + "echo 'result " + fixture("3.12") + "'");
        List<Double> seen = new ArrayList<>();
        SpeedResult result = speed(dir).measure(CPythonVersion.V3_12, LESSON, AttributeNames.DEFAULT, 7, new Progress() {
            @Override
            public void update(double done) {
                seen.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(List.of(0.25, 0.5, 1.0, 1.0), seen);
        assertTrue(result.measuredBy().startsWith(dir.resolve("python3.12") + " (CPython 3.12.1): 7 runs of "),
                result.measuredBy());
    }

    @Test
    void cancellingStopsTheChild(@TempDir Path dir) throws Exception {
        Path pid = dir.resolve("pid");
        StubPython.stub(dir, "echo $$ > " + pid + "\ncat > /dev/null\necho 'progress 0.1'\necho 'progress 0.2'\nexec sleep 60");
        Progress cancelAtOnce = new Progress() {
            @Override
            public void update(double done) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(MeasurementCancelledException.class, () -> speed(dir).measure(CPythonVersion.V3_12, LESSON,
                AttributeNames.DEFAULT, 7, cancelAtOnce));
        long child = Long.parseLong(Files.readString(pid).strip());
        ProcessHandle.of(child).ifPresent(h -> h.onExit().join());
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void anInterpreterOfAnotherVersionIsRefused(@TempDir Path dir) throws Exception {
        StubPython.stub(dir, "cat > /dev/null\necho 'result " + fixture("3.9") + "'");
        var refused = assertThrows(IllegalArgumentException.class, () -> speed(dir).measure(CPythonVersion.V3_12, LESSON,
                AttributeNames.DEFAULT, 7, Progress.NONE));
        assertEquals(dir.resolve("python3.12") + " is Python 3.9.18, not 3.12", refused.getMessage());
    }

    @Test
    void noInterpreterSaysWhereItLooked(@TempDir Path dir) {
        var none = assertThrows(NoInterpreterException.class, () -> speed(dir).measure(CPythonVersion.V3_12, LESSON,
                AttributeNames.DEFAULT, 7, Progress.NONE));
        assertTrue(none.getMessage().startsWith("no CPython 3.12 found: looked for python3.12 on PATH"), none.getMessage());
    }

    @Test
    void aVariantTheVersionLacksIsRefusedBeforeStarting(@TempDir Path dir) throws Exception {
        StubPython.stub(dir, "exit 1");
        assertThrows(UnsupportedVariantException.class, () -> new CPythonSpeed().measure(dir.resolve("python3.12"),
                CPythonVersion.V3_8, List.of(Variant.STANDARD, Variant.DATACLASS_SLOTS), AttributeNames.DEFAULT, 7,
                Progress.NONE));
    }

    private static CPythonSpeed speed(Path dir) {
        return new CPythonSpeed(new Interpreters(dir.toString(), dir.resolve("no-pyenv")));
    }
}
