package dev.slotscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.PythonClass;
import dev.slotscope.jvm.Bucket;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON form of {@code describe}: stable keys, offsets relative to the object's start. */
final class DescribeJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DescribeJson() {
    }

    static String render(CPythonObject object, Optional<AttributeOutcome> outcome) {
        return write(tree(object, outcome));
    }

    /** The keys of {@link #render(CPythonObject, Optional)}, for a command that adds its own. */
    static Map<String, Object> tree(CPythonObject object, Optional<AttributeOutcome> outcome) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runtime", object.version().id());
        if (object.pythonClass() instanceof PythonClass.Lesson lesson) {
            root.put("variant", lesson.variant().id());
            root.put("className", lesson.className());
            root.put("attrs", lesson.attrs().names());
        } else {
            root.put("className", object.pythonClass().className());
        }
        var f = object.figures();
        root.put("basicsize", f.basicsize());
        root.put("dictoffset", f.dictoffset());
        root.put("weakrefoffset", f.weakrefoffset());
        root.put("getsizeof", f.getsizeof());
        root.put("bytesPerInstance", f.bytesPerInstance());
        root.put("sharedBytes", object.layout().sharedBytes());
        root.put("dictKeys", object.dictKeys());
        root.put("regions", regions(object.layout().instance()));
        root.put("attached", object.layout().attached().stream().map(DescribeJson::attached).toList());
        // The class the type pointer leads to, where it leads on to the shared keys; never in a byte count.
        object.layout().classObject().ifPresent(c -> root.put("class", attached(c)));
        outcome.ifPresent(o -> root.put("addAttribute", outcome(o)));
        return root;
    }

    static String render(JvmObject object) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runtime", object.vm().mode());
        root.put("subject", object.subject());
        root.put("className", object.className());
        root.put("measured", object.vm().measured());
        root.put("instanceSize", object.instanceSize());
        root.put("regions", regions(object.layout().instance()));
        if (object.graphWalked()) {
            root.put("attached", object.layout().attached().stream().map(DescribeJson::attached).toList());
            root.put("ownedBytes", object.layout().ownedBytes());
            root.put("sharedBytes", object.layout().sharedBytes());
        }
        if (!object.buckets().isEmpty()) {
            root.put("buckets", object.buckets().stream().map(DescribeJson::bucket).toList());
        }
        root.put("vm", object.vm());
        root.put("notes", object.notes());
        return write(root);
    }

    /** One bucket's fields, always in this order (unlike {@code Map.of}, whose order changes from run to run). */
    private static Map<String, Object> bucket(Bucket b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", b.index());
        m.put("keys", b.keys());
        return m;
    }

    static String write(Map<String, Object> root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> attached(MemoryObject object) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", object.id());
        m.put("label", object.label());
        m.put("type", object.type());
        m.put("class", object.type());
        m.put("size", object.size());
        m.put("shared", object.shared());
        m.put("regions", regions(object));
        return m;
    }

    static List<Map<String, Object>> regions(MemoryObject object) {
        return object.regions().stream().map(DescribeJson::region).toList();
    }

    private static Map<String, Object> region(Region r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offset", r.offset());
        m.put("size", r.size());
        m.put("kind", r.kind().id());
        m.put("label", r.label());
        r.pointsTo().ifPresent(target -> m.put("pointsTo", target));
        r.declaringClass().ifPresent(owner -> {
            m.put("name", r.label());
            m.put("declaringClass", owner);
        });
        return m;
    }

    private static Map<String, Object> outcome(AttributeOutcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (outcome instanceof AttributeOutcome.Stored stored) {
            m.put("name", stored.name());
            m.put("outcome", "ok");
        } else if (outcome instanceof AttributeOutcome.Refused refused) {
            m.put("name", refused.name());
            m.put("outcome", "error");
            m.put("message", refused.message());
        }
        return m;
    }
}
