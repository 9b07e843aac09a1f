package dev.slotscope.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every figure the model gives equals what the real interpreter reported, for every recorded
 * case of every version ({@code src/test/resources/fixtures/cpython}, written by
 * {@code tools/record_cpython.py}).
 */
class RecordedFixturesTest {

    private final CPythonLens lens = new CPythonLens();

    static JsonNode fixture(CPythonVersion version) {
        String path = "/fixtures/cpython/" + version.id() + ".json";
        try (InputStream in = RecordedFixturesTest.class.getResourceAsStream(path)) {
            if (in == null) {
                fail("missing fixture " + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError("unreadable fixture " + path, e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedCase() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonVersion version : CPythonVersion.values()) {
            JsonNode root = fixture(version);
            assertEquals(version.number(), root.get("python").asText().replaceAll("^(\\d+\\.\\d+).*", "$1"));
            assertEquals(8, root.get("pointerSize").asInt());
            for (JsonNode c : root.get("cases")) {
                Variant variant = Variant.fromId(c.get("variant").asText()).orElseThrow();
                List<String> names = new ArrayList<>();
                c.get("attrs").forEach(n -> names.add(n.asText()));
                AttributeNames attrs = AttributeNames.of(names);
                String name = version.id() + " " + variant.id() + " " + names;
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, version, variant, attrs, c)));
            }
        }
        return tests.stream();
    }

    /**
     * The lesson's classes are Python like any user's: read from the source that defines them
     * and laid out as a user's class, each recorded case gives the interpreter's figures and slots
     * and the very layout of the lesson's own path.
     */
    @TestFactory
    Stream<DynamicTest> everyRecordedCaseReadFromItsSource() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonVersion version : CPythonVersion.values()) {
            for (JsonNode c : fixture(version).get("cases")) {
                if (!c.get("supported").asBoolean()) {
                    continue;
                }
                Variant variant = Variant.fromId(c.get("variant").asText()).orElseThrow();
                AttributeNames attrs = AttributeNames.of(texts(c.get("attrs")));
                String name = version.id() + " " + variant.id() + " " + attrs.names() + " from its source";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String source = variant.pythonSource(attrs);
                    CPythonObject written;
                    try {
                        written = lens.describe(version, dev.slotscope.cpython.source.PythonModule.parse(source),
                                variant.className());
                    } catch (RuntimeException e) {
                        throw new AssertionError(name + ": " + e + "\n" + source, e);
                    }
                    CPythonFigures f = written.figures();
                    assertEquals(List.of(c.get("basicsize").asInt(), c.get("dictoffset").asInt(), c.get("weakrefoffset").asInt(),
                                    c.get("getsizeof").asInt(), c.get("bytesPerInstance").asInt()),
                            List.of(f.basicsize(), f.dictoffset(), f.weakrefoffset(), f.getsizeof(), f.bytesPerInstance()),
                            name + "\n" + source);
                    if (c.has("slotNames")) {
                        assertEquals(texts(c.get("slotNames")), labels(written.layout().instance(), RegionKind.SLOT), name);
                    }
                    assertEquals(lens.describe(version, variant, attrs).layout(), written.layout(), name + "\n" + source);
                }));
            }
        }
        return tests.stream();
    }

    private void check(String name, CPythonVersion version, Variant variant, AttributeNames attrs, JsonNode c) {
        if (!c.get("supported").asBoolean()) {
            assertThrows(UnsupportedVariantException.class, () -> lens.describe(version, variant, attrs));
            return;
        }
        assertEquals(variant.className(), c.get("className").asText());
        CPythonObject described;
        try {
            described = lens.describe(version, variant, attrs);
        } catch (RuntimeException e) {
            throw new AssertionError(name + ": " + e, e);
        }
        CPythonFigures f = described.figures();
        if (c.has("slotNames")) {
            assertEquals(texts(c.get("slotNames")), labels(described.layout().instance(), RegionKind.SLOT),
                    name + ": slots by offset, private names mangled");
        }
        if (c.has("dictKeys") && !c.get("dictKeys").isEmpty()) {
            // The dict's own keys table when it has one (too many keys to share), else the shared one.
            List<MemoryObject> tables = described.layout().attached().stream()
                    .filter(o -> !labels(o, RegionKind.ENTRY_KEY).isEmpty()).toList();
            MemoryObject table = tables.stream().filter(o -> !o.shared()).findFirst().orElse(tables.get(0));
            List<String> keys = labels(table, RegionKind.ENTRY_KEY).stream().map(k -> k.substring(1, k.length() - 1))
                    .toList();
            // Contained, not equal: 3.14 orders the shared table by __static_attributes__ (the
            // dict iterates in the instance's order) and adds the unmangled names it lists.
            assertTrue(keys.containsAll(texts(c.get("dictKeys"))), name + ": keys, private names mangled: " + keys);
        }
        Map<String, Integer> expected = new TreeMap<>();
        Map<String, Integer> actual = new TreeMap<>();
        compare(expected, actual, "basicsize", c, f.basicsize());
        compare(expected, actual, "dictoffset", c, f.dictoffset());
        compare(expected, actual, "weakrefoffset", c, f.weakrefoffset());
        compare(expected, actual, "getsizeof", c, f.getsizeof());
        compare(expected, actual, "bytesPerInstance", c, f.bytesPerInstance());
        assertEquals(expected, actual, name);
        checkOutcome(version, variant, attrs, c.get("addAttribute"));
        if (!c.get("addExisting").isNull()) {
            checkOutcome(version, variant, attrs, c.get("addExisting"));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> labels(MemoryObject object, RegionKind kind) {
        return object.regions().stream().filter(r -> r.kind() == kind).map(Region::label).toList();
    }

    private static void compare(Map<String, Integer> expected, Map<String, Integer> actual, String key, JsonNode c, int value) {
        expected.put(key, c.get(key).asInt());
        actual.put(key, value);
    }

    private void checkOutcome(CPythonVersion version, Variant variant, AttributeNames attrs, JsonNode recorded) {
        AttributeOutcome outcome = lens.addAttribute(version, variant, attrs, recorded.get("name").asText());
        if (recorded.get("outcome").asText().equals("ok")) {
            assertTrue(outcome instanceof AttributeOutcome.Stored, "expected the attribute to be stored: " + outcome);
        } else {
            assertTrue(outcome instanceof AttributeOutcome.Refused, "expected a refusal: " + outcome);
            assertEquals(recorded.get("message").asText(), ((AttributeOutcome.Refused) outcome).message());
        }
    }
}
