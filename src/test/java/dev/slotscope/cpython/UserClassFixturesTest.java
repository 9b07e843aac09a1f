package dev.slotscope.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Users' own classes, hand-written and random hierarchies, recorded from the real interpreters
 * ({@code tools/record_user_classes.py}, cases in {@code tools/user_class_cases.py}): every
 * figure, slot by name and offset, dict key, outcome of setting a new attribute, and Python's
 * own error where it refuses the class, on every version.
 */
class UserClassFixturesTest {

    private final CPythonLens lens = new CPythonLens();

    private static JsonNode fixture(CPythonVersion version) {
        String path = "/fixtures/cpython-user/cpython-" + version.number() + ".json";
        try (InputStream in = UserClassFixturesTest.class.getResourceAsStream(path)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedClass() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonVersion version : CPythonVersion.values()) {
            JsonNode root = fixture(version);
            assertEquals(version.number(), root.get("python").asText().replaceAll("^(\\d+\\.\\d+).*", "$1"));
            for (JsonNode c : root.get("cases")) {
                String name = version.number() + " " + c.get("id").asText();
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, version, c)));
            }
        }
        return tests.stream();
    }

    private void check(String name, CPythonVersion version, JsonNode c) {
        String source = c.get("source").asText();
        String where = name + "\n" + source;
        PythonClass.Written written;
        if (c.has("error") && c.get("error").get("message").asText().matches(".*missing \\d+ required .*argument.*")) {
            // The recorder calls C() with no arguments; Slotscope lays out an instance made with its arguments.
            lens.describe(version, new PythonClass.Written(PythonModule.parse(source), c.get("className").asText()));
            return;
        }
        if (c.has("error")) {
            JsonNode e = c.get("error");
            String expected = e.get("type").asText() + ": " + e.get("message").asText();
            SourceException thrown = assertThrows(SourceException.class, () -> lens.describe(version,
                    new PythonClass.Written(PythonModule.parse(source), c.get("className").asText())), where);
            assertEquals(expected, thrown.getMessage(), where);
            return;
        }
        written = new PythonClass.Written(PythonModule.parse(source), c.get("className").asText());
        CPythonObject object;
        try {
            object = lens.describe(version, written);
        } catch (RuntimeException e) {
            throw new AssertionError(where + "\n" + e, e);
        }
        CPythonFigures f = object.figures();
        assertEquals(List.of(c.get("basicsize").asInt(), c.get("dictoffset").asInt(), c.get("weakrefoffset").asInt(),
                        c.get("getsizeof").asInt(), c.get("bytesPerInstance").asInt()),
                List.of(f.basicsize(), f.dictoffset(), f.weakrefoffset(), f.getsizeof(), f.bytesPerInstance()),
                where + "\n(basicsize, dictoffset, weakrefoffset, getsizeof, bytes per instance)");
        List<String> slots = new ArrayList<>();
        c.get("slots").forEach(s -> slots.add(s.get("offset").asInt() + " " + s.get("name").asText()));
        // A name twice in one __slots__ makes two words; a descriptor reaches only the first (as recorded).
        List<String> drawn = object.layout().instance().regions().stream().filter(r -> r.kind() == RegionKind.SLOT)
                .filter(r -> !r.note().startsWith("A second slot named"))
                .map(r -> r.offset() + " " + r.label()).sorted(java.util.Comparator.comparingInt(t -> Integer.parseInt(t.split(" ")[0])))
                .toList();
        List<String> recorded = slots.stream().sorted(java.util.Comparator.comparingInt(t -> Integer.parseInt(t.split(" ")[0])))
                .toList();
        assertEquals(recorded, drawn, where + "\n(slots by offset)");
        if (c.get("hasDict").asBoolean()) {
            List<String> keys = new ArrayList<>();
            c.get("dictKeys").forEach(k -> keys.add(k.asText()));
            assertEquals(keys, object.dictKeys(), where + "\n(dict keys)");
        } else {
            assertEquals(List.of(), object.dictKeys(), where);
        }
        JsonNode add = c.get("addAttribute");
        AttributeOutcome outcome = lens.addAttribute(version, written, add.get("name").asText());
        if (add.get("outcome").asText().equals("ok")) {
            assertEquals(new AttributeOutcome.Stored(add.get("name").asText()), outcome, where);
        } else {
            assertEquals(add.get("message").asText(), outcome instanceof AttributeOutcome.Refused r ? r.message() : outcome.toString(),
                    where);
        }
    }
}
