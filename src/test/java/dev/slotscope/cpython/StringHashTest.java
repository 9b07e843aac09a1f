package dev.slotscope.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** String hashes equal the ones the real interpreters reported with PYTHONHASHSEED=0. */
class StringHashTest {

    static JsonNode growthFixture(CPythonVersion version) throws IOException {
        try (InputStream in = StringHashTest.class.getResourceAsStream("/fixtures/cpython-growth/" + version.id() + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyRecordedHashMatches() throws IOException {
        int checked = 0;
        for (CPythonVersion version : CPythonVersion.values()) {
            for (JsonNode c : growthFixture(version).get("cases")) {
                for (JsonNode step : c.get("steps")) {
                    if (step.get("table").isNull()) {
                        continue;
                    }
                    for (JsonNode e : step.get("table").get("entries")) {
                        assertEquals(e.get("hash").asLong(), StringHash.of(e.get("key").asText(), version),
                                version + " " + e.get("key").asText());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void wideCharactersAndTheEmptyString() {
        assertEquals(0, StringHash.of("", CPythonVersion.V3_12));
        assertTrue(StringHash.of("größe", CPythonVersion.V3_12) != StringHash.of("grosse", CPythonVersion.V3_12));
    }
}
