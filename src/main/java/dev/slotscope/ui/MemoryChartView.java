package dev.slotscope.ui;

import dev.slotscope.export.MemoryChart;
import dev.slotscope.export.Picture;
import dev.slotscope.export.Typography;
import dev.slotscope.memory.MemoryChartModel;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.theme.Palette;
import dev.slotscope.theme.Theme;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

import java.util.List;

/**
 * The memory chart on screen: the same {@link MemoryChart} drawing that export writes to PNG and
 * SVG, painted on a canvas through FXGraphics2D and scaled to the room it has.
 */
public final class MemoryChartView extends Region {

    /** The chart is never drawn larger than this, so its type stays in proportion to the window's. */
    private static final double MAX_SCALE = 1.4;

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private MemoryChartModel shown;
    private Theme theme = Theme.LIGHT;

    public MemoryChartView() {
        getChildren().add(canvas);
        getStyleClass().add("memory-chart");
        setAccessibleRole(AccessibleRole.TEXT);
    }

    /** Draws this chart, or nothing while there is none. */
    public void show(MemoryChartModel chart) {
        shown = chart;
        setAccessibleText(chart == null ? "Memory chart, being computed" : chart.accessibleText());
        paint();
    }

    /** The estimates drawn now, one per series. */
    public List<MemoryEstimate> shown() {
        return shown == null ? List.of() : shown.series();
    }

    /** The chart drawn now, or null. */
    public MemoryChartModel model() {
        return shown;
    }

    /** The theme the chart is painted in. */
    public Theme theme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
        paint();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        paint();
    }

    private void paint() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // FXGraphics2D scales the context itself; clear in canvas pixels, with no scale left over.
        graphics.setTransform(new java.awt.geom.AffineTransform());
        gc.setTransform(new javafx.scene.transform.Affine());
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (shown == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        MemoryChart chart = new MemoryChart(shown);
        double scale = Math.min(MAX_SCALE, Math.min(getWidth() / chart.width(), getHeight() / chart.height()));
        graphics.scale(scale, scale);
        chart.paint(graphics, new Picture.Painting(Palette.of(theme), Typography.DEFAULT));
    }
}
