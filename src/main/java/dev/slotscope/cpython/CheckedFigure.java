package dev.slotscope.cpython;

/** What the live check compares between the model and the real interpreter, in the order it is shown. */
public enum CheckedFigure {
    OUTCOME("outcome", "outcome"),
    BASICSIZE("basic size", "basicsize"),
    DICTOFFSET("dict offset", "dictoffset"),
    WEAKREFOFFSET("weakref offset", "weakrefoffset"),
    GETSIZEOF("sys.getsizeof", "getsizeof"),
    BYTES_PER_INSTANCE("bytes per instance", "bytesPerInstance"),
    SLOTS("slots (offset name)", "slots"),
    DICT_KEYS("__dict__ keys", "dictKeys");

    private final String label;
    private final String jsonKey;

    CheckedFigure(String label, String jsonKey) {
        this.label = label;
        this.jsonKey = jsonKey;
    }

    /** How a table row names it. */
    public String label() {
        return label;
    }

    /** Its key in the CLI's JSON, as {@code describe} names the model's figure. */
    public String jsonKey() {
        return jsonKey;
    }
}
