package dev.slotscope.ui;

import dev.slotscope.speed.SpeedChartModel;
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
import java.util.function.DoubleUnaryOperator;

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

    private SpeedChartModel shown;

    public SpeedChartView() {
        getStyleClass().add("speed-chart");
        setAccessibleRole(AccessibleRole.TEXT);
        setMinHeight(AXIS_HEIGHT);
    }

    /** Draws these runs, or nothing while there are none. */
    public void show(SpeedResult result) {
        shown = result == null ? null : SpeedChartModel.of(result);
        setAccessibleText(shown == null ? "No timing yet" : shown.description());
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return shown == null ? AXIS_HEIGHT : shown.rows().size() * ROW_HEIGHT + AXIS_HEIGHT + 10;
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        if (shown == null) {
            return;
        }
        double left = LABEL_WIDTH;
        double width = Math.max(60, getWidth() - left - RIGHT_ROOM);
        DoubleUnaryOperator x = v -> left + shown.fraction(v) * width;
        List<Node> nodes = new ArrayList<>();
        double y = 4;
        for (Timing t : shown.rows()) {
            Spread s = t.spread();
            double mid = y + ROW_HEIGHT / 2;
            nodes.add(styled(new Text(8, mid + 5, SpeedChartModel.label(t)), "speed-label"));
            nodes.add(styled(new Line(x.applyAsDouble(s.min()), mid, x.applyAsDouble(s.max()), mid), "speed-whisker"));
            double q1 = x.applyAsDouble(s.lowerQuartile());
            double q3 = x.applyAsDouble(s.upperQuartile());
            nodes.add(styled(new Rectangle(q1, mid - 9, Math.max(2, q3 - q1), 18), "speed-box",
                    "speed-" + (shown.first(t) ? "first" : "other")));
            for (double run : s.nanos()) {
                nodes.add(styled(new Rectangle(x.applyAsDouble(run) - 1.5, mid - 13, 3, 3), "speed-run"));
            }
            double m = x.applyAsDouble(s.median());
            nodes.add(styled(new Line(m, mid - 12, m, mid + 12), "speed-median"));
            nodes.add(styled(new Text(x.applyAsDouble(s.max()) + 8, mid + 5, SpeedChartModel.median(t)),
                    "speed-value"));
            y += ROW_HEIGHT;
        }
        nodes.add(styled(new Line(left, y + 2, left + width, y + 2), "speed-axis"));
        for (double v : shown.ticks()) {
            double at = x.applyAsDouble(v);
            nodes.add(styled(new Line(at, 4, at, y + 6), Math.abs(v) < shown.step() / 2 ? "speed-zero" : "speed-grid"));
            nodes.add(styled(new Text(at - 10, y + 22, SpeedChartModel.format(v)), "speed-tick"));
        }
        nodes.add(styled(new Text(8, y + 22, "ns per access"), "speed-tick"));
        getChildren().setAll(nodes);
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }
}
