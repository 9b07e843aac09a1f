package dev.slotscope.jvm.samples;

/** The same fields as the {@code Point} that JavaSourceTest compiles from text: both must lay out alike. */
public class PlainPoint {
    int x;
    int y;
    String name;
}
