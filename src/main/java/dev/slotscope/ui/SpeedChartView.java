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

    /** At the labels' own size ({@value #LABEL_SIZE} px); larger labels (presenting) scale the rest. */
    private static final double LABEL_SIZE = 14;
    private static final double ROW_HEIGHT = 34;
    private static final double AXIS_HEIGHT = 30;
    private static final double RIGHT_ROOM = 80;

    private SpeedChartModel shown;
    /** Takes the labels' style, so the geometry follows the stylesheet's size for them. */
    private final Text probe = styled(new Text("standard · read"), "speed-label");

    public SpeedChartView() {
        getStyleClass().add("speed-chart");
        setAccessibleRole(AccessibleRole.TEXT);
        setMinHeight(AXIS_HEIGHT);
        probe.setVisible(false);
        probe.setManaged(false);
        getChildren().add(probe);
        // Presenting restyles the labels: the rows follow on the next pass.
        probe.fontProperty().addListener((o, old, now) -> requestLayout());
    }

    /** How much larger than {@value #LABEL_SIZE} px the stylesheet sets the labels (the probe has its style from the last CSS pass). */
    private double em() {
        return Math.max(1, probe.getFont().getSize() / LABEL_SIZE);
    }

    /** How wide {@code text} is in the labels' font, measured off the scene so that nothing is laid out again. */
    private double labelWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(probe.getFont());
        return measured.getLayoutBounds().getWidth();
    }

    /** Draws these runs, or nothing while there are none. */
    public void show(SpeedResult result) {
        shown = result == null ? null : SpeedChartModel.of(result);
        setAccessibleText(shown == null ? "No timing yet" : shown.description());
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        double em = em();
        return shown == null ? AXIS_HEIGHT * em : (shown.rows().size() * ROW_HEIGHT + AXIS_HEIGHT + 10) * em;
    }

    @Override
    protected void layoutChildren() {
        getChildren().setAll(probe);
        if (shown == null) {
            return;
        }
        double em = em();
        double row = ROW_HEIGHT * em;
        double left = shown.rows().stream().mapToDouble(t -> labelWidth(SpeedChartModel.label(t))).max().orElse(0) + 8 + 24 * em;
        double width = Math.max(60, getWidth() - left - RIGHT_ROOM * em);
        DoubleUnaryOperator x = v -> left + shown.fraction(v) * width;
        List<Node> nodes = new ArrayList<>();
        double y = 4;
        for (Timing t : shown.rows()) {
            Spread s = t.spread();
            double mid = y + row / 2;
            nodes.add(styled(new Text(8, mid + 5 * em, SpeedChartModel.label(t)), "speed-label"));
            nodes.add(styled(new Line(x.applyAsDouble(s.min()), mid, x.applyAsDouble(s.max()), mid), "speed-whisker"));
            double q1 = x.applyAsDouble(s.lowerQuartile());
            double q3 = x.applyAsDouble(s.upperQuartile());
            nodes.add(styled(new Rectangle(q1, mid - 9 * em, Math.max(2, q3 - q1), 18 * em), "speed-box",
                    "speed-" + (shown.first(t) ? "first" : "other")));
            for (double run : s.nanos()) {
                nodes.add(styled(new Rectangle(x.applyAsDouble(run) - 1.5 * em, mid - 13 * em, 3 * em, 3 * em), "speed-run"));
            }
            double m = x.applyAsDouble(s.median());
            nodes.add(styled(new Line(m, mid - 12 * em, m, mid + 12 * em), "speed-median"));
            nodes.add(styled(new Text(x.applyAsDouble(s.max()) + 8, mid + 5 * em, SpeedChartModel.median(t)),
                    "speed-value"));
            y += row;
        }
        nodes.add(styled(new Line(left, y + 2, left + width, y + 2), "speed-axis"));
        for (double v : shown.ticks()) {
            double at = x.applyAsDouble(v);
            nodes.add(styled(new Line(at, 4, at, y + 6), Math.abs(v) < shown.step() / 2 ? "speed-zero" : "speed-grid"));
            nodes.add(styled(new Text(at - 10 * em, y + 22 * em, SpeedChartModel.format(v)), "speed-tick"));
        }
        nodes.add(styled(new Text(8, y + 22 * em, "ns per access"), "speed-tick"));
        getChildren().addAll(nodes);
    }

    private static <T extends Node> T styled(T node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }
}
