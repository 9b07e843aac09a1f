package dev.slotscope.cpython;

import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.memory.MeasurementCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.slotscope.cpython.StubPython.STUDENT;
import static dev.slotscope.cpython.StubPython.STUDENT_3_12;
import static dev.slotscope.cpython.StubPython.answering;
import static dev.slotscope.cpython.StubPython.stub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live check with stub interpreters (shell scripts named {@code python3.12} that print what the
 * real one printed, or misbehave), so it needs no Python; and one run with a real interpreter where
 * this machine has one.
 */
class LiveCheckTest {

    @TempDir
    Path dir;

    private LiveCheck check(Duration limit) {
        return new LiveCheck(new Interpreters(dir.toString(), dir.resolve("no-pyenv")), limit);
    }

    private static PythonClass.Written written(String source, String className) {
        return new PythonClass.Written(PythonModule.parse(source), className);
    }

    @Test
    void theRecordedAnswerAgreesWithTheModelOnEveryFigure() throws IOException {
        Path python = answering(dir, STUDENT_3_12);
        LiveCheckResult result = check(LiveCheck.TIME_LIMIT).check(CPythonVersion.V3_12, written(STUDENT, "Student"),
                Optional.empty());
        LiveCheckResult.Answered answered = assertInstanceOf(LiveCheckResult.Answered.class, result);
        assertEquals(python, answered.interpreter());
        assertEquals("3.12.1", answered.pythonVersion());
        assertEquals(List.of(), answered.differences());
        assertEquals(List.of(CheckedFigure.values()), answered.checks().stream().map(FigureCheck::figure).toList());
        MeasuredClass measured = assertInstanceOf(PythonAnswer.Made.class, answered.answer()).measured();
        assertEquals(new CPythonFigures(16, -1, -32, 48, 80), measured.figures());
        assertEquals(List.of("name"), measured.noneFor());
        assertEquals(Optional.of(List.of("name", "age")), measured.dictKeys());
        assertEquals(new FigureCheck(CheckedFigure.DICT_KEYS, "name, age", "name, age"), answered.checks().get(7));
    }

    @Test
    void aFigureThatDiffersIsFlagged() throws IOException {
        answering(dir, STUDENT_3_12.replace("\"bytesPerInstance\": 80", "\"bytesPerInstance\": 96")
                .replace("[\"name\", \"age\"]", "[\"age\", \"name\"]"));
        LiveCheckResult.Answered answered = (LiveCheckResult.Answered) check(LiveCheck.TIME_LIMIT)
                .check(CPythonVersion.V3_12, written(STUDENT, "Student"), Optional.empty());
        assertEquals(List.of(new FigureCheck(CheckedFigure.BYTES_PER_INSTANCE, "80", "96"),
                new FigureCheck(CheckedFigure.DICT_KEYS, "name, age", "age, name")), answered.differences());
    }

    @Test
    void slotsAreComparedByOffsetAndName() throws IOException {
        answering(dir, "{\"noneFor\": [], \"basicsize\": 32, \"dictoffset\": 0, \"weakrefoffset\": -32, \"getsizeof\": 64,"
                + " \"bytesPerInstance\": 64, \"slots\": [{\"name\": \"a\", \"offset\": 16, \"owner\": \"S\"},"
                + " {\"name\": \"b\", \"offset\": 24, \"owner\": \"S\"}], \"dictKeys\": null, \"python\": \"3.12.1\"}");
        LiveCheckResult.Answered answered = (LiveCheckResult.Answered) check(LiveCheck.TIME_LIMIT).check(
                CPythonVersion.V3_12, written("class S:\n    __slots__ = ('a', 'b', '__weakref__')\n", "S"), Optional.empty());
        assertEquals(List.of(), answered.differences());
        assertEquals(new FigureCheck(CheckedFigure.SLOTS, "16 a, 24 b", "16 a, 24 b"), answered.checks().get(6));
        assertEquals(new FigureCheck(CheckedFigure.DICT_KEYS, "no __dict__", "no __dict__"), answered.checks().get(7));
    }

    @Test
    void pythonsErrorIsComparedWithTheModels() throws IOException {
        // What python3.12 answered for this source.
        answering(dir, "{\"error\": {\"type\": \"ValueError\", \"message\": \"'x' in __slots__ conflicts with class"
                + " variable\", \"line\": 1, \"phase\": \"class\"}, \"python\": \"3.12.1\", \"printed\": \"\"}");
        LiveCheckResult.Answered answered = (LiveCheckResult.Answered) check(LiveCheck.TIME_LIMIT).check(
                CPythonVersion.V3_12, written("class A:\n    __slots__ = ('x',)\n    x = 1\n", "A"), Optional.empty());
        assertEquals(new PythonAnswer.Raised("ValueError", "'x' in __slots__ conflicts with class variable",
                OptionalInt.of(1), false), answered.answer());
        assertEquals(List.of(new FigureCheck(CheckedFigure.OUTCOME, "ValueError: 'x' in __slots__ conflicts with class"
                + " variable", "ValueError: 'x' in __slots__ conflicts with class variable")), answered.checks());
    }

    @Test
    void noInterpreterIsOneSentenceNamingWhereItLooked() {
        NoInterpreterException e = assertThrows(NoInterpreterException.class, () -> check(LiveCheck.TIME_LIMIT)
                .check(CPythonVersion.V3_12, written(STUDENT, "Student"), Optional.empty()));
        assertEquals("no CPython 3.12 found: looked for python3.12 on PATH, or " + dir.resolve("no-pyenv")
                .resolve("versions") + "/3.12.*/bin/python3.12", e.getMessage());
        NoInterpreterException given = assertThrows(NoInterpreterException.class, () -> check(LiveCheck.TIME_LIMIT)
                .check(CPythonVersion.V3_12, written(STUDENT, "Student"), Optional.of(dir.resolve("python9"))));
        assertEquals("no CPython 3.12 at " + dir.resolve("python9") + ": it is not an executable file", given.getMessage());
    }

    @Test
    void anInterpreterThatRunsTooLongIsStopped() throws IOException {
        stub(dir, "sleep 600");
        LiveCheckResult result = check(Duration.ofSeconds(1)).check(CPythonVersion.V3_12, written(STUDENT, "Student"),
                Optional.empty());
        assertEquals(new LiveCheckResult.Unanswered(dir.resolve("python3.12"),
                "the source did not finish within 1 s, so python3.12 was stopped"), result);
    }

    @Test
    void aFloodOfOutputIsCut() throws IOException {
        stub(dir, "yes flood");
        LiveCheckResult result = check(LiveCheck.TIME_LIMIT).check(CPythonVersion.V3_12, written(STUDENT, "Student"),
                Optional.empty());
        assertEquals(new LiveCheckResult.Unanswered(dir.resolve("python3.12"),
                "the source printed more than 1 MB, so python3.12 was stopped"), result);
    }

    @Test
    void sysExitInTheSourceIsSaid() throws IOException {
        answering(dir, "{\"exited\": {\"code\": \"3\", \"line\": 2}, \"python\": \"3.12.1\", \"printed\": \"\"}");
        LiveCheckResult result = check(LiveCheck.TIME_LIMIT).check(CPythonVersion.V3_12, written(STUDENT, "Student"),
                Optional.empty());
        assertEquals(new LiveCheckResult.Unanswered(dir.resolve("python3.12"),
                "the source exited at line 2 (sys.exit(3)), so nothing was measured"), result);
    }

    @Test
    void anInterpreterThatDiesSaysWhatItPrinted() throws IOException {
        stub(dir, "echo 'Fatal Python error: boom'\nexit 1");
        LiveCheckResult result = check(LiveCheck.TIME_LIMIT).check(CPythonVersion.V3_12, written(STUDENT, "Student"),
                Optional.empty());
        assertEquals(new LiveCheckResult.Unanswered(dir.resolve("python3.12"),
                "python3.12 ended (exit status 1) without measuring; it printed: Fatal Python error: boom"), result);
    }

    @Test
    void aGivenInterpreterOfAnotherVersionIsNotCompared() throws IOException {
        Path python = answering(dir, STUDENT_3_12.replace("3.12.1", "3.11.7"));
        LiveCheckResult result = check(LiveCheck.TIME_LIMIT).check(CPythonVersion.V3_12, written(STUDENT, "Student"),
                Optional.of(python));
        assertEquals(new LiveCheckResult.Unanswered(python, python + " is Python 3.11.7, not 3.12: the check needs an"
                + " interpreter of the version drawn"), result);
    }

    @Test
    void theProbeIsWrittenAgainWhenItsTemporaryFileIsGone() throws IOException {
        Files.delete(ChildPython.script("live_check.py"));
        Path again = ChildPython.script("live_check.py");
        assertTrue(Files.readString(again).contains("slotscope-live-check "), "the probe script, whole");
    }

    @Test
    void anInterruptStopsTheInterpreter() throws IOException {
        stub(dir, "sleep 600");
        Thread.currentThread().interrupt();
        try {
            assertThrows(MeasurementCancelledException.class, () -> check(LiveCheck.TIME_LIMIT)
                    .check(CPythonVersion.V3_12, written(STUDENT, "Student"), Optional.empty()));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }

    /**
     * The one test that runs a real interpreter, where this machine has python3.12: the probe agrees with the
     * model, and hostile sources (sys.exit in a class body, an endless loop, a flood written past print) are
     * stopped. Without one, the sentence naming where it looked.
     */
    @Test
    void aRealInterpreterWhereThereIsOne() {
        Interpreters here = Interpreters.ofThisMachine();
        LiveCheck live = new LiveCheck(here, Duration.ofSeconds(5));
        if (here.find(CPythonVersion.V3_12).isEmpty()) {
            NoInterpreterException e = assertThrows(NoInterpreterException.class,
                    () -> live.check(CPythonVersion.V3_12, written(STUDENT, "Student"), Optional.empty()));
            assertEquals("no CPython 3.12 found: looked for " + here.searchedPlaces(CPythonVersion.V3_12), e.getMessage());
            return;
        }
        LiveCheckResult.Answered student = (LiveCheckResult.Answered) live.check(CPythonVersion.V3_12,
                written(STUDENT, "Student"), Optional.empty());
        assertEquals(List.of(), student.differences());
        assertEquals(List.of("name"), ((PythonAnswer.Made) student.answer()).measured().noneFor());

        Path python = live.interpreter(CPythonVersion.V3_12, Optional.empty());
        assertEquals(new LiveCheckResult.Unanswered(python, "the source exited at line 2 (sys.exit(3)), so nothing was"
                + " measured"), live.check(CPythonVersion.V3_12, written("""
                class A:
                    x = __import__('sys').exit(3)
                """, "A"), Optional.empty()));
        // An endless loop that allocates nothing, so the machine does not suffer until it is stopped.
        assertEquals(new LiveCheckResult.Unanswered(python, "the source did not finish within 5 s, so "
                + python.getFileName() + " was stopped"), live.check(CPythonVersion.V3_12, written("""
                class A:
                    def __init__(self):
                        self.a = next(x for x in iter(int, 1) if x)
                """, "A"), Optional.empty()));
        assertEquals(new LiveCheckResult.Unanswered(python, "the source printed more than 1 MB, so "
                + python.getFileName() + " was stopped"), live.check(CPythonVersion.V3_12, written("""
                class A:
                    def __init__(self):
                        self.a = __import__('os').write(1, b'x' * 10**7)
                """, "A"), Optional.empty()));
        // What the source prints through print() is kept short and does not disturb the answer.
        LiveCheckResult.Answered printing = (LiveCheckResult.Answered) live.check(CPythonVersion.V3_12, written("""
                class A:
                    def __init__(self):
                        self.a = print('hello ' * 1000)
                """, "A"), Optional.empty());
        assertEquals(1000, printing.printed().length());
        assertEquals(List.of(), printing.differences());
    }
}
