package dev.slotscope.export;

import dev.slotscope.theme.Palette;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;

/** One line of text in one of a few roles (a heading, body text, a note, an outcome), set in a typography. */
public record TextLine(String text, Role role, Typography type) implements Picture {

    /** Measures text without a screen. */
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    /** Room above and below the text, as a share of its size. */
    private static final double LINE_HEIGHT = 1.45;

    /** What the line is, which decides its font and colour. */
    public enum Role {
        HEADING, BODY, NOTE, GOOD, ERROR
    }

    /** A line in the window's type. */
    public TextLine(String text, Role role) {
        this(text, role, Typography.DEFAULT);
    }

    @Override
    public double width() {
        return font(type).getStringBounds(text, MEASURE).getWidth();
    }

    /** The line broken at spaces into lines no wider than {@code width}, in the same role. */
    public java.util.List<TextLine> wrapped(double width) {
        return Slide.wrap(text, font(type), width).stream().map(t -> new TextLine(t, role, type)).toList();
    }

    /** The size of the line's type, before any scaling. */
    public double fontSize() {
        return font(type).getSize2D();
    }

    @Override
    public double height() {
        return Math.ceil(font(type).getSize2D() * LINE_HEIGHT);
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        Font font = font(type);
        g.setFont(font);
        g.setColor(Colors.of(colour(painting.palette())));
        float top = (float) ((height() - font.getSize2D()) / 2);
        g.drawString(text, 0, LayoutPicture.baseline(top, g));
    }

    private Font font(Typography type) {
        return switch (role) {
            case HEADING -> type.heading();
            case BODY, GOOD -> type.body();
            case NOTE -> type.objectDetail();
            case ERROR -> type.mono();
        };
    }

    private String colour(Palette p) {
        return switch (role) {
            case HEADING, BODY -> p.ink();
            case NOTE -> p.inkSoft();
            case GOOD -> p.good();
            case ERROR -> p.bad();
        };
    }
}
