package dev.slotscope.jvm.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.HashTable;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.TableEntry;
import dev.slotscope.jvm.Bucket;
import dev.slotscope.jvm.FieldLayoutRules;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.VmFacts;
import dev.slotscope.layout.KeyIndex;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.layout.WordBits;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model's values as the probe's JSON, both ways: what the child VM measured reaches the window
 * and the command line as the same {@link JvmObject}s and {@link GrowthStep}s the lens in this VM
 * makes. Every field is written out, none guessed on the way back.
 */
final class ProbeJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ProbeJson() {
    }

    static ObjectNode object(JvmObject o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("subject", o.subject());
        n.put("className", o.className());
        n.set("vm", facts(o.vm()));
        n.set("layout", layout(o.layout()));
        n.put("graphWalked", o.graphWalked());
        ArrayNode buckets = n.putArray("buckets");
        for (Bucket b : o.buckets()) {
            ObjectNode bn = buckets.addObject();
            bn.put("index", b.index());
            bn.set("keys", strings(b.keys()));
        }
        n.set("notes", strings(o.notes()));
        return n;
    }

    static JvmObject object(JsonNode n) {
        List<Bucket> buckets = list(n.get("buckets"), b -> new Bucket(b.get("index").asInt(), strings(b.get("keys"))));
        return new JvmObject(n.get("subject").asText(), n.get("className").asText(), facts(n.get("vm")),
                layout(n.get("layout")), n.get("graphWalked").asBoolean(), buckets, strings(n.get("notes")));
    }

    static ObjectNode facts(VmFacts f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("jdk", f.jdk());
        n.put("mode", f.mode());
        n.put("measured", f.measured());
        n.put("rules", f.rules().name());
        n.put("compressedOops", f.compressedOops());
        n.put("compressedClassPointers", f.compressedClassPointers());
        n.put("compactHeaders", f.compactHeaders());
        n.put("objectAlignment", f.objectAlignment());
        n.put("headerSize", f.headerSize());
        n.put("vendor", f.vendor());
        n.set("vmOptions", strings(f.vmOptions()));
        return n;
    }

    static VmFacts facts(JsonNode n) {
        return new VmFacts(n.get("jdk").asText(), n.get("mode").asText(), n.get("measured").asBoolean(),
                FieldLayoutRules.valueOf(n.get("rules").asText()), n.get("compressedOops").asBoolean(), n.get("compressedClassPointers").asBoolean(),
                n.get("compactHeaders").asBoolean(), n.get("objectAlignment").asInt(), n.get("headerSize").asInt(),
                n.get("vendor").asText(), strings(n.get("vmOptions")));
    }

    static ObjectNode layout(ObjectLayout l) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("instance", memoryObject(l.instance()));
        ArrayNode attached = n.putArray("attached");
        l.attached().forEach(o -> attached.add(memoryObject(o)));
        l.classObject().ifPresent(c -> n.set("classObject", memoryObject(c)));
        return n;
    }

    static ObjectLayout layout(JsonNode n) {
        return new ObjectLayout(memoryObject(n.get("instance")), list(n.get("attached"), ProbeJson::memoryObject),
                optional(n, "classObject").map(ProbeJson::memoryObject));
    }

    private static ObjectNode memoryObject(MemoryObject o) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", o.id());
        n.put("label", o.label());
        n.put("type", o.type());
        n.put("shared", o.shared());
        ArrayNode regions = n.putArray("regions");
        o.regions().forEach(r -> regions.add(region(r)));
        o.index().ifPresent(index -> {
            ObjectNode in = n.putObject("index");
            in.put("slots", index.slots());
            ArrayNode keys = in.putArray("keys");
            for (KeyIndex.Key k : index.keys()) {
                keys.addObject().put("entry", k.entry()).put("name", k.name()).put("hash", k.hash()).put("slot", k.slot());
            }
        });
        return n;
    }

    private static MemoryObject memoryObject(JsonNode n) {
        Optional<KeyIndex> index = optional(n, "index").map(in -> new KeyIndex(in.get("slots").asInt(),
                list(in.get("keys"), k -> new KeyIndex.Key(k.get("entry").asInt(), k.get("name").asText(),
                        k.get("hash").asLong(), k.get("slot").asInt()))));
        return new MemoryObject(n.get("id").asText(), n.get("label").asText(), n.get("type").asText(),
                n.get("shared").asBoolean(), list(n.get("regions"), ProbeJson::region), index);
    }

    private static ObjectNode region(Region r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("offset", r.offset());
        n.put("size", r.size());
        n.put("kind", r.kind().name());
        n.put("label", r.label());
        r.pointsTo().ifPresent(p -> n.put("pointsTo", p));
        n.put("note", r.note());
        r.declaringClass().ifPresent(c -> n.put("declaringClass", c));
        r.bits().ifPresent(word -> {
            ObjectNode w = n.putObject("bits");
            w.put("value", word.value());
            w.put("source", word.source());
            ArrayNode fields = w.putArray("fields");
            for (WordBits.Field f : word.fields()) {
                fields.addObject().put("name", f.name()).put("low", f.low()).put("width", f.width()).put("value", f.value())
                        .put("meaning", f.meaning()).put("base", f.base().name());
            }
        });
        return n;
    }

    private static Region region(JsonNode n) {
        return new Region(n.get("offset").asInt(), n.get("size").asInt(), RegionKind.valueOf(n.get("kind").asText()),
                n.get("label").asText(), optional(n, "pointsTo").map(JsonNode::asText), n.get("note").asText(),
                optional(n, "declaringClass").map(JsonNode::asText), optional(n, "bits").map(w -> new WordBits(
                w.get("value").asLong(), w.get("source").asText(), list(w.get("fields"), f -> new WordBits.Field(
                f.get("name").asText(), f.get("low").asInt(), f.get("width").asInt(), f.get("value").asLong(),
                f.get("meaning").asText(), WordBits.Base.valueOf(f.get("base").asText()))))));
    }

    static ObjectNode step(GrowthStep s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("step", s.step());
        ObjectNode outcome = n.putObject("outcome");
        if (s.outcome() instanceof StepOutcome.Stored stored) {
            outcome.put("kind", "stored").put("attribute", stored.attribute());
        } else if (s.outcome() instanceof StepOutcome.Refused refused) {
            outcome.put("kind", "refused").put("attribute", refused.attribute()).put("message", refused.message());
        } else {
            outcome.put("kind", "constructed");
        }
        n.set("layout", layout(s.layout()));
        n.put("bytesPerInstance", s.bytesPerInstance());
        s.table().ifPresent(t -> {
            ObjectNode tn = n.putObject("table");
            tn.put("slots", t.slots());
            ArrayNode entries = tn.putArray("entries");
            t.entries().forEach(e -> entries.addObject().put("key", e.key()).put("hash", e.hash()).put("slot", e.slot()));
            t.split().ifPresent(split -> tn.put("split", split));
        });
        return n;
    }

    static GrowthStep step(JsonNode n) {
        JsonNode o = n.get("outcome");
        StepOutcome outcome = switch (o.get("kind").asText()) {
            case "stored" -> new StepOutcome.Stored(o.get("attribute").asText());
            case "refused" -> new StepOutcome.Refused(o.get("attribute").asText(), o.get("message").asText());
            default -> new StepOutcome.Constructed();
        };
        Optional<HashTable> table = optional(n, "table").map(t -> new HashTable(t.get("slots").asInt(),
                list(t.get("entries"), e -> new TableEntry(e.get("key").asText(), e.get("hash").asLong(), e.get("slot").asInt())),
                optional(t, "split").map(JsonNode::asBoolean)));
        return new GrowthStep(n.get("step").asInt(), outcome, layout(n.get("layout")), n.get("bytesPerInstance").asInt(), table);
    }

    static ObjectNode measurement(Measurement m) {
        return MAPPER.createObjectNode().put("count", m.count().value()).put("totalBytes", m.totalBytes())
                .put("measuredBy", m.measuredBy());
    }

    static Measurement measurement(JsonNode n) {
        return new Measurement(new InstanceCount(n.get("count").asLong()), n.get("totalBytes").asLong(),
                n.get("measuredBy").asText());
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    static List<String> strings(JsonNode n) {
        return list(n, JsonNode::asText);
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> each) {
        List<T> out = new ArrayList<>();
        if (array != null) {
            array.forEach(e -> out.add(each.apply(e)));
        }
        return out;
    }

    private static Optional<JsonNode> optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }
}
