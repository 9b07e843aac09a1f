package dev.slotscope.theme;

import dev.slotscope.layout.RegionKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every colour of a theme, in one place, as {@code #rrggbb} text: the window turns it into a
 * stylesheet and the exporters paint with it, so a picture on a slide looks like the window.
 *
 * @param paper      the background
 * @param panel      the background of side panels
 * @param ink        text
 * @param inkSoft    secondary text
 * @param line       box borders
 * @param arrow      pointer arrows
 * @param accent     the current choice, the selected box
 * @param good       savings
 * @param bad        errors
 * @param badge      the "shared by all instances" badge
 * @param caption    text laid over runs of small boxes
 * @param highlight  the border of a box a growth beat lights up
 * @param borderWidth width of box borders, wider when contrast matters most
 * @param fills      the fill of each kind of region
 * @param series     line and bar colours of a chart's variants, in order (chosen to stay apart for
 *                   colour-blind viewers; lines also differ by dash pattern)
 */
public record Palette(String paper, String panel, String ink, String inkSoft, String line, String arrow, String accent,
                      String good, String bad, String badge, String caption, String highlight, double borderWidth,
                      Map<RegionKind, String> fills, List<String> series) {

    public Palette {
        fills = Map.copyOf(fills);
        series = List.copyOf(series);
        for (RegionKind kind : RegionKind.values()) {
            Objects.requireNonNull(fills.get(kind), () -> "no fill for " + kind);
        }
    }

    public String fill(RegionKind kind) {
        return fills.get(kind);
    }

    /** The colour of the {@code i}-th series of a chart. */
    public String series(int i) {
        return series.get(i % series.size());
    }

    public static Palette of(Theme theme) {
        return switch (theme) {
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            case HIGH_CONTRAST -> HIGH_CONTRAST;
        };
    }

    /*
     * Fills follow the kind's role: headers in violets, pointers in oranges, attribute storage in
     * greens, hash tables in yellows, empty room pale. Neighbouring kinds differ in lightness too,
     * so they stay apart for colour-blind viewers; labels and border styles tell them apart anyway.
     */
    private static final Palette LIGHT = new Palette("#fbfaf7", "#f1efe9", "#1f2933", "#52606d", "#5b6770", "#37474f",
            "#2f6f9f", "#2e7d4f", "#b3261e", "#6b5b95", "#5c4a00", "#d9480f", 1, fills(
            "#dcd6ea", "#e4dcef", "#cfd8dc", "#b9d2e6", "#f6b889", "#f9d2ad", "#cdb9de", "#93d3bd", "#e8e2c8",
            "#add8a5", "#eef4ea", "#dfe6ee", "#ffe49a", "#fad9a8", "#f5c390", "#f3e5cf", "#f8f3ea", "#dcd6ea",
            "#b9d2e6", "#dfe6ee", "#93d3bd", "#f6b889", "#ffe49a", "#ffffff", "#e9e4f0", "#ffd36b"),
            List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00"));

    private static final Palette DARK = new Palette("#1b1f24", "#242a31", "#e6e9ed", "#a9b4bf", "#8b98a5", "#b0bec5",
            "#6cb4ee", "#7bd389", "#ff8a80", "#9c8ac9", "#ffe08a", "#ff9f5a", 1, fills(
            "#4a4360", "#514866", "#3d4a52", "#2f4d66", "#8a5530", "#7a5a3c", "#5e4a75", "#2f6f5c", "#5a5438",
            "#3f6b3a", "#2b332c", "#3a4350", "#7a6520", "#7d5a2a", "#8a5a2c", "#5c5140", "#2e2b27", "#4a4360",
            "#2f4d66", "#3a4350", "#2f6f5c", "#8a5530", "#7a6520", "#23272c", "#38343f", "#8a7020"),
            List.of("#56b4e9", "#f0c040", "#40c8a0", "#e08cc0", "#a0d8ff", "#ff8040"));

    private static final Palette HIGH_CONTRAST = new Palette("#ffffff", "#f0f0f0", "#000000", "#1a1a1a", "#000000",
            "#000000", "#0040c0", "#006020", "#c00000", "#3c1e78", "#000000", "#c00000", 2, fills(
            "#c8b8ff", "#d8c8ff", "#c0c0c0", "#80c0ff", "#ff9a3c", "#ffc890", "#b080ff", "#40d0a0", "#e0d080",
            "#80e070", "#ffffff", "#d0e0f0", "#ffd800", "#ffb860", "#ff9a3c", "#ffe8c0", "#ffffff", "#c8b8ff",
            "#80c0ff", "#d0e0f0", "#40d0a0", "#ff9a3c", "#ffd800", "#ffffff", "#e8e8e8", "#ffc000"),
            List.of("#0050a0", "#b06000", "#007050", "#a0207a", "#000000", "#c02000"));

    /** Fills in the order of {@link RegionKind}'s constants. */
    private static Map<RegionKind, String> fills(String... colours) {
        RegionKind[] kinds = RegionKind.values();
        if (colours.length != kinds.length) {
            throw new IllegalStateException(colours.length + " fills for " + kinds.length + " kinds");
        }
        Map<RegionKind, String> map = new EnumMap<>(RegionKind.class);
        for (int i = 0; i < kinds.length; i++) {
            map.put(kinds[i], colours[i]);
        }
        return map;
    }
}
