package dev.slotscope.cpython;

/** No local CPython of the needed version; the message says where Slotscope looked. */
public final class NoInterpreterException extends RuntimeException {
    public NoInterpreterException(String message) {
        super(message);
    }
}
