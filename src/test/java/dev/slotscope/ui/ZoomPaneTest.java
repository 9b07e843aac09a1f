package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drawing's holder in its scroll pane: as large as the zoomed drawing looks, and deaf to its
 * boxes moving (the scroll pane measures its content whenever the content's layout bounds change).
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPaneTest {

    private static final int BOXES = 200;
    private static final double ROW = 50;
    private static final double WIDTH = 300;

    private LayoutView view;
    private ZoomPane zoom;
    private Group group;
    private LayoutView grouped;

    @Start
    void start(Stage stage) {
        view = new LayoutView();
        zoom = new ZoomPane();
        zoom.getChildren().add(view);
        // The holder ZoomPane replaced, for comparison: a group around a view.
        grouped = new LayoutView();
        group = new Group(grouped);
        stage.setScene(new Scene(new HBox(new ScrollPane(zoom), new ScrollPane(group)), 800, 400));
        stage.show();
    }

    @Test
    void theScrollPaneScrollsOverTheWholeZoomedDrawing(FxRobot robot) {
        robot.interact(() -> {
            view.show(drawing(0));
            zoom.setZoom(250);
            zoom.layout();
        });
        double height = BOXES * ROW + ROW;
        assertEquals(WIDTH * 2.5, zoom.getLayoutBounds().getWidth(), 0.01);
        assertEquals(height * 2.5, zoom.getLayoutBounds().getHeight(), 0.01);
        Bounds drawn = view.getBoundsInParent();
        assertTrue(drawn.getMaxY() <= height * 2.5 + 0.01 && drawn.getMaxY() > height * 2.5 - ROW * 2.5,
                "the last box lies at the bottom of what scrolls: " + drawn);
    }

    @Test
    void movingEveryBoxLeavesTheContentsLayoutBoundsAlone(FxRobot robot) {
        robot.interact(() -> view.show(drawing(0)));
        robot.interact(() -> grouped.show(drawing(0)));
        assertEquals(0, measuresWhileShowing(zoom, view, drawing(ROW / 2)));
        // What it replaced measured its whole drawing again for about every box moved.
        assertTrue(measuresWhileShowing(group, grouped, drawing(ROW / 2)) > BOXES / 2);
    }

    /** How often a scroll pane's kind of listener measures {@code content} while {@code shown} shows the drawing. */
    private static int measuresWhileShowing(Parent content, LayoutView shown, Drawing drawing) {
        AtomicInteger measures = new AtomicInteger();
        InvalidationListener measure = o -> {
            measures.incrementAndGet();
            content.getLayoutBounds();
        };
        content.getLayoutBounds();
        content.layoutBoundsProperty().addListener(measure);
        WaitForAsyncUtils.asyncFx(() -> shown.show(drawing));
        WaitForAsyncUtils.waitForFxEvents();
        content.layoutBoundsProperty().removeListener(measure);
        return measures.get();
    }

    /** {@link #BOXES} boxes one under another, {@code shift} down from the top; the same size whatever the shift. */
    private static Drawing drawing(double shift) {
        List<Drawing.Box> boxes = new ArrayList<>();
        for (int i = 0; i < BOXES; i++) {
            boxes.add(new Drawing.Box(10, shift + i * ROW, 80, 40, "object", Region.of(i * 8, 8, RegionKind.MARK_WORD,
                    "mark" + i), "mark", "0 + 8", "mark word", false, false, true));
        }
        return new Drawing(WIDTH, BOXES * ROW + ROW, boxes, List.of(), List.of());
    }
}
