package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Your class on the JVM, in the explorer's view-model without a screen: the Java source compiled and
 * laid out at once on the test's thread ({@link Threads#DIRECT}), as the window shows it once done.
 */
class WrittenJavaClassTest {

    private final ExplorerModel explorer = new ExplorerModel(Threads.DIRECT);

    private void yourJavaClass(JvmMode mode) {
        explorer.runtime().set(new Runtime.Jvm(mode));
        explorer.classChoice().set(new ClassChoice.WrittenClass());
    }

    @Test
    void theJvmOffersYourClassAndDrawsTheJavaExample() {
        yourJavaClass(JvmMode.COMPRESSED);
        assertTrue(explorer.classChoices().contains(new ClassChoice.WrittenClass()));
        assertEquals(ExplorerModel.EXAMPLE_JAVA_SOURCE, explorer.source().get());
        assertEquals(List.of("Person", "Student"), explorer.sourceClasses());
        assertEquals("Student", explorer.sourceClass().get(), "the last class, a child after its parent");
        assertEquals("", explorer.error().get());
        ViewState state = explorer.state().get();
        // 12-byte header; Person's int and reference; Student's boolean fills the gap before its 8-aligned long.
        assertEquals(32, state.bytes());
        assertEquals(List.of("age@12", "name@16", "enrolled@20", "id@24"), state.layout().instance().regions().stream()
                .filter(r -> r.declaringClass().isPresent()).map(r -> r.label() + "@" + r.offset()).toList());
        assertTrue(state.headline().startsWith("JVM · Student — your class"), state.headline());
        assertEquals("", state.source(), "the source is in its editor");
        assertEquals(JvmMode.values().length, state.bars().size(), "a bar per VM mode");
    }

    @Test
    void pickingAClassOrAModeDrawsIt() {
        yourJavaClass(JvmMode.COMPRESSED);
        explorer.sourceClass().set("Person");
        assertEquals(24, explorer.state().get().bytes());
        explorer.runtime().set(new Runtime.Jvm(JvmMode.BIT32));
        assertEquals("Person", explorer.sourceClass().get());
        assertEquals(16, explorer.state().get().bytes(), "an 8-byte header, an int and a 4-byte reference");
    }

    @Test
    void aCompileErrorIsShownAtItsLineAndTheLastDrawingStays() {
        yourJavaClass(JvmMode.COMPRESSED);
        ViewState drawn = explorer.state().get();
        explorer.source().set("class Point {\n    int x\n    String name;\n}\n");
        assertEquals("line 2: ';' expected", explorer.error().get());
        assertEquals(2, explorer.errorLine().get());
        assertEquals(drawn, explorer.state().get(), "the drawing stays until the source compiles");
        explorer.source().set("class Point {\n    int x;\n    Strin name;\n    Lng id;\n}\n");
        assertEquals("line 3: cannot find symbol (symbol: class Strin; location: class Point) (and 1 more error)",
                explorer.error().get());
        assertEquals(3, explorer.errorLine().get());
        explorer.source().set("class Point {\n    int x;\n    String name;\n}\n");
        assertEquals("", explorer.error().get());
        assertEquals(0, explorer.errorLine().get());
        assertEquals(List.of("Point"), explorer.sourceClasses());
        assertEquals(24, explorer.state().get().bytes());
        explorer.source().set("// nothing yet\n");
        assertEquals("no class yet: write a class, such as class Point { int x; }", explorer.error().get());
    }

    @Test
    void addingAnAttributeToYourJavaClassIsRefusedInEveryMode() {
        yourJavaClass(JvmMode.COMPRESSED);
        GrowthViewModel growth = new GrowthViewModel(explorer, Threads.DIRECT);
        growth.nextName().set("nickname");
        growth.add();
        assertEquals("", growth.message().get());
        StepOutcome outcome = growth.current().get().orElseThrow().outcome();
        assertTrue(outcome instanceof StepOutcome.Refused refused
                && refused.message().startsWith("Student has no field 'nickname', and cannot get one"), outcome.toString());
        assertEquals(32, growth.current().get().orElseThrow().bytesPerInstance());
        // The estimates: this VM's own figure depends on how it was started.
        assertEquals(List.of("this VM", "compressed oops 32", "no compressed oops 40", "compact headers 32", "32-bit 32",
                        "JDK 25 · compressed oops 32", "JDK 25 · compact headers 32"),
                growth.currentBars().orElseThrow().stream().map(b -> b.name()
                        + (b.name().equals("this VM") ? "" : " " + b.bytes().orElseThrow())).toList(),
                "a bar for every VM mode, the class unchanged");
    }

    @Test
    void yourJavaClassesAreChartedSideBySideAndInEveryMode() {
        yourJavaClass(JvmMode.COMPRESSED);
        MemoryViewModel memory = new MemoryViewModel(explorer, Threads.DIRECT);
        assertEquals(List.of("Person 24", "Student 32"), memory.estimates().get().stream()
                .map(e -> e.label() + " " + e.bytesPerInstance()).toList(), "the example's classes, as laid out");
        assertEquals("", memory.claim().get());
        assertTrue(memory.summary().get().contains("every class of your source"), memory.summary().get());
        memory.comparison().set(MemoryViewModel.Comparison.VERSIONS);
        List<String> modes = memory.estimates().get().stream().map(e -> e.label() + " " + e.bytesPerInstance()).toList();
        // The estimates; this VM's own figure depends on how it was started.
        assertEquals(List.of("compressed oops 32", "no compressed oops 40", "compact headers 32", "32-bit 32",
                        "JDK 25 · compressed oops 32", "JDK 25 · compact headers 32"),
                modes.subList(1, modes.size()));
        assertTrue(memory.summary().get().contains("Student in every VM mode"), memory.summary().get());
    }

    @Test
    void theSourceIsNeverRun() {
        String property = "slotscope.test.yourJavaClassRan";
        System.clearProperty(property);
        yourJavaClass(JvmMode.LIVE);
        explorer.source().set("class Loud {\n    static { System.setProperty(\"" + property + "\", \"ran\"); }\n    long id;\n}\n");
        assertEquals("", explorer.error().get());
        assertTrue(explorer.state().get().bytes() >= 16);
        assertNull(System.getProperty(property));
    }

    @Test
    void eachLensKeepsItsOwnLanguage() {
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
        explorer.classChoice().set(new ClassChoice.WrittenClass());
        explorer.source().set("class Mine:\n    __slots__ = ('a',)\n");
        explorer.runtime().set(new Runtime.Jvm(JvmMode.COMPRESSED));
        assertEquals(ExplorerModel.EXAMPLE_JAVA_SOURCE, explorer.source().get(), "Java on the JVM");
        assertEquals("Student", explorer.sourceClass().get());
        explorer.source().set("record Pair(int a, int b) {}\n");
        explorer.runtime().set(new Runtime.Jvm(JvmMode.BIT32));
        assertEquals("record Pair(int a, int b) {}\n", explorer.source().get(), "another VM mode, the same Java");
        explorer.runtime().set(new Runtime.CPython(CPythonVersion.V3_11));
        assertEquals("class Mine:\n    __slots__ = ('a',)\n", explorer.source().get(), "the Python typed before");
        assertEquals("Mine", explorer.sourceClass().get());
        assertFalse(explorer.state().get().headline().startsWith("JVM"));
        explorer.runtime().set(new Runtime.Jvm(JvmMode.COMPRESSED));
        assertEquals("record Pair(int a, int b) {}\n", explorer.source().get(), "the Java typed before");
        assertEquals(List.of("Pair"), explorer.sourceClasses());
    }
}
