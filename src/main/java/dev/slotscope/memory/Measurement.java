package dev.slotscope.memory;

/**
 * Memory really used by N instances, measured.
 *
 * @param count      how many instances were made
 * @param totalBytes what they took together
 * @param measuredBy which VM or interpreter measured it, and how
 */
public record Measurement(InstanceCount count, long totalBytes, String measuredBy) {

    public double bytesPerInstance() {
        return (double) totalBytes / count.value();
    }

    /** The difference to a prediction, in percent of the prediction. */
    public double differencePercent(MemoryEstimate predicted) {
        return 100.0 * (totalBytes - predicted.totalBytes()) / predicted.totalBytes();
    }
}
