package dev.slotscope.speed;

/** What is timed: reading an attribute or writing one. */
public enum Access {
    READ("read", "reads"),
    WRITE("write", "writes");

    private final String id;
    private final String plural;

    Access(String id, String plural) {
        this.id = id;
        this.plural = plural;
    }

    /** "read", as the JSON and the child's answer name it. */
    public String id() {
        return id;
    }

    /** "reads", for sentences. */
    public String plural() {
        return plural;
    }
}
