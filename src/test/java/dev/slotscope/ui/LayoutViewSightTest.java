package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the layout view animates depends on what can be seen: in a frame whose only changes are
 * out of sight, JavaFX repaints the whole window, so nothing out of sight fades and nodes made
 * ahead wait in sight.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutViewSightTest {

    /** Far below a viewport 300 pixels high. */
    private static final double OUT_OF_SIGHT_Y = 2000;
    private static final double IN_SIGHT_Y = 20;
    private static final double BOX_BELOW_TITLE = 20;

    private LayoutView view;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        view = new LayoutView();
        ZoomPane zoom = new ZoomPane();
        zoom.getChildren().add(view);
        scroll = new ScrollPane(zoom);
        stage.setScene(new Scene(scroll, 400, 300));
        stage.show();
        view.setViewport(scroll.lookup(".viewport"));
    }

    @Test
    void aNewObjectInSightFadesInAndOneOutOfSightIsSimplyThere(FxRobot robot) {
        List<Object> veiled = new ArrayList<>();
        robot.interact(() -> {
            view.show(drawing("", object("near", IN_SIGHT_Y), object("far", OUT_OF_SIGHT_Y)), Set.of("near", "far"));
            view.lookupAll(".veil").forEach(veil -> veiled.add(veil.getUserData()));
        });
        assertEquals(List.of("near"), veiled);
    }

    @Test
    void aTableOutOfSightIsNotFadedButGoesWhenOneInSightWould(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(drawing("", object("near", IN_SIGHT_Y), object("far", OUT_OF_SIGHT_Y))));
        for (String objectId : List.of("near", "far")) {
            CountDownLatch gone = new CountDownLatch(1);
            AtomicLong started = new AtomicLong();
            AtomicLong finished = new AtomicLong();
            robot.interact(() -> {
                view.dim(objectId);
                started.set(System.nanoTime());
                view.fadeOut(objectId, () -> {
                    finished.set(System.nanoTime());
                    gone.countDown();
                });
            });
            assertTrue(gone.await(5, TimeUnit.SECONDS), objectId + ": the fade's end comes");
            assertTrue(finished.get() - started.get() >= TimeUnit.MILLISECONDS.toNanos(400),
                    objectId + ": it comes after the fade's time, as a fade in sight does");
            Node veil = view.lookupAll(".veil").stream().filter(v -> objectId.equals(v.getUserData())).findFirst().orElseThrow();
            double opacity = veil.getOpacity();
            if (objectId.equals("near")) {
                assertEquals(1, opacity, 1e-9, "in sight, the veil fades up to cover the object");
            } else {
                assertTrue(opacity < 1, "out of sight, the veil is left as it was, dimming: " + opacity);
            }
        }
    }

    @Test
    void nodesMadeAheadWaitInSightAndGoWhereTheyBelongWhenShown(FxRobot robot) throws Exception {
        robot.interact(() -> view.show(drawing("", object("near", IN_SIGHT_Y))));
        Drawing next = drawing("'", object("near", IN_SIGHT_Y), object("far", OUT_OF_SIGHT_Y));
        CountDownLatch ready = new CountDownLatch(1);
        robot.interact(() -> view.prepare(next, ready::countDown));
        assertTrue(ready.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> waiting = new ArrayList<>();
        robot.interact(() -> view.lookupAll(".region-box").stream().filter(n -> !LayoutView.isShown(n)).forEach(waiting::add));
        assertEquals(next.boxes().size(), waiting.size(), "a node was made ahead for every box of the next drawing");
        Bounds seen = WaitForAsyncUtils.asyncFx(() -> view.sceneToLocal(scroll.lookup(".viewport").localToScene(
                scroll.lookup(".viewport").getLayoutBounds()))).get(5, TimeUnit.SECONDS);
        for (Node node : waiting) {
            assertTrue(seen.intersects(node.getBoundsInParent()), "a node made ahead waits in sight: " + node.getBoundsInParent());
            assertEquals(0, node.getOpacity(), "and transparent");
        }
        robot.interact(() -> view.show(next));
        Node far = WaitForAsyncUtils.asyncFx(() -> view.lookupAll(".region-box").stream().filter(LayoutView::isShown)
                .filter(n -> ((Drawing.Box) n.getUserData()).objectId().equals("far")).findFirst().orElseThrow())
                .get(5, TimeUnit.SECONDS);
        assertTrue(waiting.contains(far), "the box shown is one made ahead");
        assertEquals(OUT_OF_SIGHT_Y + BOX_BELOW_TITLE, far.getBoundsInParent().getMinY(), 1e-9,
                "shown, a box goes where the drawing puts it");
        assertEquals(1, far.getOpacity());
        assertFalse(seen.intersects(far.getBoundsInParent()));
    }

    /** One object: a title and one box under it, at {@code y}. */
    private static Drawing.Box box(String objectId, double y, String mark) {
        return new Drawing.Box(10, y + BOX_BELOW_TITLE, 80, 40, objectId, Region.of(0, 8, RegionKind.MARK_WORD, "mark"),
                "mark" + mark, "0 + 8", "mark word", false, false, true);
    }

    private record Piece(String objectId, double y) {
    }

    private static Piece object(String objectId, double y) {
        return new Piece(objectId, y);
    }

    private static Drawing drawing(String mark, Piece... pieces) {
        List<Drawing.Box> boxes = new ArrayList<>();
        List<Drawing.Title> titles = new ArrayList<>();
        for (Piece piece : pieces) {
            titles.add(new Drawing.Title(10, piece.y(), piece.objectId(), piece.objectId(), "16 bytes", false));
            boxes.add(box(piece.objectId(), piece.y(), mark));
        }
        return new Drawing(400, OUT_OF_SIGHT_Y + 100, boxes, titles, List.of());
    }
}
