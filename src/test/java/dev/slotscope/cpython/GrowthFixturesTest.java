package dev.slotscope.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.TableEntry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every step of every recorded growth case equals the model: outcome, bytes per instance,
 * getsizeof, the dict's getsizeof and the table (slots, split, and each key's hash and slot).
 * Fixtures: {@code tools/record_growth.py}, with PYTHONHASHSEED=0.
 */
class GrowthFixturesTest {

    @TestFactory
    Stream<DynamicTest> everyRecordedStep() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonVersion version : CPythonVersion.values()) {
            for (JsonNode c : StringHashTest.growthFixture(version).get("cases")) {
                Variant variant = Variant.fromId(c.get("variant").asText()).orElseThrow();
                List<String> attrs = new ArrayList<>();
                c.get("attrs").forEach(a -> attrs.add(a.asText()));
                List<String> add = new ArrayList<>();
                c.get("add").forEach(a -> add.add(a.asText()));
                String name = version.id() + " " + variant.id() + " " + attrs + " + " + add.size();
                tests.add(DynamicTest.dynamicTest(name, () -> check(version, variant, attrs, add, c.get("steps"))));
            }
        }
        return tests.stream();
    }

    private static void check(CPythonVersion version, Variant variant, List<String> attrs, List<String> add, JsonNode recorded) {
        List<GrowthStep> steps = new CPythonGrowth().grow(version, variant, AttributeNames.of(attrs), add);
        assertEquals(recorded.size(), steps.size());
        for (int k = 0; k < steps.size(); k++) {
            GrowthStep step = steps.get(k);
            JsonNode r = recorded.get(k);
            String at = "step " + k;
            if (r.get("outcome").isNull()) {
                assertTrue(step.outcome() instanceof StepOutcome.Constructed, at);
            } else if (r.get("outcome").asText().equals("ok")) {
                assertTrue(step.outcome() instanceof StepOutcome.Stored, at);
            } else {
                assertEquals(r.get("message").asText(), ((StepOutcome.Refused) step.outcome()).message(), at);
            }
            assertEquals(r.get("bytesPerInstance").asInt(), step.bytesPerInstance(), at + " bytesPerInstance");
            assertEquals(r.get("getsizeof").asInt(), step.getsizeof().orElseThrow(), at + " getsizeof");
            if (r.get("dictGetsizeof").isNull()) {
                assertTrue(step.dictGetsizeof().isEmpty(), at);
            } else {
                assertEquals(r.get("dictGetsizeof").asInt(), step.dictGetsizeof().orElseThrow(), at + " dictGetsizeof");
            }
            JsonNode table = r.get("table");
            if (table.isNull()) {
                assertTrue(step.table().isEmpty(), at);
                continue;
            }
            var ours = step.table().orElseThrow();
            assertEquals(table.get("slots").asInt(), ours.slots(), at + " slots");
            assertEquals(table.get("split").asBoolean(), ours.split().orElseThrow(), at + " split");
            List<String> expected = new ArrayList<>();
            table.get("entries").forEach(e -> expected.add(e.get("key").asText() + "#" + e.get("hash").asLong() + "@" + e.get("slot").asInt()));
            assertEquals(expected, ours.entries().stream().map(GrowthFixturesTest::text).toList(), at + " entries");
        }
    }

    private static String text(TableEntry e) {
        return e.key() + "#" + e.hash() + "@" + e.slot();
    }
}
