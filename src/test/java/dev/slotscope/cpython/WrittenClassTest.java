package dev.slotscope.cpython;

import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Classes a user writes, laid out per version. The figures were read from the real interpreters
 * (pyenv 3.8.18–3.13.0, Debian 3.14.10 and 3.15.2) with the classes below.
 */
class WrittenClassTest {

    private static final String SOURCE = """
            from dataclasses import dataclass

            class Student:
                school = "Hill"
                def __init__(self, name=None, age=0):
                    self.name = name
                    self.age = age
                    self.grades = self.best = None
                    self.__secret = 1

            class Base:
                __slots__ = ('a', '__weakref__')

            class Child(Base):
                __slots__ = ['b']
                def __init__(self):
                    super().__init__()
                    self.b = 2
                    self.a = 1

            class Loose(Child):
                def __init__(self):
                    Child.__init__(self)
                    self.c = 3
            """;

    private final CPythonLens lens = new CPythonLens();

    private CPythonObject describe(String version, String className) {
        return lens.describe(CPythonVersion.fromId(version).orElseThrow(), PythonModule.parse(SOURCE), className);
    }

    @ParameterizedTest
    @CsvSource({
            // version, class, basicsize, dictoffset, weakrefoffset, getsizeof, bytes per instance (tracemalloc)
            "3.8, Student, 32, 16, 24, 48, 152",
            "3.8, Child, 40, 0, 24, 56, 56",
            "3.8, Loose, 48, 40, 24, 64, 168",
            "3.10, Loose, 48, 40, 24, 64, 168",
            "3.11, Student, 24, -48, 16, 56, 112",
            "3.11, Child, 40, 0, 24, 56, 56",
            "3.11, Loose, 40, -64, 24, 72, 96",
            "3.12, Student, 16, -1, -32, 48, 104",
            "3.12, Child, 32, 0, -32, 64, 64",
            "3.12, Loose, 32, -1, -32, 64, 88",
            "3.13, Student, 16, -1, -32, 48, 112",
            "3.13, Loose, 32, -1, -32, 64, 408",
            "3.14, Student, 16, -1, -32, 48, 120",
            "3.14, Loose, 32, -1, -32, 64, 96",
            "3.15, Student, 16, -1, -32, 48, 120",
            "3.15, Loose, 32, -1, -32, 64, 96",
    })
    void figuresAreTheInterpretersOwn(String version, String className, int basicsize, int dictoffset, int weakrefoffset,
                                      int getsizeof, int bytes) {
        CPythonFigures f = describe(version, className).figures();
        assertEquals(List.of(basicsize, dictoffset, weakrefoffset, getsizeof, bytes),
                List.of(f.basicsize(), f.dictoffset(), f.weakrefoffset(), f.getsizeof(), f.bytesPerInstance()));
    }

    @Test
    void initAssignmentsInOrderWithChainsMangledNamesAndSuperCalls() {
        assertEquals(List.of("name", "age", "grades", "best", "_Student__secret"), describe("3.12", "Student").dictKeys());
        assertEquals(List.of("c"), describe("3.12", "Loose").dictKeys());
        List<String> slots = describe("3.10", "Loose").layout().instance().regions().stream()
                .filter(r -> r.kind() == RegionKind.SLOT || r.kind() == RegionKind.WEAKREF_POINTER
                        || r.kind() == RegionKind.DICT_POINTER)
                .map(r -> r.offset() + " " + r.label()).toList();
        assertEquals(List.of("16 a", "24 __weakref__", "32 b", "40 __dict__"), slots,
                "the parent's slots and weakref list, the child's slot after them, the grandchild's dict last");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "3.8|class A: pass\\nclass B(A): __slots__=('__dict__',)|2|TypeError: __dict__ slot disallowed: we already got one",
            "3.11|class A: __slots__=('__weakref__','__weakref__')|1|TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
            "3.12|class A: __slots__=('__weakref__','__weakref__')|1|TypeError: __weakref__ slot disallowed: we already got one",
            "3.12|class A:\\n  __slots__=('x',)\\n  x=1|2|ValueError: 'x' in __slots__ conflicts with class variable",
            "3.12|class A: __slots__=('x',)\\nclass B: __slots__=('y',)\\nclass C(A, B): pass|3|TypeError: multiple bases have instance lay-out conflict",
            "3.12|class A:\\n  __slots__=('x',)\\n  def __init__(self): self.y=1|3|AttributeError: 'A' object has no attribute 'y'",
            "3.13|class A:\\n  __slots__=('x',)\\n  def __init__(self): self.y=1|3|AttributeError: 'A' object has no attribute 'y' and no __dict__ for setting new attributes",
            "3.12|class A:\\n  __slots__=('1x',)|2|TypeError: __slots__ must be identifiers",
    })
    void pythonsOwnErrorsAtTheirLine(String version, String source, int line, String message) {
        String text = source.replace("\\n", "\n");
        String className = text.substring(text.lastIndexOf("class ") + 6).split("[:(]")[0].trim();
        SourceException e = assertThrows(SourceException.class, () -> lens.describe(
                CPythonVersion.fromId(version).orElseThrow(), PythonModule.parse(text), className));
        assertEquals(message, e.getMessage());
        assertEquals(line, e.line());
    }

    @Test
    void secondaryBasesGiveTheDictAndWeakrefTheFirstLacks() {
        String text = "class A: pass\nclass B: __slots__=('x',)\nclass C(B, A): __slots__=()\n";
        CPythonFigures f38 = lens.describe(CPythonVersion.fromId("3.8").orElseThrow(), PythonModule.parse(text), "C").figures();
        assertEquals(List.of(40, 24, 32), List.of(f38.basicsize(), f38.dictoffset(), f38.weakrefoffset()));
        CPythonFigures f311 = lens.describe(CPythonVersion.fromId("3.11").orElseThrow(), PythonModule.parse(text), "C").figures();
        assertEquals(List.of(32, -56, 24), List.of(f311.basicsize(), f311.dictoffset(), f311.weakrefoffset()));
    }

    @Test
    void weakrefSlotOverABaseWithAWeakrefListIsRefusedUntil313ThenLeftOut() {
        PythonModule module = PythonModule.parse("from dataclasses import dataclass\n\nclass Base:\n    pass\n\n"
                + "@dataclass(slots=True, weakref_slot=True)\nclass P(Base):\n    x: int = 0\n");
        SourceException e = assertThrows(SourceException.class, () -> lens.describe(CPythonVersion.V3_12, module, "P"));
        assertEquals("TypeError: __weakref__ slot disallowed: we already got one", e.getMessage());
        // dataclasses._get_slots of 3.13 counts a plain base's weakref list among the inherited slots.
        assertEquals(56, lens.describe(CPythonVersion.V3_13, module, "P").figures().bytesPerInstance());
        assertEquals(80, lens.describe(CPythonVersion.V3_14, module, "P").figures().bytesPerInstance());
    }

    @Test
    void classAttributesAreDrawnOnTheClassNotTheInstance() {
        PythonModule module = PythonModule.parse("class Counter:\n    __slots__ = ('count',)\n    limit = 10\n"
                + "    unit = 'ticks'\n\n    def __init__(self):\n        self.count = 0\n");
        for (CPythonVersion v : CPythonVersion.values()) {
            CPythonObject counter = lens.describe(v, module, "Counter");
            assertEquals(40, counter.figures().bytesPerInstance(), v + ": the class attributes cost the instance nothing");
            assertEquals("class Counter · class attributes: limit, unit", counter.layout().classObject().orElseThrow().label(),
                    v + ": in the order the body binds them");
            assertEquals("class", counter.layout().instance().regions().stream()
                    .filter(r -> r.kind() == RegionKind.TYPE_POINTER).findFirst().orElseThrow().pointsTo().orElseThrow());
        }
    }

    @Test
    void regionsCoverTheObjectOnce() {
        for (CPythonVersion v : CPythonVersion.values()) {
            List<Region> regions = lens.describe(v, PythonModule.parse(SOURCE), "Loose").layout().instance().regions();
            for (int i = 1; i < regions.size(); i++) {
                assertEquals(regions.get(i - 1).end(), regions.get(i).offset(), v + ": " + regions);
            }
        }
    }
}
