package dev.slotscope.jvm.lesson;

import java.util.HashMap;
import java.util.Map;

/**
 * A subclass that adds a map for extra attributes: the analogue of a Python subclass without
 * {@code __slots__}, which gets a {@code __dict__} back.
 */
public final class ChildPoint extends ExtensiblePoint {
    private final Map<String, Object> extra = new HashMap<>();

    public ChildPoint(double x, double y) {
        super(x, y);
    }

    public void set(String name, Object value) {
        extra.put(name.intern(), value);
    }
}
