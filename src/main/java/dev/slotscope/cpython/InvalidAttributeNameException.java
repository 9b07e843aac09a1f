package dev.slotscope.cpython;

/** A user-supplied attribute name that Python would not accept; the message says why. */
public final class InvalidAttributeNameException extends IllegalArgumentException {
    public InvalidAttributeNameException(String message) {
        super(message);
    }
}
