package dev.slotscope.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a scene shows: one object's layout, a growth step, the memory chart, variants side by side,
 * or how fast their attributes are read and written.
 */
public enum ViewKind {
    LAYOUT, GROW, MEMORY, COMPARE, SPEED;

    /** The name used in lesson files and on the command line, e.g. {@code grow}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ViewKind> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id().equals(id)).findFirst();
    }
}
