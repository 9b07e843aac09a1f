package dev.slotscope.jvm.lesson;

/** The same fields as {@link FieldPoint}, in a class that may be extended. */
public class ExtensiblePoint {
    protected double x;
    protected double y;

    public ExtensiblePoint(double x, double y) {
        this.x = x;
        this.y = y;
    }
}
