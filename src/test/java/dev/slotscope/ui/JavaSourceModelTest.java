package dev.slotscope.ui;

import dev.slotscope.jvm.CompileDiagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java editor's view-model without a screen: pauses in typing are ended by the test (each
 * waiting task runs when the test says the pause is over), the compiler runs on the test's thread.
 */
class JavaSourceModelTest {

    private final List<Runnable> waiting = new ArrayList<>();
    private int compilations;
    private final JavaSourceModel model = new JavaSourceModel(new Threads(task -> {
        compilations++;
        task.run();
    }, Runnable::run), waiting::add);

    private void pauseTyping() {
        List<Runnable> due = List.copyOf(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    @Test
    void onlyTheTextTypedLastIsCompiledOnceTypingPauses() {
        model.source().set("class P");
        model.source().set("class Point {");
        model.source().set("class Point { int x; static class Tag { long t; } }");
        assertTrue(model.busy().get());
        assertEquals(0, compilations, "nothing is compiled while typing goes on");
        pauseTyping();
        assertEquals(1, compilations, "only the newest text");
        assertFalse(model.busy().get());
        assertEquals(List.of("Point", "Point.Tag"), model.classNames());
        assertTrue(model.errors().isEmpty());
        assertEquals("Point", model.compiled().get().orElseThrow().binaryName("Point"));
    }

    @Test
    void errorsShowAtTheirLineAndTheLastClassesThatCompiledStay() {
        model.source().set("class Point {\n    int x;\n}\n");
        pauseTyping();
        var good = model.compiled().get().orElseThrow();
        model.source().set("class Point {\n    int x;\n    int y\n}\n");
        pauseTyping();
        assertEquals(List.of(3L), model.errors().stream().map(CompileDiagnostic::line).toList());
        assertEquals("';' expected", model.errors().get(0).oneLine());
        assertEquals(List.of("Point"), model.classNames());
        assertEquals(good, model.compiled().get().orElseThrow(), "the drawing keeps the last class that compiled");
        model.source().set("class Point {\n    int x;\n    int y;\n}\nrecord Pair(int a, int b) {}\n");
        pauseTyping();
        assertTrue(model.errors().isEmpty());
        assertEquals(List.of("Point", "Pair"), model.classNames());
        assertEquals("", model.problem().get());
    }

    @Test
    void compilingRunsNoneOfTheSource() {
        String property = "slotscope.test.editorInitRan";
        System.clearProperty(property);
        model.source().set("class Loud { static { System.setProperty(\"" + property + "\", \"yes\"); } int x; }");
        pauseTyping();
        assertEquals(List.of("Loud"), model.classNames());
        assertNull(System.getProperty(property));
    }
}
