package dev.slotscope.jvm.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMeasurement;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Progress;

import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the probe is asked to measure, as it travels to the child VM and is answered there. */
sealed interface ProbeRequest {

    /** The request as JSON, for the child. */
    ObjectNode json();

    /** "the constructor of pkg.Point" when answering runs a user's code, empty when it runs only the JDK's and Slotscope's. */
    default Optional<String> userCode() {
        return Optional.empty();
    }

    /** The answer, worked out in the VM this runs in (the child), telling {@code progress} how far it is. */
    ObjectNode answer(JvmLens lens, Progress progress);

    /** A lesson variant laid out and its graph walked. */
    record Variant(JvmVariant variant, AttributeNames attrs, JvmMode mode) implements ProbeRequest {
        @Override
        public ObjectNode json() {
            return lessonHead("variant", mode, variant, attrs);
        }

        @Override
        public ObjectNode answer(JvmLens lens, Progress progress) {
            return objects(List.of(lens.describe(variant, attrs, mode)));
        }
    }

    /**
     * A class by binary name, from the JDK, Slotscope or {@code classpath}, in each of {@code modes}; with
     * {@code graph}, an instance walked (one child lays out every mode a view shows, for one start of a VM).
     */
    record NamedClass(String binaryName, List<Path> classpath, List<JvmMode> modes, boolean graph) implements ProbeRequest {
        @Override
        public ObjectNode json() {
            ObjectNode n = head("class", modes);
            n.put("className", binaryName);
            n.set("classpath", ProbeJson.strings(classpath.stream().map(p -> p.toAbsolutePath().toString()).toList()));
            n.put("graph", graph);
            return n;
        }

        @Override
        public Optional<String> userCode() {
            return graph ? Optional.of("the constructor of " + binaryName) : Optional.empty();
        }

        @Override
        public ObjectNode answer(JvmLens lens, Progress progress) {
            return objects(lens.describeClass(binaryName, classpath, modes, graph));
        }
    }

    /** A class of a unit compiled here (its class files travel with the request), in each of {@code modes}. */
    record Compiled(JavaCompilation.Compiled unit, Optional<String> className, List<JvmMode> modes, boolean graph)
            implements ProbeRequest {
        @Override
        public ObjectNode json() {
            ObjectNode n = head("compiled", modes);
            n.put("fileName", unit.fileName());
            ObjectNode files = n.putObject("classFiles");
            unit.classFiles().forEach((name, bytes) -> files.put(name, Base64.getEncoder().encodeToString(bytes)));
            className.ifPresent(c -> n.put("className", c));
            n.put("graph", graph);
            return n;
        }

        @Override
        public Optional<String> userCode() {
            return graph ? Optional.of("the constructor of " + className.orElseGet(unit::onlyTopLevelClass)) : Optional.empty();
        }

        @Override
        public ObjectNode answer(JvmLens lens, Progress progress) {
            return objects(lens.describeCompiled(unit, className, modes, graph));
        }
    }

    /** A lesson variant grown by {@code add}, one attribute at a time. */
    record Grow(JvmVariant variant, AttributeNames attrs, List<String> add, JvmMode mode) implements ProbeRequest {
        @Override
        public ObjectNode json() {
            ObjectNode n = lessonHead("grow", mode, variant, attrs);
            n.set("add", ProbeJson.strings(add));
            return n;
        }

        @Override
        public ObjectNode answer(JvmLens lens, Progress progress) {
            ObjectNode n = ProbeJson.MAPPER.createObjectNode();
            ArrayNode steps = n.putArray("steps");
            new JvmGrowth().grow(variant, attrs, add, mode).forEach(s -> steps.add(ProbeJson.step(s)));
            return n;
        }
    }

    /** {@code n} real instances of a lesson variant made and their heap measured. */
    record Measure(JvmVariant variant, AttributeNames attrs, InstanceCount n) implements ProbeRequest {
        @Override
        public ObjectNode json() {
            ObjectNode node = lessonHead("measure", JvmMode.LIVE, variant, attrs);
            node.put("count", n.value());
            return node;
        }

        @Override
        public ObjectNode answer(JvmLens lens, Progress progress) {
            return ProbeJson.measurement(new JvmMeasurement().measure(variant, attrs, n, progress));
        }
    }

    /** The head of a request about a lesson class: its kind, mode, variant and attributes. */
    private static ObjectNode lessonHead(String kind, JvmMode mode, JvmVariant variant, AttributeNames attrs) {
        ObjectNode n = head(kind, List.of(mode));
        n.put("variant", variant.id());
        n.set("attrs", ProbeJson.strings(attrs.names()));
        return n;
    }

    private static ObjectNode head(String kind, List<JvmMode> modes) {
        ObjectNode n = ProbeJson.MAPPER.createObjectNode().put("kind", kind);
        n.set("modes", ProbeJson.strings(modes.stream().map(JvmMode::runtimeId).toList()));
        return n;
    }

    private static ObjectNode objects(List<JvmObject> objects) {
        ObjectNode n = ProbeJson.MAPPER.createObjectNode();
        ArrayNode all = n.putArray("objects");
        objects.forEach(o -> all.add(ProbeJson.object(o)));
        return n;
    }

    /** The request {@code n} holds, as {@link #json()} wrote it. */
    static ProbeRequest of(JsonNode n) {
        List<JvmMode> modes = ProbeJson.list(n.get("modes"), m -> JvmMode.fromRuntimeId(m.asText()).orElseThrow());
        JvmMode mode = modes.get(0);
        return switch (n.get("kind").asText()) {
            case "variant" -> new Variant(variant(n), attrs(n), mode);
            case "class" -> new NamedClass(n.get("className").asText(),
                    ProbeJson.strings(n.get("classpath")).stream().map(Path::of).toList(), modes, n.get("graph").asBoolean());
            case "compiled" -> {
                Map<String, byte[]> files = new LinkedHashMap<>();
                n.get("classFiles").fields().forEachRemaining(e ->
                        files.put(e.getKey(), Base64.getDecoder().decode(e.getValue().asText())));
                yield new Compiled(new JavaCompilation.Compiled(n.get("fileName").asText(), files),
                        Optional.ofNullable(n.get("className")).map(JsonNode::asText), modes, n.get("graph").asBoolean());
            }
            case "grow" -> new Grow(variant(n), attrs(n), ProbeJson.strings(n.get("add")), mode);
            case "measure" -> new Measure(variant(n), attrs(n), new InstanceCount(n.get("count").asLong()));
            default -> throw new IllegalArgumentException("unknown probe request " + n.get("kind"));
        };
    }

    private static JvmVariant variant(JsonNode n) {
        return JvmVariant.fromId(n.get("variant").asText()).orElseThrow();
    }

    private static AttributeNames attrs(JsonNode n) {
        return new AttributeNames(ProbeJson.strings(n.get("attrs")));
    }
}
