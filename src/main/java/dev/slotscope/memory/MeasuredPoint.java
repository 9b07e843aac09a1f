package dev.slotscope.memory;

/**
 * A measurement drawn on the memory chart, beside the prediction it checks.
 *
 * @param series    the label of the chart's series that was measured, e.g. {@code standard}
 * @param predicted the prediction for the same class and count
 * @param measured  what the instances really took
 */
public record MeasuredPoint(String series, MemoryEstimate predicted, Measurement measured) {

    public MeasuredPoint {
        if (!predicted.count().equals(measured.count())) {
            throw new IllegalArgumentException("a measurement is compared with the prediction for the same count");
        }
    }

    public InstanceCount count() {
        return measured.count();
    }
}
