package dev.slotscope.jvm.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Attributes in a {@code HashMap}: the analogue of a Python object's {@code __dict__}. */
public final class MapPoint {
    private final Map<String, Object> attributes = new HashMap<>();

    /** One entry per name; keys are interned like Java string literals, values boxed per instance. */
    public MapPoint(List<String> names) {
        double value = 1.5;
        for (String name : names) {
            attributes.put(name.intern(), value++);
        }
    }

    public void set(String name, Object value) {
        attributes.put(name.intern(), value);
    }
}
