package dev.slotscope.cpython;

import java.util.List;
import java.util.stream.Collectors;

/** The Python source of each variant, as the fixture recorder defines the classes: what the lens reads to lay them out. */
final class PythonSource {
    private PythonSource() {
    }

    static String of(Variant variant, AttributeNames attrs) {
        return switch (variant) {
            case STANDARD -> plainClass("StandardPoint", null, attrs);
            case SLOTTED -> plainClass("SlottedPoint", slots(attrs, false), attrs);
            case SLOTTED_WEAKREF -> plainClass("WeakSlottedPoint", slots(attrs, true), attrs);
            case CHILD_OF_SLOTTED -> plainClass("SlottedPoint", slots(attrs, false), attrs)
                    + "\n\nclass ChildOfSlotted(SlottedPoint):\n    pass\n";
            case DATACLASS_SLOTS -> dataclass(attrs);
        };
    }

    private static String plainClass(String name, String slots, AttributeNames attrs) {
        StringBuilder s = new StringBuilder("class ").append(name).append(":\n");
        if (slots != null) {
            s.append("    __slots__ = ").append(slots).append('\n');
        }
        // '__dict__' and '__weakref__' are requests to __slots__, not attributes to assign.
        List<String> assigned = attrs.withoutSlotRequests().names();
        String params = assigned.stream().map(n -> ", " + n).collect(Collectors.joining());
        s.append("    def __init__(self").append(params).append("):\n");
        if (assigned.isEmpty()) {
            s.append("        pass\n");
        }
        for (String n : assigned) {
            s.append("        self.").append(n).append(" = ").append(n).append('\n');
        }
        return s.toString();
    }

    private static String slots(AttributeNames attrs, boolean weakref) {
        var items = new java.util.ArrayList<String>();
        attrs.names().forEach(n -> items.add("'" + n + "'"));
        if (weakref) {
            items.add("'__weakref__'");
        }
        if (items.size() == 1) {
            return "(" + items.get(0) + ",)";
        }
        return "(" + String.join(", ", items) + ")";
    }

    private static String dataclass(AttributeNames attrs) {
        StringBuilder s = new StringBuilder("from dataclasses import dataclass\n\n\n@dataclass(slots=True)\nclass DataPoint:\n");
        if (attrs.isEmpty()) {
            s.append("    pass\n");
        }
        attrs.names().forEach(n -> s.append("    ").append(n).append(": float\n"));
        return s.toString();
    }
}
