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
    @ValueSource(strings = {"x", "_", "_private", "a_", "c3po", "größe", "x_ω", "Ω", "match", "case", "type"})
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
        "__x|'__x' starts with '__'",
        "__dict__|'__dict__' starts with '__'",
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

    @Test
    void nextFreeNameAvoidsTakenNames() {
        assertEquals("z", AttributeNames.parse("x,y").nextFreeName());
        assertEquals("w", AttributeNames.parse("x,y,z").nextFreeName());
    }
}
