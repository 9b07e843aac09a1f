package dev.slotscope.export;

import dev.slotscope.layout.RegionKind;
import dev.slotscope.theme.Palette;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The key to a picture's boxes: for each kind of region the picture shows, a swatch in the
 * palette's fill for it (dashed where the boxes are) and the kind's name, in rows no wider than
 * the picture. Its text is as large as a box's label, so it reads wherever the boxes do.
 */
public record Legend(List<RegionKind> kinds, double maxWidth, Typography type) implements Picture {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double SWATCH_WIDTH = 28;
    private static final double SWATCH_HEIGHT = 18;
    private static final double SWATCH_GAP = 7;
    private static final double ITEM_GAP = 22;
    private static final double ROW = 26;
    private static final float[] DASH = {4, 3};

    public Legend(Set<RegionKind> kinds, double maxWidth) {
        this(kinds, maxWidth, Typography.DEFAULT);
    }

    /** A legend set in {@code type}: its swatches and rows grow with its text. */
    public Legend(Set<RegionKind> kinds, double maxWidth, Typography type) {
        this(List.copyOf(kinds), maxWidth, type);
    }

    public Legend {
        kinds = List.copyOf(kinds);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a legend needs at least one kind");
        }
    }

    /** An item's left edge and row, in order of {@link #kinds}. */
    private record Item(RegionKind kind, double x, int row) {
    }

    /** The same kinds in a list of one item a row, to stand beside a picture rather than under it. */
    public Legend beside() {
        return new Legend(kinds, 0, type);
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        double x = 0;
        int row = 0;
        for (RegionKind kind : kinds) {
            double w = itemWidth(kind);
            if (x > 0 && x + w > maxWidth) {
                row++;
                x = 0;
            }
            items.add(new Item(kind, x, row));
            x += w + ITEM_GAP;
        }
        return items;
    }

    private double itemWidth(RegionKind kind) {
        return swatchWidth() + SWATCH_GAP + type.legend().getStringBounds(kind.title(), MEASURE).getWidth();
    }

    /** The legend's sizes grow as its text does. */
    private double grown(double size) {
        return size * type.legend().getSize2D() / Typography.DEFAULT.legend().getSize2D();
    }

    private double swatchWidth() {
        return grown(SWATCH_WIDTH);
    }

    private double row() {
        return grown(ROW);
    }

    @Override
    public double width() {
        return items().stream().mapToDouble(i -> i.x() + itemWidth(i.kind())).max().orElse(0);
    }

    @Override
    public double height() {
        return (items().get(items().size() - 1).row() + 1) * row();
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        Palette p = painting.palette();
        Font font = type.legend();
        double row = row();
        double swatchHeight = grown(SWATCH_HEIGHT);
        for (Item item : items()) {
            double top = item.row() * row + (row - swatchHeight) / 2;
            Rectangle2D.Double swatch = new Rectangle2D.Double(item.x(), top, swatchWidth(), swatchHeight);
            g.setColor(Colors.of(p.fill(item.kind())));
            g.fill(swatch);
            Stroke old = g.getStroke();
            g.setStroke(LayoutPicture.DASHED.contains(item.kind())
                    ? new BasicStroke((float) p.borderWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, DASH, 0)
                    : new BasicStroke((float) p.borderWidth()));
            g.setColor(Colors.of(p.line()));
            g.draw(swatch);
            g.setStroke(old);
            g.setFont(font);
            g.setColor(Colors.of(p.ink()));
            double textTop = item.row() * row + (row - font.getSize2D()) / 2;
            g.drawString(item.kind().title(), (float) (item.x() + swatchWidth() + SWATCH_GAP), LayoutPicture.baseline(textTop, g));
        }
    }
}
