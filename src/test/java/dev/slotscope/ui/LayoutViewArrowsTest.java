package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.shape.Polyline;
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
 * The drawing's arrows from one step to the next: an arrow that is drawn again keeps its node and
 * its points untouched, so that only what changed is repainted.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutViewArrowsTest {

    private LayoutView view;

    @Start
    void start(Stage stage) {
        view = new LayoutView();
        stage.setScene(new Scene(view, 600, 400));
        stage.show();
    }

    @Test
    void aNewArrowAheadOfTheOthersLeavesTheirNodesAlone(FxRobot robot) {
        List<Drawing.Arrow> five = IntStream.range(0, 5).mapToObj(LayoutViewArrowsTest::arrow).toList();
        robot.interact(() -> view.show(drawing(five)));
        List<Polyline> before = lines(robot);
        assertEquals(5, before.size());
        AtomicInteger changes = new AtomicInteger();
        before.forEach(line -> line.getPoints().addListener((ListChangeListener<Double>) c -> changes.incrementAndGet()));

        List<Drawing.Arrow> six = new ArrayList<>(List.of(arrow(9)));
        six.addAll(five);
        robot.interact(() -> view.show(drawing(six)));
        List<Polyline> after = lines(robot);
        assertEquals(6, after.size());
        assertTrue(after.containsAll(before), "the five arrows drawn before keep their nodes");
        assertEquals(0, changes.get(), "and their points");
        assertEquals(pointSets(six), pointSets(after));

        // Fewer arrows: the nodes of those gone are taken down, the others stay as they are.
        robot.interact(() -> view.show(drawing(six.subList(0, 2))));
        assertEquals(pointSets(six.subList(0, 2)), pointSets(lines(robot)));
        assertEquals(0, changes.get());
    }

    private static List<Polyline> lines(FxRobot robot) {
        return robot.lookup(".pointer-arrow").queryAllAs(Polyline.class).stream().filter(Node::isVisible).toList();
    }

    private static Set<List<Double>> pointSets(List<?> arrowsOrLines) {
        return arrowsOrLines.stream().map(o -> o instanceof Polyline line ? List.copyOf(line.getPoints()) :
                ((Drawing.Arrow) o).points().stream().flatMap(p -> Stream.of(p.x(), p.y())).toList())
                .collect(Collectors.toSet());
    }

    /** An arrow from a box at row {@code i} down a lane to a title further down. */
    private static Drawing.Arrow arrow(int i) {
        double y = 20 + i * 30;
        return new Drawing.Arrow("from" + i, "to" + i, List.of(new Drawing.Point(200, y), new Drawing.Point(200, y + 10),
                new Drawing.Point(40 - i, y + 10), new Drawing.Point(40 - i, y + 300), new Drawing.Point(60, y + 300)));
    }

    private static Drawing drawing(List<Drawing.Arrow> arrows) {
        return new Drawing(600, 700, List.of(), List.of(), arrows, List.of());
    }
}
