package dev.slotscope.jvm;

/** A class that cannot be found, loaded or laid out; the message is meant for the user. */
public final class JvmLensException extends IllegalArgumentException {
    public JvmLensException(String message) {
        super(message);
    }
}
