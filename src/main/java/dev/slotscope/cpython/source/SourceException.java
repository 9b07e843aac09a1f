package dev.slotscope.cpython.source;

/**
 * A class source that cannot be laid out, at a line: either outside the subset Slotscope reads,
 * or a class Python itself refuses (then the message is Python's, as {@code TypeError: …}).
 */
public final class SourceException extends RuntimeException {

    private final int line;

    public SourceException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line, from 1. */
    public int line() {
        return line;
    }

    /** "line 4: TypeError: …", the one sentence the window and the CLI show. */
    public String sentence() {
        return "line " + line + ": " + getMessage();
    }
}
