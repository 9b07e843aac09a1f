package dev.slotscope.theme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The looks a view can be shown and exported in. */
public enum Theme {
    LIGHT, DARK, HIGH_CONTRAST;

    /** The name used in lesson files and on the command line, e.g. {@code high-contrast}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Theme> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
