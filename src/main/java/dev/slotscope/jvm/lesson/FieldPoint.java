package dev.slotscope.jvm.lesson;

/** Fixed fields: the analogue of {@code __slots__ = ('x', 'y')}. */
public final class FieldPoint {
    private double x;
    private double y;

    public FieldPoint(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public void setX(double x) {
        this.x = x;
    }

    public void setY(double y) {
        this.y = y;
    }
}
