package dev.slotscope.export;

import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.theme.Palette;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The memory view as a picture: a bar per variant for N instances, and memory against N on a log
 * axis from 1 to 10,000,000 with N marked. Series differ by colour and by dash pattern.
 */
public record MemoryChart(List<MemoryEstimate> estimates) implements Picture {

    private static final double BAR_PANEL_WIDTH = 430;
    private static final double BAR_LABEL_WIDTH = 150;
    private static final double BAR_MAX_WIDTH = 190;
    private static final double BAR_ROW = 34;
    private static final double BAR_HEIGHT = 20;
    private static final double PANEL_GAP = 40;
    private static final double PLOT_WIDTH = 470;
    private static final double PLOT_HEIGHT = 260;
    private static final double AXIS_ROOM_LEFT = 64;
    private static final double AXIS_ROOM_BOTTOM = 44;
    private static final double LEGEND_ROW = 22;
    private static final double LEGEND_SWATCH = 28;
    private static final double TICK = 5;
    /** Room for the labels that stand out past the plot: the top value and "10M". */
    private static final double PLOT_TOP = 10;
    private static final double RIGHT_MARGIN = 20;
    private static final double LABEL_GAP = 6;
    private static final double LINE_WIDTH = 2.2;
    private static final double MARKER_RADIUS = 4;
    private static final int SAMPLES = 71;
    private static final double DECADES = Math.log10(InstanceCount.MAX);
    private static final float[][] DASHES = {null, {8, 4}, {2, 3}, {10, 3, 2, 3}, {5, 5}, {1, 2}};
    private static final String[] DECADE_LABELS = {"1", "10", "100", "1k", "10k", "100k", "1M", "10M"};

    public MemoryChart {
        estimates = List.copyOf(estimates);
        if (estimates.isEmpty()) {
            throw new IllegalArgumentException("a memory chart needs at least one variant");
        }
    }

    @Override
    public double width() {
        return BAR_PANEL_WIDTH + PANEL_GAP + AXIS_ROOM_LEFT + PLOT_WIDTH + RIGHT_MARGIN;
    }

    @Override
    public double height() {
        double bars = estimates.size() * BAR_ROW;
        double plot = PLOT_TOP + PLOT_HEIGHT + AXIS_ROOM_BOTTOM + estimates.size() * LEGEND_ROW;
        return Math.max(bars, plot);
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        paintBars(g, painting);
        paintPlot(g, painting, BAR_PANEL_WIDTH + PANEL_GAP + AXIS_ROOM_LEFT);
    }

    private void paintBars(Graphics2D g, Painting painting) {
        Palette p = painting.palette();
        double max = estimates.stream().mapToDouble(MemoryEstimate::totalMegabytes).max().orElse(1);
        for (int i = 0; i < estimates.size(); i++) {
            MemoryEstimate e = estimates.get(i);
            double top = i * BAR_ROW;
            g.setFont(painting.type().body());
            g.setColor(Colors.of(p.ink()));
            float base = (float) (top + BAR_ROW / 2 + g.getFont().getSize2D() * 0.35);
            g.drawString(e.label(), 0, base);
            double w = max <= 0 ? 0 : BAR_MAX_WIDTH * e.totalMegabytes() / max;
            g.setColor(Colors.of(p.series(i)));
            g.fill(new Rectangle2D.Double(BAR_LABEL_WIDTH, top + (BAR_ROW - BAR_HEIGHT) / 2, w, BAR_HEIGHT));
            g.setColor(Colors.of(p.ink()));
            g.setFont(painting.type().small());
            g.drawString(megabytes(e.totalMegabytes()), (float) (BAR_LABEL_WIDTH + w + 8), base);
        }
    }

    private void paintPlot(Graphics2D g, Painting painting, double left) {
        Palette p = painting.palette();
        double top = PLOT_TOP;
        double bottom = top + PLOT_HEIGHT;
        double yMax = niceCeiling(estimates.stream()
                .mapToDouble(e -> e.at(new InstanceCount(InstanceCount.MAX)).totalMegabytes()).max().orElse(1));
        g.setColor(Colors.of(p.line()));
        g.setStroke(new BasicStroke(1));
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.draw(new Line2D.Double(left, bottom, left + PLOT_WIDTH, bottom));
        g.setFont(painting.type().small());
        FontMetrics m = g.getFontMetrics();
        for (int d = 0; d <= DECADES; d++) {
            double x = left + PLOT_WIDTH * d / DECADES;
            g.setColor(Colors.of(p.line()));
            g.draw(new Line2D.Double(x, bottom, x, bottom + TICK));
            g.setColor(Colors.of(p.inkSoft()));
            g.drawString(DECADE_LABELS[d], (float) (x - m.stringWidth(DECADE_LABELS[d]) / 2.0), (float) (bottom + TICK + m.getAscent() + 2));
        }
        String xTitle = "instances (log scale)";
        g.drawString(xTitle, (float) (left + (PLOT_WIDTH - m.stringWidth(xTitle)) / 2), (float) (bottom + AXIS_ROOM_BOTTOM - 6));
        for (int t = 0; t <= 4; t++) {
            double value = yMax * t / 4;
            double y = bottom - PLOT_HEIGHT * t / 4;
            g.setColor(Colors.of(p.line()));
            g.draw(new Line2D.Double(left - TICK, y, left, y));
            g.setColor(Colors.of(p.inkSoft()));
            String label = megabytes(value);
            g.drawString(label, (float) (left - TICK - 4 - m.stringWidth(label)), (float) (y + m.getAscent() / 2.0 - 1));
        }
        InstanceCount n = estimates.get(0).count();
        double markerX = left + PLOT_WIDTH * Math.log10(n.value()) / DECADES;
        Stroke old = g.getStroke();
        g.setColor(Colors.of(p.accent()));
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 4}, 0));
        g.draw(new Line2D.Double(markerX, top, markerX, bottom));
        String nLabel = "N = " + n.display();
        // The label sits right of the marker, or left of it when it would run past the plot.
        double labelX = markerX + LABEL_GAP + m.stringWidth(nLabel) <= left + PLOT_WIDTH ? markerX + LABEL_GAP
                : markerX - LABEL_GAP - m.stringWidth(nLabel);
        g.drawString(nLabel, (float) labelX, (float) (top + m.getAscent()));
        for (int i = 0; i < estimates.size(); i++) {
            MemoryEstimate e = estimates.get(i);
            Path2D.Double path = new Path2D.Double();
            for (int s = 0; s < SAMPLES; s++) {
                double decades = DECADES * s / (SAMPLES - 1);
                long count = Math.max(1, Math.round(Math.pow(10, decades)));
                double x = left + PLOT_WIDTH * decades / DECADES;
                double y = bottom - PLOT_HEIGHT * e.at(new InstanceCount(count)).totalMegabytes() / yMax;
                if (s == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(Colors.of(p.series(i)));
            g.setStroke(seriesStroke(i));
            g.draw(path);
            g.setStroke(old);
            double y = bottom - PLOT_HEIGHT * e.totalMegabytes() / yMax;
            g.fill(new Ellipse2D.Double(markerX - MARKER_RADIUS, y - MARKER_RADIUS, 2 * MARKER_RADIUS, 2 * MARKER_RADIUS));
            double legendY = bottom + AXIS_ROOM_BOTTOM + i * LEGEND_ROW + LEGEND_ROW / 2;
            g.setStroke(seriesStroke(i));
            g.draw(new Line2D.Double(left, legendY, left + LEGEND_SWATCH, legendY));
            g.setStroke(old);
            g.setColor(Colors.of(p.ink()));
            g.drawString(e.label() + " · " + e.bytesPerInstance() + " bytes each", (float) (left + LEGEND_SWATCH + 8),
                    (float) (legendY + m.getAscent() / 2.0 - 1));
        }
    }

    private static Stroke seriesStroke(int i) {
        float[] dash = DASHES[i % DASHES.length];
        return dash == null ? new BasicStroke((float) LINE_WIDTH)
                : new BasicStroke((float) LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    /** The smallest of 1, 2 or 5 times a power of ten at or above {@code value}. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    static String megabytes(double mb) {
        return mb == 0 ? "0 MB" : mb >= 100 ? String.format("%,.0f MB", mb) : mb >= 1 ? String.format("%.1f MB", mb) : String.format("%.3f MB", mb);
    }
}
