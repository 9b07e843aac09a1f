package dev.slotscope.ui;

import dev.slotscope.speed.Access;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.Timing;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spread of the timed runs, one row per access and variant: a line from the fastest run to the
 * slowest, a box over the middle half of the runs (lower to upper quartile), a mark at the median,
 * and a dot for every run; on one axis of nanoseconds per access from zero (or the lowest run
 * below it). Looks come from the stylesheet ({@code .speed-*}).
 */
public final class SpeedChartView extends Region {

    private static final double LABEL_WIDTH = 190;
    private static final double ROW_HEIGHT = 34;
    private static final double AXIS_HEIGHT = 30;
    private static final double RIGHT_ROOM = 70;

    private SpeedResult shown;

    public SpeedChartView() {
        getStyleClass().add("speed-chart");
        setAccessibleRole(AccessibleRole.TEXT);
        setMinHeight(AXIS_HEIGHT);
    }

    /** Draws these runs, or nothing while there are none. */
    public void show(SpeedResult result) {
        shown = result;
        setAccessibleText(result == null ? "No timing yet" : describe(result));
        requestLayout();
    }

    /** The rows in the order drawn: each access, each variant. */
    static List<Timing> rows(SpeedResult result) {
        List<Timing> rows = new ArrayList<>();
        for (Access access : Access.values()) {
            for (String variant : result.variants()) {
                result.timing(variant, access).ifPresent(rows::add);
            }
        }
        return rows;
    }

    @Override
    protected double computePrefHeight(double width) {
        return shown == null ? AXIS_HEIGHT : rows(shown).size() * ROW_HEIGHT + AXIS_HEIGHT + 10;
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        if (shown == null) {
            return;
        }
        List<Timing> rows = rows(shown);
        double low = Math.min(0, rows.stream().mapToDouble(t -> t.spread().min()).min().orElse(0));
        double high = rows.stream().mapToDouble(t -> t.spread().max()).max().orElse(1);
        double step = niceStep((high - low) / 5);
        high = Math.ceil(high / step) * step;
        low = Math.floor(low / step) * step;
        double left = LABEL_WIDTH;
        double width = Math.max(60, getWidth() - left - RIGHT_ROOM);
        double lo = low;
        double span = high - low;
        java.util.function.DoubleUnaryOperator x = v -> left + (v - lo) / span * width;
        List<Node> nodes = new ArrayList<>();
        double y = 4;
        for (Timing t : rows) {
            Spread s = t.spread();
            double mid = y + ROW_HEIGHT / 2;
            nodes.add(styled(new Text(8, mid + 5, t.variant() + " · " + t.access().id()), "speed-label"));
            nodes.add(styled(new Line(x.applyAsDouble(s.min()), mid, x.applyAsDouble(s.max()), mid), "speed-whisker"));
            double q1 = x.applyAsDouble(s.lowerQuartile());
            double q3 = x.applyAsDouble(s.upperQuartile());
            nodes.add(styled(new Rectangle(q1, mid - 9, Math.max(2, q3 - q1), 18), "speed-box",
                    "speed-" + (shown.variants().indexOf(t.variant()) == 0 ? "first" : "other")));
            for (double run : s.nanos()) {
                nodes.add(styled(new Rectangle(x.applyAsDouble(run) - 1.5, mid - 13, 3, 3), "speed-run"));
            }
            double m = x.applyAsDouble(s.median());
            nodes.add(styled(new Line(m, mid - 12, m, mid + 12), "speed-median"));
            nodes.add(styled(new Text(x.applyAsDouble(s.max()) + 8, mid + 5, format(s.median()) + " ns"), "speed-value"));
            y += ROW_HEIGHT;
        }
        nodes.add(styled(new Line(left, y + 2, left + width, y + 2), "speed-axis"));
        for (double v = low; v <= high + step / 2; v += step) {
            double at = x.applyAsDouble(v);
            nodes.add(styled(new Line(at, 4, at, y + 6), Math.abs(v) < step / 2 ? "speed-zero" : "speed-grid"));
            Text tick = styled(new Text(at - 10, y + 22, format(v)), "speed-tick");
            nodes.add(tick);
        }
        nodes.add(styled(new Text(8, y + 22, "ns per access"), "speed-tick"));
        getChildren().setAll(nodes);
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }

    /** 1, 2 or 5 times a power of ten: axis steps a reader can add up. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    private static String format(double nanos) {
        return String.format(Locale.ROOT, Math.abs(nanos) >= 10 || nanos == Math.rint(nanos) ? "%.0f" : "%.1f", nanos);
    }

    private static String describe(SpeedResult result) {
        StringBuilder s = new StringBuilder(result.runtime()).append(", ns per access:");
        for (Timing t : rows(result)) {
            s.append(String.format(Locale.ROOT, " %s %s median %.2f (%.2f to %.2f);", t.variant(), t.access().id(),
                    t.spread().median(), t.spread().min(), t.spread().max()));
        }
        return s.toString();
    }
}
