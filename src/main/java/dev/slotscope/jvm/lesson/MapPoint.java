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

    /** An attribute's value: a hash lookup, like reading an instance's {@code __dict__}; null if absent. */
    public Object get(String name) {
        return attributes.get(name);
    }

    /** {@link #set} for a name already interned (a literal), as Python's compiler interns {@code o.x}'s name. */
    public void put(String internedName, Object value) {
        attributes.put(internedName, value);
    }
}
