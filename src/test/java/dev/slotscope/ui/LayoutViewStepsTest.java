package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a growth step changes in the view's arrows, and what it leaves alone so that only what
 * changed is repainted: an arrow drawn again keeps its nodes and their places.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutViewStepsTest {

    private LayoutView view;

    @Start
    void start(Stage stage) {
        view = new LayoutView();
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    @Test
    void aNewArrowAheadOfTheOthersLeavesTheirNodesAlone(FxRobot robot) {
        List<Drawing.Arrow> five = IntStream.range(0, 5).mapToObj(LayoutViewStepsTest::arrow).toList();
        robot.interact(() -> view.show(drawing(five)));
        List<Line> before = legs(robot);
        assertEquals(segments(five), segments(before));
        AtomicInteger changes = new AtomicInteger();
        InvalidationListener count = o -> changes.incrementAndGet();
        before.forEach(leg -> List.of(leg.startXProperty(), leg.startYProperty(), leg.endXProperty(),
                leg.endYProperty()).forEach(p -> p.addListener(count)));

        List<Drawing.Arrow> six = new ArrayList<>(List.of(arrow(9)));
        six.addAll(five);
        robot.interact(() -> view.show(drawing(six)));
        List<Line> after = legs(robot);
        assertTrue(after.containsAll(before), "the five arrows drawn before keep their nodes");
        assertEquals(0, changes.get(), "and their places");
        assertEquals(segments(six), segments(after));
        assertEquals(6, robot.lookup(".pointer-head").match(Node::isVisible).queryAll().size());
        // Each leg is a node of its own, a thin one: a changed node is repainted over all its bounds.
        after.forEach(leg -> assertTrue(Math.min(leg.getBoundsInParent().getWidth(), leg.getBoundsInParent().getHeight()) < 4,
                "a leg runs straight across or down: " + leg.getBoundsInParent()));

        // Fewer arrows: the nodes of those gone are hidden, the others stay as they are.
        robot.interact(() -> view.show(drawing(six.subList(0, 2))));
        assertEquals(segments(six.subList(0, 2)), segments(legs(robot)));
        assertEquals(2, robot.lookup(".pointer-head").match(Node::isVisible).queryAll().size());
        assertEquals(0, changes.get());

        // And when arrows come back, they take the hidden nodes rather than new ones.
        Set<Node> made = Set.copyOf(robot.lookup(".pointer-leg").queryAll());
        robot.interact(() -> view.show(drawing(six)));
        assertEquals(segments(six), segments(legs(robot)));
        assertEquals(made, Set.copyOf(robot.lookup(".pointer-leg").queryAll()));
    }

    private static List<Line> legs(FxRobot robot) {
        return robot.lookup(".pointer-leg").queryAllAs(Line.class).stream().filter(Line::isVisible).toList();
    }

    /** Each leg of the arrows drawn, or of the leg nodes shown, as (x1, y1, x2, y2). */
    private static Set<List<Double>> segments(List<?> arrowsOrLegs) {
        return arrowsOrLegs.stream().flatMap(o -> {
            if (o instanceof Line leg) {
                return Stream.of(List.of(leg.getStartX(), leg.getStartY(), leg.getEndX(), leg.getEndY()));
            }
            List<Drawing.Point> points = ((Drawing.Arrow) o).points();
            return IntStream.range(1, points.size()).mapToObj(i -> List.of(points.get(i - 1).x(), points.get(i - 1).y(),
                    points.get(i).x(), points.get(i).y()));
        }).collect(Collectors.toSet());
    }

    /** An arrow from a box at row {@code i} down a lane to a title further down. */
    private static Drawing.Arrow arrow(int i) {
        double y = 20 + i * 30;
        return new Drawing.Arrow("from" + i, "to" + i, List.of(new Drawing.Point(200, y), new Drawing.Point(200, y + 10),
                new Drawing.Point(40 - i, y + 10), new Drawing.Point(40 - i, y + 300), new Drawing.Point(60, y + 300)));
    }

    private static Drawing drawing(List<Drawing.Arrow> arrows) {
        return new Drawing(600, 700, List.of(), List.of(), arrows);
    }
}
