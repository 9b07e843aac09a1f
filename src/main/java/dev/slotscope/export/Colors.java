package dev.slotscope.export;

import java.awt.Color;

/** Palette text to Java2D colours. */
final class Colors {
    private Colors() {
    }

    static Color of(String hex) {
        return Color.decode(hex);
    }

    static Color of(String hex, double opacity) {
        Color c = Color.decode(hex);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
    }
}
