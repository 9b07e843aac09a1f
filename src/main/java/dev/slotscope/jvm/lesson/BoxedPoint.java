package dev.slotscope.jvm.lesson;

/** {@link FieldPoint} with {@code Double} instead of {@code double}: what boxing costs. */
public final class BoxedPoint {
    private Double x;
    private Double y;

    public BoxedPoint(Double x, Double y) {
        this.x = x;
        this.y = y;
    }

    public Double x() {
        return x;
    }

    public Double y() {
        return y;
    }
}
