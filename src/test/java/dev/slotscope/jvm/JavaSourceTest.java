package dev.slotscope.jvm;

import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaSourceTest {

    private static final String POINT = """
            public class Point {
                int x;
                int y;
                String name;
            }
            """;

    private final JvmLens lens = new JvmLens();

    private static JavaCompilation.Compiled compiled(String fileName, String source) {
        return assertInstanceOf(JavaCompilation.Compiled.class, JavaSourceCompiler.compile(fileName, source));
    }

    /** Field regions as "label@offset+size", the same for a class from source and one compiled by Maven. */
    private static List<String> fields(JvmObject object) {
        return object.layout().instance().regions().stream()
                .map(r -> r.kind() + " " + r.label() + "@" + r.offset() + "+" + r.size()).toList();
    }

    @ParameterizedTest
    @EnumSource(JvmMode.class)
    void aPointFromSourceLaysOutAsTheSameClassCompiledAhead(JvmMode mode) {
        JvmObject fromSource = lens.describeCompiled(compiled("Point.java", POINT), Optional.of("Point"), mode, false);
        JvmObject ahead = lens.describeClass("dev.slotscope.jvm.samples.PlainPoint", List.of(), mode, false);
        assertEquals("Point", fromSource.className());
        assertEquals(ahead.instanceSize(), fromSource.instanceSize());
        assertEquals(fields(ahead), fields(fromSource));
        assertEquals(List.of("name", "x", "y"), fromSource.layout().instance().regions().stream()
                .filter(r -> r.declaringClass().equals(Optional.of("Point"))).map(Region::label).sorted().toList());
    }

    @Test
    void estimatedSizesOfThePointAreHotSpotsFigures() {
        JavaCompilation.Compiled point = compiled("Point.java", POINT);
        // 12-byte header + two ints + a 4-byte reference; without compressed oops the reference takes 8 and is aligned.
        assertEquals(24, lens.describeCompiled(point, Optional.empty(), JvmMode.COMPRESSED, false).instanceSize());
        assertEquals(32, lens.describeCompiled(point, Optional.empty(), JvmMode.NO_COMPRESSED_OOPS, false).instanceSize());
        assertEquals(24, lens.describeCompiled(point, Optional.empty(), JvmMode.COMPACT_HEADERS, false).instanceSize());
        assertEquals(24, lens.describeCompiled(point, Optional.empty(), JvmMode.BIT32, false).instanceSize());
    }

    @Test
    void aRecordIsLaidOutWithItsComponents() {
        JavaCompilation.Compiled unit = compiled("Pair.java", "record Pair(long when, int count, Object tag) {}");
        JvmObject pair = lens.describeCompiled(unit, Optional.empty(), JvmMode.COMPRESSED, false);
        assertEquals(List.of("FIELD count@12+4", "FIELD when@16+8", "REFERENCE tag@24+4"), fields(pair).stream()
                .filter(f -> f.startsWith("FIELD") || f.startsWith("REFERENCE")).toList());
        assertEquals(32, pair.instanceSize());
    }

    @Test
    void nestedClassesAreNamedAsJavaWritesThemOrByBinaryName() {
        JavaCompilation.Compiled unit = compiled("Outer.java", """
                class Outer {
                    int a;
                    static class Inner { long b; }
                    class Member { int c; }
                    Object anonymous = new Object() { int d; };
                }
                """);
        assertEquals("Outer", unit.onlyTopLevelClass());
        assertEquals(List.of("Outer", "Outer.Inner", "Outer.Member"), unit.classNames());
        assertEquals("Outer$Inner", unit.binaryName("Outer.Inner"));
        assertEquals("Outer$Inner", unit.binaryName("Outer$Inner"));
        JvmObject member = lens.describeCompiled(unit, Optional.of("Outer.Member"), JvmMode.COMPRESSED, false);
        assertEquals("Outer$Member", member.className());
        // An inner class holds a hidden reference to its enclosing instance.
        assertEquals(List.of("c", "this$0"), member.layout().instance().regions().stream()
                .filter(r -> r.declaringClass().isPresent()).map(Region::label).sorted().toList());
        JvmObject anonymous = lens.describeCompiled(unit, Optional.of("Outer$1"), JvmMode.COMPRESSED, false);
        assertTrue(anonymous.layout().instance().regions().stream().anyMatch(r -> r.label().equals("d")));
    }

    @Test
    void aSubclassInTheSameUnitShowsWhichClassDeclaresEachField() {
        JavaCompilation.Compiled unit = compiled("Shapes.java", """
                abstract class Shape { int id; }
                final class Circle extends Shape { double radius; Shape parent; }
                """);
        JvmObject circle = lens.describeCompiled(unit, Optional.of("Circle"), JvmMode.COMPRESSED, false);
        assertEquals(List.of("id@Shape", "parent@Circle", "radius@Circle"), circle.layout().instance().regions().stream()
                .filter(r -> r.declaringClass().isPresent()).map(r -> r.label() + "@" + r.declaringClass().get()).sorted().toList());
        assertEquals(32, circle.instanceSize());
    }

    @Test
    void aPackagedClassIsFoundWithOrWithoutItsPackage() {
        JavaCompilation.Compiled unit = compiled("Point.java", "package demo.shapes;\n" + POINT);
        assertEquals(List.of("demo.shapes.Point"), unit.classNames());
        assertEquals("demo.shapes.Point",
                lens.describeCompiled(unit, Optional.of("Point"), JvmMode.LIVE, false).className());
        assertEquals("demo.shapes.Point",
                lens.describeCompiled(unit, Optional.of("demo.shapes.Point"), JvmMode.LIVE, false).className());
        assertEquals("demo.shapes.Point", lens.describeCompiled(unit, Optional.empty(), JvmMode.LIVE, false).className());
    }

    @Test
    void compileErrorsAreShownAtTheirLine() {
        JavaCompilation.Failed failed = assertInstanceOf(JavaCompilation.Failed.class, JavaSourceCompiler.compile("Point.java", """
                public class Point {
                    int x;
                    int y
                    Strin name;
                }
                """));
        assertEquals(3, failed.errors().get(0).line());
        assertEquals("Point.java line 3: ';' expected", failed.errors().get(0).display("Point.java"));
        assertEquals("Point.java line 3: ';' expected", assertThrows(JvmLensException.class, failed::compiled).getMessage());

        JavaCompilation.Failed unknownType = assertInstanceOf(JavaCompilation.Failed.class,
                JavaSourceCompiler.compile("Point.java", "class Point {\n    Strin name;\n    Lng count;\n}\n"));
        assertEquals(List.of(2L, 3L), unknownType.errors().stream().map(CompileDiagnostic::line).toList());
        assertEquals(5, unknownType.errors().get(0).column());
        assertEquals("Point.java line 2: cannot find symbol (symbol: class Strin; location: class Point);"
                + " line 3: cannot find symbol (symbol: class Lng; location: class Point)", unknownType.summary());
    }

    @Test
    void manyErrorsAreCountedNotAllListed() {
        String source = "class Many {\n" + "    Nope a;\n".repeat(5) + "}\n";
        JavaCompilation.Failed failed = assertInstanceOf(JavaCompilation.Failed.class, JavaSourceCompiler.compile("Many.java", source));
        assertEquals(5, failed.errors().size());
        assertTrue(failed.summary().endsWith("; and 2 more errors"), failed.summary());
        assertFalse(failed.summary().contains("\n"));
    }

    @Test
    void theSourceSeesTheJdkButNotSlotscope() {
        assertInstanceOf(JavaCompilation.Compiled.class, JavaSourceCompiler.compile("Uses.java",
                "import java.util.HashMap; class Uses { HashMap<String, java.time.Instant> seen; }"));
        JavaCompilation.Failed failed = assertInstanceOf(JavaCompilation.Failed.class, JavaSourceCompiler.compile("Uses.java",
                "class Uses { dev.slotscope.jvm.JvmLens lens; }"));
        assertTrue(failed.summary().startsWith("Uses.java line 1: package dev.slotscope.jvm does not exist"), failed.summary());
    }

    @Test
    void staticInitialisersOfTheSourceNeverRun() {
        String property = "slotscope.test.sourceInitRan";
        System.clearProperty(property);
        JavaCompilation.Compiled unit = compiled("Loud.java", """
                class Loud {
                    static { System.setProperty("%s", "yes"); }
                    long id;
                }
                class Exploding {
                    static { if (true) throw new IllegalStateException("Exploding's static initialiser ran"); }
                    int count;
                }
                class Leaving {
                    static { System.exit(3); }
                    Object payload;
                }
                """.formatted(property));
        for (JvmMode mode : JvmMode.values()) {
            for (String name : List.of("Loud", "Exploding", "Leaving")) {
                assertTrue(lens.describeCompiled(unit, Optional.of(name), mode, false).instanceSize() >= 16, name);
            }
        }
        assertNull(System.getProperty(property), "Loud's static initialiser ran");
    }

    @Test
    void namesTheUserGetsWrongAreExplained() {
        JavaCompilation.Compiled two = compiled("Shapes.java", "class Circle { double r; }\nclass Square { double side; }\n");
        assertEquals("Shapes.java declares 2 top-level classes (Circle, Square): name one with --class",
                assertThrows(JvmLensException.class, () -> lens.describeCompiled(two, Optional.empty(), JvmMode.LIVE, false))
                        .getMessage());
        assertEquals("no class named Triangle in Shapes.java (it declares Circle, Square)",
                assertThrows(JvmLensException.class,
                        () -> lens.describeCompiled(two, Optional.of("Triangle"), JvmMode.LIVE, false)).getMessage());
        JavaCompilation.Compiled empty = compiled("Empty.java", "// nothing yet\n");
        assertEquals(List.of(), empty.classNames());
        assertEquals("Empty.java declares no class", assertThrows(JvmLensException.class,
                () -> lens.describeCompiled(empty, Optional.empty(), JvmMode.LIVE, false)).getMessage());
        assertEquals("Empty.java declares no class", assertThrows(JvmLensException.class,
                () -> lens.describeCompiled(empty, Optional.of("Point"), JvmMode.LIVE, false)).getMessage());
        JavaCompilation.Compiled kinds = compiled("Kinds.java",
                "interface Shape { }\nabstract class Base implements Shape { int id; }\n");
        assertEquals("Shape is an interface: it has no instances to lay out", assertThrows(JvmLensException.class,
                () -> lens.describeCompiled(kinds, Optional.of("Shape"), JvmMode.LIVE, false)).getMessage());
        assertTrue(lens.describeCompiled(kinds, Optional.of("Base"), JvmMode.LIVE, false).layout().instance().regions()
                .stream().anyMatch(r -> r.kind() == RegionKind.FIELD && r.label().equals("id")));
    }

    @Test
    void aGraphIsWalkedOnlyWhenAskedForWithThePublicConstructor() {
        JavaCompilation.Compiled unit = compiled("Bag.java", """
                public class Bag {
                    java.util.List<String> items = new java.util.ArrayList<>(java.util.List.of("a"));
                }
                """);
        JvmObject bag = lens.describeCompiled(unit, Optional.of("Bag"), JvmMode.LIVE, true);
        assertTrue(bag.graphWalked());
        assertTrue(bag.layout().attached().stream().anyMatch(o -> o.type().equals("java.util.ArrayList")),
                bag.layout().attached().toString());
        assertFalse(lens.describeCompiled(unit, Optional.of("Bag"), JvmMode.LIVE, false).graphWalked());
    }

    @Test
    void aClassFromSourceGrowsNoField() {
        JavaCompilation.Compiled unit = compiled("Student.java", """
                class Person { String name; int age; }
                class Student extends Person { boolean enrolled; long id; }
                """);
        List<GrowthStep> steps = new JvmGrowth().grow(unit, "Student", List.of("age", "nickname"), JvmMode.COMPRESSED);
        assertEquals(3, steps.size());
        assertInstanceOf(StepOutcome.Constructed.class, steps.get(0).outcome());
        assertEquals(new StepOutcome.Stored("age"), steps.get(1).outcome(), "a field it has, inherited, is assigned");
        assertEquals(new StepOutcome.Refused("nickname", "Student has no field 'nickname', and cannot get one: a Java"
                + " class's fields are fixed when it is compiled. A Java programmer adds the field to the class and"
                + " recompiles, or keeps extra values in a Map<String, Object>."), steps.get(2).outcome());
        assertEquals(List.of(32, 32, 32), steps.stream().map(GrowthStep::bytesPerInstance).toList());
        assertEquals("'int' is not a Java field name", assertThrows(JvmLensException.class,
                () -> new JvmGrowth().grow(unit, "Student", List.of("int"), JvmMode.COMPRESSED)).getMessage());
    }

    @Test
    void theSameTextIsCompiledOnce() {
        assertSame(JavaSourceCompiler.compile("Same.java", POINT), JavaSourceCompiler.compile("Same.java", POINT));
    }

    @Test
    void aJavaWithoutACompilerSaysSo() {
        JavaCompilation result = JavaSourceCompiler.compile("Point.java", POINT, () -> null);
        JavaCompilation.NoCompiler none = assertInstanceOf(JavaCompilation.NoCompiler.class, result);
        assertEquals(System.getProperty("java.home"), none.javaHome());
        assertTrue(assertThrows(JvmLensException.class, result::compiled).getMessage()
                .startsWith("this Java has no compiler (jdk.compiler): "));
    }
}
