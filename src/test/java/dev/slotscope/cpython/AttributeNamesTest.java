package dev.slotscope.cpython;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributeNamesTest {

    @Test
    void parsesCommaSeparatedNamesAndBlankMeansNone() {
        assertEquals(List.of("x", "y", "größe"), AttributeNames.parse(" x, y ,größe").names());
        assertTrue(AttributeNames.parse("").isEmpty());
        assertTrue(AttributeNames.parse("   ").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "_", "_private", "a_", "c3po", "größe", "x_ω", "Ω", "match", "case", "type", "__x", "__x_",
        "__", "___"})
    void acceptsPythonIdentifiers(String name) {
        AttributeNames.checkName(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1x|'1x' is not a Python identifier",
        "a-b|'a-b' is not a Python identifier",
        "a b|'a b' is not a Python identifier",
        "class|'class' is a Python keyword",
        "None|'None' is a Python keyword",
        "__dict__|'__dict__' is not an attribute of its own: it is the instance's attribute dictionary",
        "__weakref__|'__weakref__' is not an attribute of its own: it is the instance's weak-reference list",
        "__init__|'__init__' begins and ends with '__': such names belong to Python",
        "self|'self' is the name __init__ gives the instance itself",
        "ﬁle|'ﬁle' changes under Unicode NFKC normalisation; write it as 'file'",
    })
    void rejectsWhatPythonWouldNotAcceptWithAReason(String name, String message) {
        var e = assertThrows(InvalidAttributeNameException.class, () -> AttributeNames.checkName(name));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void rejectsDuplicatesAndEmptyNames() {
        assertThrows(InvalidAttributeNameException.class, () -> AttributeNames.parse("x,y,x"));
        assertThrows(InvalidAttributeNameException.class, () -> AttributeNames.parse("x,,y"));
    }

    @Test
    void slotOrderIsCodePointOrderAsInTypeNew() {
        assertEquals(List.of("B", "a", "b", "é"), AttributeNames.parse("é, b, a, B").slotOrder());
    }

    @ParameterizedTest
    @CsvSource({
        "__x, StandardPoint, _StandardPoint__x",
        "__x, _Hidden, _Hidden__x",
        "__x, ___, __x",
        "__x_, Point, _Point__x_",
        "__, Point, __",
        "___, Point, ___",
        "_x, Point, _x",
        "x__y, Point, x__y",
    })
    void privateNamesAreMangledAsPythonDoes(String name, String className, String stored) {
        assertEquals(stored, AttributeNames.mangled(name, className));
    }

    @Test
    void storedNamesKeepTheOrderAndRefuseTwoNamesThatBecomeOne() {
        assertEquals(List.of("_SlottedPoint__x", "y"), AttributeNames.parse("__x, y").storedIn("SlottedPoint").names());
        var e = assertThrows(InvalidAttributeNameException.class,
                () -> AttributeNames.parse("__x, _SlottedPoint__x").storedIn("SlottedPoint"));
        assertEquals("'__x' and '_SlottedPoint__x' are one name in SlottedPoint: Python stores both as '_SlottedPoint__x'",
                e.getMessage());
    }

    @Test
    void dictAndWeakrefAreRequestsToSlotsNotAttributes() {
        AttributeNames written = AttributeNames.parse("x, __dict__, __weakref__");
        assertEquals(List.of("x"), Variant.SLOTTED.stored(written).names());
        CPythonFigures asked = new CPythonLens().describe(CPythonVersion.V3_10, Variant.SLOTTED, written).figures();
        assertEquals(List.of(24, 32), List.of(asked.dictoffset(), asked.weakrefoffset()),
                "3.10: the slot x, then the dict and the weakref list the requests asked for");
        assertTrue(Variant.SLOTTED.pythonSource(written).contains("__slots__ = ('x', '__dict__', '__weakref__')"));
        assertTrue(Variant.SLOTTED.pythonSource(written).contains("def __init__(self, x):"));
        var standard = assertThrows(InvalidAttributeNameException.class, () -> Variant.STANDARD.stored(written));
        assertEquals("'__dict__' means something only in __slots__: StandardPoint has no __slots__, and its instances"
                + " already have a __dict__ and a __weakref__", standard.getMessage());
        var twice = assertThrows(InvalidAttributeNameException.class,
                () -> Variant.SLOTTED_WEAKREF.stored(AttributeNames.parse("x, __weakref__")));
        assertEquals("'__weakref__' is already in WeakSlottedPoint's __slots__ (Python: TypeError: __weakref__ slot"
                + " disallowed: we already got one)", twice.getMessage());
    }

    @Test
    void nextFreeNameAvoidsTakenNames() {
        assertEquals("z", AttributeNames.parse("x,y").nextFreeName());
        assertEquals("w", AttributeNames.parse("x,y,z").nextFreeName());
    }
}
