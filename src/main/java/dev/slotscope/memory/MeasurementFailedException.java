package dev.slotscope.memory;

/** A measurement could not be made or read; the message says what went wrong. */
public final class MeasurementFailedException extends RuntimeException {
    public MeasurementFailedException(String message) {
        super(message);
    }
}
