package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Interpreters;
import dev.slotscope.cpython.LiveCheck;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.slotscope.cpython.StubPython.STUDENT;
import static dev.slotscope.cpython.StubPython.STUDENT_3_12;
import static dev.slotscope.cpython.StubPython.answering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Check with Python" view-model without a screen or a Python: a stub {@code python3.12} prints
 * what the real one answered, and the background work runs when the test says.
 */
class LiveCheckViewModelTest {

    @TempDir
    Path dir;

    private final ExplorerModel explorer = new ExplorerModel(Threads.DIRECT);
    private final List<Runnable> queued = new ArrayList<>();

    private LiveCheckViewModel model(Threads threads) {
        LiveCheck live = new LiveCheck(new Interpreters(dir.toString(), dir.resolve("no-pyenv")), LiveCheck.TIME_LIMIT);
        LiveCheckViewModel model = new LiveCheckViewModel(explorer, threads, live);
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
        explorer.classChoice().set(new ClassChoice.WrittenClass());
        explorer.source().set(STUDENT);
        return model;
    }

    @Test
    void theActionIsForYourClassOnCPython() {
        LiveCheckViewModel model = new LiveCheckViewModel(explorer, Threads.DIRECT, new LiveCheck());
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_11));
        assertFalse(model.shown().get(), "a lesson class is checked by the fixtures, not here");
        explorer.classChoice().set(new ClassChoice.WrittenClass());
        assertTrue(model.shown().get());
        assertEquals("Check with Python 3.11", model.action().get());
        explorer.runtime().set(new Runtime.Jvm(JvmMode.LIVE));
        assertFalse(model.shown().get(), "a Java class is measured by JOL already");
    }

    @Test
    void theMeasuredFiguresStandBesideTheModels() throws IOException {
        Path python = answering(dir, STUDENT_3_12);
        LiveCheckViewModel model = model(Threads.DIRECT);
        model.check();
        assertFalse(model.checking().get());
        assertEquals(8, model.rows().size());
        assertEquals(new LiveCheckViewModel.Row("bytes per instance", "80", "80", true), model.rows().get(5));
        assertEquals(new LiveCheckViewModel.Row("__dict__ keys", "name, age", "name, age", true), model.rows().get(7));
        assertEquals("Python 3.12.1 agrees with the model on every figure. Made with None for name. Ran " + python + ".",
                model.status().get());
    }

    @Test
    void anInterpreterTheUserPicksIsTheOneThatRuns() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("my-build"));
        Path picked = answering(elsewhere, STUDENT_3_12);
        LiveCheck live = new LiveCheck(new Interpreters("", dir.resolve("no-pyenv")), LiveCheck.TIME_LIMIT);
        LiveCheckViewModel model = new LiveCheckViewModel(explorer, Threads.DIRECT, live);
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
        explorer.classChoice().set(new ClassChoice.WrittenClass());
        explorer.source().set(STUDENT);
        model.check();
        assertTrue(model.status().get().startsWith("No CPython 3.12 found"), "nothing found on PATH or pyenv: "
                + model.status().get());
        model.interpreter().set(java.util.Optional.of(picked));
        model.check();
        assertTrue(model.status().get().endsWith("Ran " + picked + "."), model.status().get());
        assertEquals(8, model.rows().size());
    }

    @Test
    void aDifferenceIsSaidInWords() throws IOException {
        answering(dir, STUDENT_3_12.replace("\"basicsize\": 16", "\"basicsize\": 24"));
        LiveCheckViewModel model = model(Threads.DIRECT);
        model.check();
        LiveCheckViewModel.Row row = model.rows().get(1);
        assertEquals(new LiveCheckViewModel.Row("basic size", "16", "24", false), row);
        assertEquals("≠ differs", row.verdict());
        assertTrue(model.status().get().startsWith("Python 3.12.1 differs from the model on basic size."),
                model.status().get());
    }

    @Test
    void noInterpreterIsOneSentence() {
        LiveCheckViewModel model = model(Threads.DIRECT);
        model.check();
        assertEquals(List.of(), model.rows());
        assertEquals("No CPython 3.12 found: looked for python3.12 on PATH, or " + dir.resolve("no-pyenv")
                .resolve("versions") + "/3.12.*/bin/python3.12.", model.status().get());
    }

    @Test
    void theCheckRunsInTheBackgroundAndCanBeCancelled() throws IOException {
        answering(dir, STUDENT_3_12);
        LiveCheckViewModel model = model(new Threads(queued::add, Runnable::run));
        model.check();
        assertTrue(model.checking().get(), "busy until the interpreter answers");
        assertEquals("Running Student in Python 3.12 (at most 30 s)…", model.status().get());
        assertEquals(1, queued.size(), "the interpreter runs off the JavaFX thread");
        model.cancel();
        assertFalse(model.checking().get());
        assertEquals("Check cancelled: the interpreter was stopped.", model.status().get());
        queued.forEach(Runnable::run);
        assertEquals(List.of(), model.rows(), "a cancelled check shows nothing");
    }

    @Test
    void aChangedSourceClearsTheResult() throws IOException {
        answering(dir, STUDENT_3_12);
        LiveCheckViewModel model = model(Threads.DIRECT);
        model.check();
        assertEquals(8, model.rows().size());
        explorer.source().set(STUDENT + "\n");
        assertEquals(List.of(), model.rows(), "the result was of the source before");
        assertEquals("", model.status().get());
    }

    @Test
    void anAnswerForTheSourceBeforeIsDropped() throws IOException {
        answering(dir, STUDENT_3_12);
        List<Runnable> results = new ArrayList<>();
        LiveCheckViewModel model = model(new Threads(Runnable::run, results::add));
        model.check();
        explorer.sourceClass().set("Student");
        explorer.source().set(STUDENT.replace("age=0", "age=1"));
        results.forEach(Runnable::run);
        assertEquals(List.of(), model.rows());
        assertFalse(model.checking().get());
    }
}
