package dev.slotscope.cpython;

import java.util.Arrays;
import java.util.Optional;

/** The lesson's class variants. Their ids are the same in the UI, the CLI and files. */
public enum Variant {
    STANDARD("standard", "StandardPoint", "attributes live in a __dict__"),
    SLOTTED("slotted", "SlottedPoint", "__slots__: fixed slots, no __dict__"),
    DATACLASS_SLOTS("dataclass-slots", "DataPoint", "@dataclass(slots=True)"),
    CHILD_OF_SLOTTED("child-of-slotted", "ChildOfSlotted", "subclass of SlottedPoint without __slots__"),
    SLOTTED_WEAKREF("slotted-weakref", "WeakSlottedPoint", "__slots__ plus '__weakref__'");

    private final String id;
    private final String className;
    private final String summary;

    Variant(String id, String className, String summary) {
        this.id = id;
        this.className = className;
        this.summary = summary;
    }

    public String id() {
        return id;
    }

    /** The Python class name, which also appears in its AttributeError. */
    public String className() {
        return className;
    }

    public String summary() {
        return summary;
    }

    /**
     * The class whose body writes the attributes (its {@code __init__}, {@code __slots__} or
     * fields), whose name Python mangles private names with: the child's parent for
     * child-of-slotted.
     */
    public String declaringClassName() {
        return this == CHILD_OF_SLOTTED ? SLOTTED.className : className;
    }

    /**
     * The attribute names as this class stores them: private names mangled, and without
     * {@code '__dict__'} and {@code '__weakref__'}, which in {@code __slots__} ask for a dict or a
     * weak-reference list rather than name an attribute. Throws
     * {@link InvalidAttributeNameException} where Python gives them no such meaning.
     */
    public AttributeNames stored(AttributeNames written) {
        for (String special : AttributeNames.SLOT_REQUESTS) {
            if (written.contains(special)) {
                checkRequest(special);
            }
        }
        return written.withoutSlotRequests().storedIn(declaringClassName());
    }

    private void checkRequest(String special) {
        String why = switch (this) {
            case STANDARD -> "'" + special + "' means something only in __slots__: " + className
                    + " has no __slots__, and its instances already have a __dict__ and a __weakref__";
            case DATACLASS_SLOTS -> "a dataclass field cannot be named " + special;
            case SLOTTED_WEAKREF -> special.equals("__weakref__") ? "'__weakref__' is already in " + className
                    + "'s __slots__ (Python: TypeError: __weakref__ slot disallowed: we already got one)" : null;
            default -> null;
        };
        if (why != null) {
            throw new InvalidAttributeNameException(why);
        }
    }

    public boolean availableIn(CPythonVersion version) {
        return this != DATACLASS_SLOTS || version.hasDataclassSlots();
    }

    /** The first version that has it: {@code @dataclass(slots=True)} came with 3.10. */
    public CPythonVersion firstVersion() {
        return Arrays.stream(CPythonVersion.values()).filter(this::availableIn).findFirst().orElseThrow();
    }

    /** Why {@code version} cannot lay it out, in one line. */
    public String unavailableIn(CPythonVersion version) {
        return id + " needs Python " + firstVersion().number() + " or later: " + summary + " does not exist in "
                + version.displayName();
    }

    /** The Python source of the class for the given attributes, as the recorder defines it. */
    public String pythonSource(AttributeNames attrs) {
        return PythonSource.of(this, attrs);
    }

    public static Optional<Variant> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
