package dev.slotscope.memory;

/** The user cancelled a measurement; nothing was measured. */
public final class MeasurementCancelledException extends RuntimeException {
    public MeasurementCancelledException() {
        super("measurement cancelled");
    }
}
