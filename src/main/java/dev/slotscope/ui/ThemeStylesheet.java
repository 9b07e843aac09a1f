package dev.slotscope.ui;

import dev.slotscope.layout.RegionKind;
import dev.slotscope.theme.Palette;
import dev.slotscope.theme.Theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A theme's {@link Palette} as a stylesheet: the looked-up colours {@code slotscope.css} uses
 * ({@code -ink}, {@code -paper}, ...) and one rule per region kind. The palette stays the one
 * place colours are defined, for the window and for exported pictures alike.
 */
final class ThemeStylesheet {

    /** How much of a signal colour tints the paper behind it (error and note banners, the current row). */
    private static final double TINT = 0.14;
    private static final double BAR_TINT = 0.6;
    private static final double CAPTION_OPACITY = 0.72;

    private ThemeStylesheet() {
    }

    /** The stylesheet as a {@code data:} URL a scene can add to its stylesheets. */
    static String url(Theme theme) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(theme).getBytes(StandardCharsets.UTF_8));
    }

    static String css(Theme theme) {
        Palette p = Palette.of(theme);
        StringBuilder css = new StringBuilder();
        css.append(".root {\n")
                .append(colour("-ink", p.ink()))
                .append(colour("-ink-soft", p.inkSoft()))
                .append(colour("-paper", p.paper()))
                .append(colour("-panel", p.panel()))
                .append(colour("-line", p.line()))
                .append(colour("-rule", mix(p.line(), p.paper(), 0.3)))
                .append(colour("-arrow", p.arrow()))
                .append(colour("-accent", p.accent()))
                .append(colour("-good", p.good()))
                .append(colour("-bad", p.bad()))
                .append(colour("-bad-paper", mix(p.bad(), p.paper(), TINT)))
                .append(colour("-badge", p.badge()))
                .append(colour("-caption-ink", p.caption()))
                .append(colour("-note-paper", mix(p.fill(RegionKind.INDEX), p.paper(), 0.4)))
                .append(colour("-current-paper", mix(p.accent(), p.paper(), TINT)))
                .append(colour("-bar", mix(p.accent(), p.paper(), BAR_TINT)))
                .append(colour("-highlight", p.highlight()))
                .append(colour("-highlight-paper", mix(p.highlight(), p.paper(), 0.3)))
                .append("}\n");
        css.append(String.format(Locale.ROOT, ".region-box { -fx-border-width: %.1fpx; }%n", p.borderWidth()));
        for (RegionKind kind : RegionKind.values()) {
            css.append(".kind-").append(kind.id()).append(" { -fx-background-color: ").append(p.fill(kind)).append("; }\n");
        }
        css.append(String.format(Locale.ROOT, ".box-caption { -fx-background-color: %s; }%n",
                rgba(p.fill(RegionKind.INDEX), CAPTION_OPACITY)));
        for (int i = 0; i < 8; i++) {
            css.append(String.format(".default-color%d.chart-bar { -fx-bar-fill: %s; }%n", i, p.series(i)));
            css.append(String.format(".default-color%d.chart-series-line { -fx-stroke: %s; }%n", i, p.series(i)));
            css.append(String.format(".default-color%d.chart-line-symbol { -fx-background-color: %s, %s; }%n", i, p.series(i), p.paper()));
        }
        return css.toString();
    }

    private static String colour(String name, String value) {
        return "    " + name + ": " + value + ";\n";
    }

    /** {@code share} of colour {@code a} over colour {@code b}. */
    static String mix(String a, String b, double share) {
        int ca = Integer.parseInt(a.substring(1), 16);
        int cb = Integer.parseInt(b.substring(1), 16);
        int r = blend(ca >> 16, cb >> 16, share);
        int g = blend(ca >> 8, cb >> 8, share);
        int bl = blend(ca, cb, share);
        return String.format("#%02x%02x%02x", r, g, bl);
    }

    private static int blend(int a, int b, double share) {
        return (int) Math.round((a & 0xff) * share + (b & 0xff) * (1 - share));
    }

    private static String rgba(String hex, double opacity) {
        int c = Integer.parseInt(hex.substring(1), 16);
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.2f)", c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff, opacity);
    }
}
