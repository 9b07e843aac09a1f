package dev.slotscope.layout;

/**
 * What a run of bytes inside an object is for. The set is shared by every lens, so the palette,
 * legend and explanations are defined once per kind.
 */
public enum RegionKind {
    GC_HEADER("GC header", "Bookkeeping for the cyclic garbage collector, stored just before the object."),
    PREHEADER("managed pre-header", "A pointer CPython keeps before the object for instances with a managed dict or weakref list."),
    REFCOUNT("reference count", "How many references point at this object; it is freed when this drops to zero."),
    TYPE_POINTER("type pointer", "Points at the object's class."),
    DICT_POINTER("dict pointer", "Points at the instance's __dict__, or is empty until a dict is needed."),
    VALUES_POINTER("values pointer", "Points at the array that holds the attribute values without a full dict."),
    WEAKREF_POINTER("weakref list", "Head of the list of weak references to this object."),
    SLOT("slot", "A fixed place for one attribute, created by __slots__."),
    VALUES_HEADER("values header", "Capacity, count and insertion order of the attribute values."),
    VALUE("value", "A pointer to one attribute's value."),
    SPARE("spare value", "Room for one more attribute value, not used yet."),
    OBJECT_FIELD("field", "A field of the object's own C structure."),
    INDEX("index slot", "One bucket of the hash table: the number of the entry stored there, or empty."),
    ENTRY_HASH("entry hash", "The cached hash of the key of one dict entry."),
    ENTRY_KEY("entry key", "A pointer to the key of one dict entry."),
    ENTRY_VALUE("entry value", "A pointer to the value of one dict entry."),
    UNUSED_ENTRY("free entry", "Room for one more dict entry, not used yet."),
    MARK_WORD("mark word", "The JVM's per-object header word: hash code, lock state and GC age."),
    CLASS_WORD("class word", "Points at the object's class; compressed to 4 bytes when the JVM can."),
    ARRAY_LENGTH("array length", "The number of elements of an array."),
    FIELD("field", "A field with a primitive value, stored in the object itself."),
    REFERENCE("reference", "A field that points at another object (4 bytes with compressed oops)."),
    ELEMENT("element", "One element of an array."),
    PADDING("padding", "Bytes that hold nothing, kept so that what follows is aligned."),
    TYPE_FIELDS("type object fields", "The rest of a class object: its name, bases, sizes, flags and method slots,"
            + " drawn shortened."),
    BUCKET("bucket", "One bucket of a HashMap's table: a reference to the first node of the chain of keys whose"
            + " hashes pick it, or null.");

    private final String title;
    private final String explanation;

    RegionKind(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    /** Lower-case name for legends and screen readers, e.g. "dict pointer". */
    public String title() {
        return title;
    }

    /** One sentence on why such bytes exist. */
    public String explanation() {
        return explanation;
    }

    /** The name used in JSON and CSS, e.g. {@code dict-pointer}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
