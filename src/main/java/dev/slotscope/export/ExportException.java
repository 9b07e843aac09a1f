package dev.slotscope.export;

/** An export that could not be done, with one sentence a user can act on. */
public class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
