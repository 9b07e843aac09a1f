package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.jvm.lesson.BoxedPoint;
import dev.slotscope.jvm.lesson.ChildPoint;
import dev.slotscope.jvm.lesson.FieldPoint;
import dev.slotscope.jvm.lesson.MapPoint;
import dev.slotscope.jvm.lesson.RecordPoint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lesson's variants on the JVM. Ids match the CPython lens where the idea matches;
 * {@code boxed} has no Python counterpart.
 */
public enum JvmVariant {
    STANDARD("standard", MapPoint.class, "attributes in a HashMap<String, Object>, like a __dict__"),
    SLOTTED("slotted", FieldPoint.class, "a final class with double fields, like __slots__"),
    DATACLASS_SLOTS("dataclass-slots", RecordPoint.class, "a record with double components"),
    CHILD_OF_SLOTTED("child-of-slotted", ChildPoint.class, "a subclass of a field class that adds a map"),
    BOXED("boxed", BoxedPoint.class, "the field class with Double instead of double");

    /** The fields every fixed-shape variant has. */
    public static final List<String> FIXED_FIELDS = List.of("x", "y");

    private final String id;
    private final Class<?> javaClass;
    private final String summary;

    JvmVariant(String id, Class<?> javaClass, String summary) {
        this.id = id;
        this.javaClass = javaClass;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    public Class<?> javaClass() {
        return javaClass;
    }

    public String summary() {
        return summary;
    }

    /** Only the map variant takes any attribute list; the others are fixed when compiled. */
    public boolean takesAttributes() {
        return this == STANDARD;
    }

    /** A new instance; attribute values are distinct per instance, keys are interned. */
    Object newInstance(AttributeNames attrs) {
        return switch (this) {
            case STANDARD -> new MapPoint(attrs.names());
            case SLOTTED -> new FieldPoint(1.5, 2.5);
            case DATACLASS_SLOTS -> new RecordPoint(1.5, 2.5);
            case CHILD_OF_SLOTTED -> new ChildPoint(1.5, 2.5);
            case BOXED -> new BoxedPoint(1.5, 2.5);
        };
    }

    /** Why the attribute list is not used, when it differs from the class's fixed fields. */
    Optional<String> shapeNote(AttributeNames attrs) {
        if (takesAttributes() || attrs.names().equals(FIXED_FIELDS)) {
            return Optional.empty();
        }
        return Optional.of(javaClass.getSimpleName() + "'s fields are fixed when it is compiled: x, y."
                + " The attribute list (" + attrs.display() + ") applies to the map-based variant only.");
    }

    public static Optional<JvmVariant> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
