package dev.slotscope.cpython;

/** The variant cannot be written in the chosen Python version; the message says why. */
public final class UnsupportedVariantException extends IllegalArgumentException {
    public UnsupportedVariantException(String message) {
        super(message);
    }
}
