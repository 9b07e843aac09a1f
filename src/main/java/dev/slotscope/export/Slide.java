package dev.slotscope.export;

import dev.slotscope.theme.Palette;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A 16:9 slide, {@value #WIDTH} × {@value #HEIGHT} at 1x: the scene's title at the top, its
 * headline figure large beside it at the right margin (under it when both do not fit one line),
 * the picture fitted into the rest (scaled down or up, keeping its aspect) and centred, and the
 * scene's question as a takeaway line at the bottom.
 *
 * @param title    the scene's title
 * @param headline the figure the scene is about, e.g. "80 bytes per instance"
 * @param takeaway the scene's question, or empty
 * @param body     the picture: the scene's drawings or chart, with their legend
 * @param number   where the slide stands in the deck, e.g. "3 / 14", or empty
 * @param footer   a small line at the bottom naming runtime, variants and step, or empty
 */
public record Slide(String title, String headline, String takeaway, Picture body, String number, String footer)
        implements Picture {

    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;
    /** The smallest text a slide may have: a sixtieth of its height, readable from the back of a room. */
    public static final double MIN_TEXT = HEIGHT / 60;
    /**
     * A small picture is enlarged at most this much: beyond it, boxes look like posters and a
     * panel's heading (set in {@link Typography#SLIDE}) would outshout the slide's headline.
     */
    public static final double MAX_SCALE = 1.6;

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double MARGIN_X = 72;
    private static final double MARGIN_TOP = 32;
    private static final double MARGIN_BOTTOM = 28;
    private static final double GAP = 16;
    private static final double LINE = 1.22;
    private static final double TITLE_SIZE = 50;
    private static final double TITLE_SIZE_LONG = 42;
    private static final double HEADLINE_SIZE = 40;
    /** A long headline is set smaller to stay within the margins, down to this. */
    private static final double HEADLINE_SIZE_LEAST = 32;
    /** The least room between a title and a headline beside it. */
    private static final double HEADLINE_GAP = 64;
    private static final double TAKEAWAY_SIZE = 30;
    private static final double TAKEAWAY_SIZE_LONG = 26;
    private static final double TAKEAWAY_BAR = 8;
    private static final double TAKEAWAY_INDENT = 26;
    private static final double FOOTER_GAP = 10;

    public Slide {
        if (title == null || headline == null || takeaway == null || body == null || number == null || footer == null) {
            throw new NullPointerException("a slide's texts may be empty, not null");
        }
    }

    @Override
    public double width() {
        return WIDTH;
    }

    @Override
    public double height() {
        return HEIGHT;
    }

    /** Where everything goes, worked out once from the texts' measured widths. */
    private record Layout(List<String> titleLines, double titleSize, double headlineX, double headlineTop,
                          double headlineSize, Rectangle2D.Double bodyArea,
                          List<String> takeawayLines, double takeawaySize, double takeawayTop) {
    }

    private Layout layout(Typography type) {
        double textWidth = WIDTH - 2 * MARGIN_X;
        double titleSize = TITLE_SIZE;
        List<String> titleLines = wrap(title, type.slideTitle(titleSize), textWidth);
        if (titleLines.size() > 1) {
            titleSize = TITLE_SIZE_LONG;
            titleLines = wrap(title, type.slideTitle(titleSize), textWidth);
        }
        double y = MARGIN_TOP + titleLines.size() * titleSize * LINE;
        double headlineTop = y;
        double headlineX = MARGIN_X;
        double headlineWidth = type.slideHeadline(HEADLINE_SIZE).getStringBounds(headline, MEASURE).getWidth();
        double headlineSize = Math.max(HEADLINE_SIZE_LEAST, Math.min(HEADLINE_SIZE, HEADLINE_SIZE * textWidth / headlineWidth));
        double titleWidth = type.slideTitle(titleSize).getStringBounds(title, MEASURE).getWidth();
        if (titleLines.size() == 1 && titleWidth + HEADLINE_GAP + headlineWidth <= textWidth) {
            // Beside a short title, on its baseline at the right margin: a line more for the picture.
            headlineX = MARGIN_X + textWidth - headlineWidth;
            headlineTop = MARGIN_TOP + (titleSize - headlineSize) * Typography.ASCENT;
        } else if (!headline.isEmpty()) {
            y += headlineSize * LINE;
        }
        double takeawayWidth = textWidth - TAKEAWAY_INDENT;
        double takeawaySize = TAKEAWAY_SIZE;
        List<String> takeawayLines = wrap(takeaway, type.slideTakeaway(takeawaySize), takeawayWidth);
        if (takeawayLines.size() > 2) {
            takeawaySize = TAKEAWAY_SIZE_LONG;
            takeawayLines = wrap(takeaway, type.slideTakeaway(takeawaySize), takeawayWidth);
        }
        double takeawayHeight = takeawayLines.size() * takeawaySize * LINE;
        double footerHeight = type.slideNumber().getSize2D() * LINE;
        double takeawayTop = HEIGHT - MARGIN_BOTTOM - footerHeight - (takeawayLines.isEmpty() ? 0 : takeawayHeight + FOOTER_GAP);
        double bodyTop = y + GAP;
        double bodyBottom = takeawayTop - GAP;
        return new Layout(titleLines, titleSize, headlineX, headlineTop, headlineSize,
                new Rectangle2D.Double(MARGIN_X, bodyTop, textWidth, bodyBottom - bodyTop), takeawayLines, takeawaySize, takeawayTop);
    }

    /** The room the picture is fitted into, in slide pixels at 1x. */
    public Rectangle2D.Double bodyArea() {
        return layout(Typography.DEFAULT).bodyArea();
    }

    /** How much the picture is scaled to fit its room: more than 1 enlarges it. */
    public double bodyScale() {
        return scaleToFit(body, bodyArea());
    }

    /** The scale that fits {@code picture} into {@code area}, keeping its aspect, at most {@link #MAX_SCALE}. */
    public static double scaleToFit(Picture picture, Rectangle2D area) {
        return Math.min(MAX_SCALE, Math.min(area.getWidth() / picture.width(), area.getHeight() / picture.height()));
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        Palette p = painting.palette();
        Typography type = painting.type();
        Layout l = layout(type);
        g.setColor(Colors.of(p.paper()));
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));

        g.setColor(Colors.of(p.ink()));
        g.setFont(type.slideTitle(l.titleSize()));
        double y = MARGIN_TOP;
        for (String line : l.titleLines()) {
            g.drawString(line, (float) MARGIN_X, LayoutPicture.baseline(y, g));
            y += l.titleSize() * LINE;
        }
        if (!headline.isEmpty()) {
            g.setColor(Colors.of(p.accent()));
            g.setFont(type.slideHeadline(l.headlineSize()));
            g.drawString(headline, (float) l.headlineX(), LayoutPicture.baseline(l.headlineTop(), g));
        }

        Rectangle2D.Double area = l.bodyArea();
        double s = scaleToFit(body, area);
        AffineTransform saved = g.getTransform();
        g.translate(area.x + (area.width - body.width() * s) / 2, area.y + (area.height - body.height() * s) / 2);
        g.scale(s, s);
        body.paint(g, painting);
        g.setTransform(saved);

        if (!l.takeawayLines().isEmpty()) {
            double height = l.takeawayLines().size() * l.takeawaySize() * LINE;
            g.setColor(Colors.of(p.accent()));
            g.fill(new Rectangle2D.Double(MARGIN_X, l.takeawayTop(), TAKEAWAY_BAR, height));
            g.setColor(Colors.of(p.ink()));
            g.setFont(type.slideTakeaway(l.takeawaySize()));
            double top = l.takeawayTop() + (l.takeawaySize() * LINE - l.takeawaySize()) / 2;
            for (String line : l.takeawayLines()) {
                g.drawString(line, (float) (MARGIN_X + TAKEAWAY_INDENT), LayoutPicture.baseline(top, g));
                top += l.takeawaySize() * LINE;
            }
        }
        Font font = type.slideNumber();
        g.setFont(font);
        g.setColor(Colors.of(p.inkSoft()));
        float footerBase = LayoutPicture.baseline(HEIGHT - MARGIN_BOTTOM - font.getSize2D() * LINE, g);
        if (!footer.isEmpty()) {
            g.drawString(footer, (float) MARGIN_X, footerBase);
        }
        if (!number.isEmpty()) {
            double w = font.getStringBounds(number, MEASURE).getWidth();
            g.drawString(number, (float) (WIDTH - MARGIN_X - w), footerBase);
        }
    }

    /** {@code text} broken at spaces into lines no wider than {@code width} (a longer word stands alone). */
    static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        if (text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringBounds(candidate, MEASURE).getWidth() > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
