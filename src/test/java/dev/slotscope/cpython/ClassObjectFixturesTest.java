package dev.slotscope.cpython;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class object an instance's type pointer leads to, against what
 * {@code tools/record_type_object.py} read from each real interpreter: its size, where it keeps
 * {@code ht_cached_keys}, and that a lesson class has nothing appended after the struct.
 */
class ClassObjectFixturesTest {

    private static JsonNode fixture(CPythonVersion version) throws IOException {
        try (InputStream in = ClassObjectFixturesTest.class.getResourceAsStream(
                "/fixtures/cpython-type/" + version.id() + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @ParameterizedTest
    @EnumSource(CPythonVersion.class)
    void theClassObjectIsTheRecordedOne(CPythonVersion version) throws IOException {
        JsonNode recorded = fixture(version);
        assertEquals(version.heapTypeSize(), recorded.get("typeBasicsize").asInt());
        for (Variant variant : new Variant[] {Variant.STANDARD, Variant.CHILD_OF_SLOTTED}) {
            JsonNode cls = recorded.get("classes").get(variant.id());
            assertEquals(0, cls.get("obSize").asInt(), "no member slots after the struct");
            assertEquals(1, cls.get("cachedKeysOffsets").size());
            assertEquals(version.cachedKeysOffset(), cls.get("cachedKeysOffsets").get(0).asInt());
        }
        // A standard instance whose keys are reached through its class.
        ObjectLayout layout = new CPythonLens().describe(version, Variant.STANDARD, AttributeNames.parse("x, y")).layout();
        if (version.hasManagedDict()) {
            MemoryObject cls = layout.classObject().orElseThrow();
            assertEquals(16 + version.heapTypeSize(), cls.size(), "GC header and the struct");
            Region keys = cls.regions().stream().filter(r -> r.label().equals("ht_cached_keys")).findFirst().orElseThrow();
            assertEquals(version.cachedKeysOffset(), keys.offset());
            assertEquals(Optional.of("keys"), keys.pointsTo());
            Region type = layout.instance().regions().stream().filter(r -> r.label().equals("type")).findFirst().orElseThrow();
            assertEquals(Optional.of("class"), type.pointsTo());
        } else {
            assertTrue(layout.classObject().isEmpty(), "up to 3.10 the dict leads to the keys, not the class");
        }
    }

    @Test
    void theClassIsDrawnButInNoByteCount() {
        ObjectLayout layout = new CPythonLens().describe(CPythonVersion.V3_12, Variant.STANDARD,
                AttributeNames.parse("x, y")).layout();
        assertTrue(layout.objects().stream().anyMatch(o -> o.id().equals("class")));
        assertFalse(layout.attached().stream().anyMatch(o -> o.id().equals("class")));
        assertEquals(80, layout.ownedBytes());
        assertEquals(768, layout.sharedBytes(), "the shared keys only");
        int at = layout.objects().indexOf(layout.classObject().orElseThrow());
        assertEquals("keys", layout.objects().get(at + 1).id(), "drawn just before the keys it points at");
    }
}
