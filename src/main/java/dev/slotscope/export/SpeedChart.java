package dev.slotscope.export;

import dev.slotscope.speed.Access;
import dev.slotscope.speed.SpeedChartModel;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.Timing;
import dev.slotscope.theme.Palette;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The speed view as a picture: a row per access and variant with every run as a dot, a line from the
 * fastest run to the slowest, a box over the middle half and a bar at the median, whose figure is
 * written at the row's end; one axis of nanoseconds per access under them. What the rows and the axis
 * are is decided by {@link SpeedChartModel}, for this picture and the window alike.
 */
public record SpeedChart(SpeedChartModel model) implements Picture {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double ROW = 40;
    /** Between the reads' rows and the writes'. */
    private static final double GROUP_GAP = 14;
    private static final double BOX_HEIGHT = 20;
    private static final double PLOT_WIDTH = 560;
    private static final double LABEL_GAP = 16;
    private static final double VALUE_GAP = 10;
    private static final double AXIS_ROOM = 56;
    private static final double DOT_RADIUS = 3.5;
    private static final double TICK = 5;

    public SpeedChart {
        if (model == null) {
            throw new IllegalArgumentException("a speed chart needs its model");
        }
    }

    private double labelWidth() {
        Font font = Typography.DEFAULT.body();
        return model.rows().stream().mapToDouble(t -> font.getStringBounds(SpeedChartModel.label(t), MEASURE).getWidth())
                .max().orElse(0) + LABEL_GAP;
    }

    private double valueRoom() {
        Font font = Typography.DEFAULT.objectDetail();
        return model.rows().stream().mapToDouble(t -> font.getStringBounds(value(t), MEASURE).getWidth()).max().orElse(0)
                + 2 * VALUE_GAP;
    }

    private static String value(Timing t) {
        return SpeedChartModel.median(t);
    }

    private double rowsHeight() {
        return model.rows().size() * ROW + GROUP_GAP;
    }

    @Override
    public double width() {
        return labelWidth() + PLOT_WIDTH + valueRoom();
    }

    @Override
    public double height() {
        return rowsHeight() + AXIS_ROOM;
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        Palette p = painting.palette();
        double left = labelWidth();
        double bottom = rowsHeight();
        BasicStroke plain = new BasicStroke(1);
        g.setFont(painting.type().small());
        FontMetrics small = g.getFontMetrics();
        // Grid first, faint, so each run can be read against the axis.
        Composite opaque = g.getComposite();
        for (double v : model.ticks()) {
            double x = x(left, v);
            boolean zero = Math.abs(v) < model.step() / 2;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, zero ? 1f : 0.35f));
            g.setColor(Colors.of(p.line()));
            g.setStroke(plain);
            g.draw(new Line2D.Double(x, 0, x, bottom));
            g.setComposite(opaque);
            g.draw(new Line2D.Double(x, bottom, x, bottom + TICK));
            String label = SpeedChartModel.format(v);
            g.setColor(Colors.of(p.inkSoft()));
            g.drawString(label, (float) (x - small.stringWidth(label) / 2.0), (float) (bottom + TICK + small.getAscent() + 2));
        }
        g.setColor(Colors.of(p.line()));
        g.draw(new Line2D.Double(left, bottom, left + PLOT_WIDTH, bottom));
        g.setFont(painting.type().body());
        FontMetrics body = g.getFontMetrics();
        g.setColor(Colors.of(p.ink()));
        String title = "nanoseconds per access";
        g.drawString(title, (float) (left + (PLOT_WIDTH - body.stringWidth(title)) / 2), (float) (bottom + AXIS_ROOM - 8));

        double top = 0;
        Access previous = null;
        for (Timing t : model.rows()) {
            if (previous != null && previous != t.access()) {
                top += GROUP_GAP;
            }
            previous = t.access();
            paintRow(g, painting, t, left, top + ROW / 2);
            top += ROW;
        }
    }

    private void paintRow(Graphics2D g, Painting painting, Timing t, double left, double mid) {
        Palette p = painting.palette();
        Spread s = t.spread();
        g.setFont(painting.type().body());
        g.setColor(Colors.of(p.ink()));
        g.drawString(SpeedChartModel.label(t), 0f, (float) (mid + g.getFont().getSize2D() * 0.35));
        g.setColor(Colors.of(p.inkSoft()));
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Line2D.Double(x(left, s.min()), mid, x(left, s.max()), mid));
        double q1 = x(left, s.lowerQuartile());
        double q3 = x(left, s.upperQuartile());
        g.setColor(Colors.of(p.series(model.first(t) ? 0 : 1)));
        g.fill(new Rectangle2D.Double(q1, mid - BOX_HEIGHT / 2, Math.max(3, q3 - q1), BOX_HEIGHT));
        g.setColor(Colors.of(p.ink()));
        g.setStroke(new BasicStroke(3f));
        double m = x(left, s.median());
        g.draw(new Line2D.Double(m, mid - BOX_HEIGHT / 2 - 4, m, mid + BOX_HEIGHT / 2 + 4));
        g.setStroke(new BasicStroke(1));
        // Runs a hair apart overlap: translucent dots show where several fall together.
        Composite opaque = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
        g.setColor(Colors.of(p.ink()));
        for (double run : s.nanos()) {
            double x = x(left, run);
            double y = mid - BOX_HEIGHT / 2 - 8;
            g.fill(new Ellipse2D.Double(x - DOT_RADIUS, y - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS));
        }
        g.setComposite(opaque);
        g.setColor(Colors.of(p.ink()));
        g.setFont(painting.type().objectDetail());
        FontMetrics metrics = g.getFontMetrics();
        float valueX = (float) (x(left, s.max()) + VALUE_GAP);
        float baseline = (float) (mid + g.getFont().getSize2D() * 0.35);
        // On paper of its own, so that a grid line (zero, for runs below it) does not cross the figure.
        g.setColor(Colors.of(p.paper()));
        g.fill(new Rectangle2D.Double(valueX - 2, baseline - metrics.getAscent(), metrics.stringWidth(value(t)) + 4,
                metrics.getAscent() + metrics.getDescent()));
        g.setColor(Colors.of(p.ink()));
        g.drawString(value(t), valueX, baseline);
    }

    private double x(double left, double nanos) {
        return left + PLOT_WIDTH * model.fraction(nanos);
    }
}
