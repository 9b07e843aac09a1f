package dev.slotscope.export;

import dev.slotscope.memory.ChartAxis;
import dev.slotscope.memory.MeasuredPoint;
import dev.slotscope.memory.MemoryChartModel;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.theme.Palette;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The memory view as a picture: a bar per series for N instances, and total memory against the
 * number of instances on linear axes from 0, N marked, with any measurement drawn as a point beside
 * its prediction. What the axes show and how figures are written is decided by
 * {@link MemoryChartModel}, for this picture and the window alike; this class only paints it.
 * Series differ by colour and by dash pattern.
 */
public record MemoryChart(MemoryChartModel model) implements Picture {

    /**
     * Each bar row is also the series' legend: its line's swatch and name beside its bar and total,
     * what each instance costs under the bar (so the panel stays narrow and the chart large).
     */
    private static final double BAR_LABEL_X = 38;
    private static final double MIN_LABEL_WIDTH = 130;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double BAR_MAX_WIDTH = 150;
    private static final double BAR_ROW = 46;
    /** The bar's top within its row; the per-instance line sits under it. */
    private static final double BAR_TOP = 4;
    private static final double BAR_HEIGHT = 20;
    private static final double PANEL_GAP = 24;
    private static final double PLOT_WIDTH = 440;
    private static final double PLOT_HEIGHT = 260;
    private static final double AXIS_ROOM_LEFT = 76;
    private static final double AXIS_ROOM_BOTTOM = 52;
    /** Above the plot: a row for the memory axis's title, a row for the N marker's label. */
    private static final double TITLE_ROW = 24;
    private static final double PLOT_TOP = 2 * TITLE_ROW;
    private static final double LEGEND_SWATCH = 28;
    private static final double TICK = 5;
    private static final double RIGHT_MARGIN = 40;
    private static final double LABEL_GAP = 8;
    private static final double LINE_WIDTH = 2.4;
    private static final double MARKER_RADIUS = 4.5;
    /**
     * How much wider each earlier series is drawn than the next, and its dots larger: series with
     * the same figures (standard and child-of-slotted on 3.12) lie on one line, and the earlier one
     * then shows as a border around the later one instead of vanishing under it.
     */
    private static final double WIDER = 0.7;
    private static final double MEASURED_RADIUS = 8;
    private static final float[][] DASHES = {null, {8, 4}, {2, 3}, {10, 3, 2, 3}, {5, 5}, {1, 2}};

    public MemoryChart {
        if (model == null) {
            throw new IllegalArgumentException("a memory chart needs its model");
        }
    }

    /** Where the bars start: right of the longest series name, so no name is ever cut. */
    private double barX() {
        Font font = Typography.DEFAULT.body();
        double longest = model.series().stream().mapToDouble(e -> font.getStringBounds(e.label(), MEASURE).getWidth()).max().orElse(0);
        return BAR_LABEL_X + Math.max(MIN_LABEL_WIDTH, longest) + 12;
    }

    private double barPanelWidth() {
        Font value = Typography.DEFAULT.objectDetail();
        Font small = Typography.DEFAULT.small();
        double values = model.series().stream().mapToDouble(e -> value.getStringBounds(model.valueLabel(e), MEASURE).getWidth())
                .max().orElse(0);
        double perInstance = model.series().stream()
                .mapToDouble(e -> small.getStringBounds(model.perInstanceLabel(e), MEASURE).getWidth()).max().orElse(0);
        return barX() + Math.max(BAR_MAX_WIDTH + 8 + values, perInstance);
    }

    @Override
    public double width() {
        return barPanelWidth() + PANEL_GAP + AXIS_ROOM_LEFT + PLOT_WIDTH + RIGHT_MARGIN;
    }

    @Override
    public double height() {
        double bars = PLOT_TOP + (model.series().size() + 1) * BAR_ROW;
        double plot = PLOT_TOP + PLOT_HEIGHT + AXIS_ROOM_BOTTOM;
        return Math.max(bars, plot);
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        paintBars(g, painting);
        paintPlot(g, painting, barPanelWidth() + PANEL_GAP + AXIS_ROOM_LEFT);
    }

    private void paintBars(Graphics2D g, Painting painting) {
        Palette p = painting.palette();
        List<MemoryEstimate> series = model.series();
        double max = series.stream().mapToLong(MemoryEstimate::totalBytes).max().orElse(1);
        Stroke plain = new BasicStroke(1);
        double barX = barX();
        for (int i = 0; i < series.size(); i++) {
            MemoryEstimate e = series.get(i);
            double top = PLOT_TOP + i * BAR_ROW;
            double middle = top + BAR_TOP + BAR_HEIGHT / 2;
            g.setColor(Colors.of(p.series(i)));
            g.setStroke(seriesStroke(i, series.size()));
            g.draw(new Line2D.Double(0, middle, LEGEND_SWATCH, middle));
            g.setStroke(plain);
            g.setFont(painting.type().body());
            g.setColor(Colors.of(p.ink()));
            float base = (float) (middle + g.getFont().getSize2D() * 0.35);
            g.drawString(e.label(), (float) BAR_LABEL_X, base);
            double w = max <= 0 ? 0 : BAR_MAX_WIDTH * e.totalBytes() / max;
            g.setColor(Colors.of(p.series(i)));
            g.fill(new Rectangle2D.Double(barX, top + BAR_TOP, w, BAR_HEIGHT));
            g.setFont(painting.type().objectDetail());
            g.setColor(Colors.of(p.ink()));
            g.drawString(model.valueLabel(e), (float) (barX + w + 8), base);
            g.setFont(painting.type().small());
            g.setColor(Colors.of(p.inkSoft()));
            g.drawString(model.perInstanceLabel(e), (float) barX, (float) (top + BAR_TOP + BAR_HEIGHT + 15));
        }
        g.setFont(painting.type().small());
        g.setColor(Colors.of(p.inkSoft()));
        g.drawString("total at " + model.markerLabel(), (float) barX, (float) (PLOT_TOP - 8));
        if (!model.measured().isEmpty()) {
            double middle = PLOT_TOP + series.size() * BAR_ROW + BAR_TOP + BAR_HEIGHT / 2;
            diamond(g, p, LEGEND_SWATCH / 2, middle);
            g.setFont(painting.type().objectDetail());
            g.setColor(Colors.of(p.ink()));
            g.drawString("measured, beside the dot of its prediction", (float) BAR_LABEL_X,
                    (float) (middle + g.getFont().getSize2D() * 0.35));
        }
    }

    private void paintPlot(Graphics2D g, Painting painting, double left) {
        Palette p = painting.palette();
        double top = PLOT_TOP;
        double bottom = top + PLOT_HEIGHT;
        double right = left + PLOT_WIDTH;
        ChartAxis xAxis = model.x();
        ChartAxis yAxis = model.y();
        Stroke plain = new BasicStroke(1);
        g.setFont(painting.type().objectDetail());
        FontMetrics m = g.getFontMetrics();
        // Grid lines first, faint, so values can be read across; the lines go over them.
        Composite opaque = g.getComposite();
        for (ChartAxis.Tick t : yAxis.ticks()) {
            double y = bottom - PLOT_HEIGHT * yAxis.fraction(t.value());
            if (t.value() > 0) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
                g.setColor(Colors.of(p.line()));
                g.setStroke(plain);
                g.draw(new Line2D.Double(left, y, right, y));
                g.setComposite(opaque);
            }
            g.setColor(Colors.of(p.line()));
            g.draw(new Line2D.Double(left - TICK, y, left, y));
            g.setColor(Colors.of(p.inkSoft()));
            g.drawString(t.label(), (float) (left - TICK - 4 - m.stringWidth(t.label())), (float) (y + m.getAscent() / 2.0 - 2));
        }
        for (ChartAxis.Tick t : xAxis.ticks()) {
            double x = left + PLOT_WIDTH * xAxis.fraction(t.value());
            g.setColor(Colors.of(p.line()));
            g.draw(new Line2D.Double(x, bottom, x, bottom + TICK));
            g.setColor(Colors.of(p.inkSoft()));
            g.drawString(t.label(), (float) (x - m.stringWidth(t.label()) / 2.0), (float) (bottom + TICK + m.getAscent() + 2));
        }
        g.setColor(Colors.of(p.line()));
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.draw(new Line2D.Double(left, bottom, right, bottom));
        g.setFont(painting.type().body());
        FontMetrics titles = g.getFontMetrics();
        g.setColor(Colors.of(p.ink()));
        g.drawString(yAxis.title(), (float) (left - AXIS_ROOM_LEFT), (float) (titles.getAscent()));
        g.drawString(xAxis.title(), (float) (left + (PLOT_WIDTH - titles.stringWidth(xAxis.title())) / 2),
                (float) (bottom + AXIS_ROOM_BOTTOM - 8));

        double markerX = left + PLOT_WIDTH * model.markerFraction();
        g.setColor(Colors.of(p.accent()));
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
        g.draw(new Line2D.Double(markerX, top - 4, markerX, bottom));
        g.setStroke(plain);
        g.setFont(painting.type().smallBold());
        FontMetrics small = g.getFontMetrics();
        String nLabel = model.markerLabel();
        // Centred over the marker, kept within the plot's width so it never runs off the picture.
        double nX = Math.max(left, Math.min(right + RIGHT_MARGIN - small.stringWidth(nLabel), markerX - small.stringWidth(nLabel) / 2.0));
        g.drawString(nLabel, (float) nX, (float) (top - 8));

        List<MemoryEstimate> series = model.series();
        for (int i = 0; i < series.size(); i++) {
            MemoryEstimate e = series.get(i);
            Path2D.Double line = new Path2D.Double();
            line.moveTo(left, y(bottom, MemoryChartModel.bytesAt(e, 0)));
            line.lineTo(right, y(bottom, MemoryChartModel.bytesAt(e, xAxis.max())));
            g.setColor(Colors.of(p.series(i)));
            g.setStroke(seriesStroke(i, series.size()));
            g.draw(line);
            g.setStroke(plain);
            dot(g, markerX, y(bottom, e.totalBytes()), MARKER_RADIUS + WIDER * (series.size() - 1 - i));
        }
        paintMeasured(g, painting, left, bottom);
    }

    /** Each measurement: a hollow diamond in ink around or beside the prediction's dot, with both figures written next to it. */
    private void paintMeasured(Graphics2D g, Painting painting, double left, double bottom) {
        if (model.measured().isEmpty()) {
            return;
        }
        Palette p = painting.palette();
        g.setFont(painting.type().objectDetail());
        FontMetrics m = g.getFontMetrics();
        for (MeasuredPoint point : model.measured()) {
            int i = seriesIndex(point.series());
            double x = left + PLOT_WIDTH * model.x().fraction(point.count().value());
            if (i >= 0) {
                // The prediction's dot on its line (at N it is there already); the label gives its figure.
                g.setColor(Colors.of(p.series(i)));
                dot(g, x, y(bottom, MemoryChartModel.bytesAt(model.series().get(i), point.count().value())), MARKER_RADIUS);
            }
            double y = y(bottom, point.measured().totalBytes());
            diamond(g, p, x, y);
            String label = model.measuredLabel(point);
            double w = m.stringWidth(label);
            // Left of the point when it sits in the plot's right half, where N usually is.
            double labelX = x > left + PLOT_WIDTH / 2 ? x - MEASURED_RADIUS - LABEL_GAP - w : x + MEASURED_RADIUS + LABEL_GAP;
            labelX = Math.max(left + 4, labelX);
            // Below the point, or above it where below would run into the count axis.
            double below = y + MEASURED_RADIUS + m.getAscent() + 2;
            double labelY = below + m.getDescent() < bottom - 2 ? Math.max(PLOT_TOP + m.getAscent(), below)
                    : y - MEASURED_RADIUS - m.getDescent() - 2;
            g.setColor(Colors.of(p.paper()));
            g.fill(new Rectangle2D.Double(labelX - 3, labelY - m.getAscent() - 1, w + 6, m.getAscent() + m.getDescent() + 2));
            g.setColor(Colors.of(p.ink()));
            g.drawString(label, (float) labelX, (float) labelY);
        }
    }

    private int seriesIndex(String label) {
        for (int i = 0; i < model.series().size(); i++) {
            if (model.series().get(i).label().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private double y(double bottom, double bytes) {
        return bottom - PLOT_HEIGHT * model.y().fraction(bytes);
    }

    private static void dot(Graphics2D g, double x, double y, double radius) {
        g.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    private static void diamond(Graphics2D g, Palette p, double x, double y) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - MEASURED_RADIUS);
        d.lineTo(x + MEASURED_RADIUS, y);
        d.lineTo(x, y + MEASURED_RADIUS);
        d.lineTo(x - MEASURED_RADIUS, y);
        d.closePath();
        Stroke old = g.getStroke();
        g.setColor(Colors.of(p.ink()));
        g.setStroke(new BasicStroke(2.5f));
        g.draw(d);
        g.setStroke(old);
    }

    private static Stroke seriesStroke(int i, int count) {
        float[] dash = DASHES[i % DASHES.length];
        float width = (float) (LINE_WIDTH + WIDER * (count - 1 - i));
        return dash == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }
}
