package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The drawing's pointer arrows, each drawn as a line per leg and a head, all children of this one
 * layer. JavaFX repaints all that a changed node's bounds cover, so an arrow drawn again keeps its
 * nodes untouched and a step repaints only its new arrows. (It merges overlapping regions too: a
 * new arrow's legs, which meet at their corners, still repaint the rectangle from its bucket to
 * its object.)
 */
final class ArrowLayer extends Group {

    private static final double HEAD_LENGTH = 10;
    /** Arrows' parts kept hidden for later arrows at most: a few dozen arrows come and go in a replay. */
    private static final int SPARES = 100;

    /** The nodes of one arrow on screen, and the arrow they draw now. */
    private final class Parts {
        private final List<Line> legs = new ArrayList<>();
        private final Polygon head = new Polygon();
        private Drawing.Arrow arrow;

        Parts() {
            head.getStyleClass().add("pointer-head");
            getChildren().add(head);
        }

        void draw(Drawing.Arrow drawn) {
            arrow = drawn;
            head.setVisible(true);
            legs.forEach(leg -> leg.setVisible(true));
            List<Drawing.Point> points = drawn.points();
            while (legs.size() < points.size() - 1) {
                Line leg = new Line();
                leg.getStyleClass().add("pointer-leg");
                legs.add(leg);
                getChildren().add(leg);
            }
            while (legs.size() > points.size() - 1) {
                getChildren().remove(legs.remove(legs.size() - 1));
            }
            for (int i = 0; i < legs.size(); i++) {
                Line leg = legs.get(i);
                leg.setStartX(points.get(i).x());
                leg.setStartY(points.get(i).y());
                leg.setEndX(points.get(i + 1).x());
                leg.setEndY(points.get(i + 1).y());
            }
            Drawing.Point tip = points.get(points.size() - 1);
            List<Double> tri = List.of(tip.x(), tip.y(), tip.x() - HEAD_LENGTH, tip.y() - HEAD_LENGTH / 2,
                    tip.x() - HEAD_LENGTH, tip.y() + HEAD_LENGTH / 2);
            if (!head.getPoints().equals(tri)) {
                head.getPoints().setAll(tri);
            }
        }

        void hide() {
            head.setVisible(false);
            legs.forEach(leg -> leg.setVisible(false));
        }

        void remove() {
            getChildren().removeAll(legs);
            getChildren().remove(head);
        }
    }

    private List<Parts> shown = List.of();
    /** Parts of arrows no longer drawn, hidden: showing them again costs less than making and styling new nodes. */
    private final Deque<Parts> spare = new ArrayDeque<>();

    /**
     * Shows these arrows. An arrow shown before keeps its nodes untouched; the others take the
     * nodes of arrows gone, or spare ones, and move them. Matched by place in the list instead,
     * every arrow after a new one would move.
     */
    void show(List<Drawing.Arrow> arrows) {
        Map<Drawing.Arrow, Deque<Parts>> byArrow = new HashMap<>();
        for (Parts parts : shown) {
            byArrow.computeIfAbsent(parts.arrow, k -> new ArrayDeque<>()).add(parts);
        }
        Set<Parts> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Drawing.Arrow> moved = new ArrayList<>();
        for (Drawing.Arrow arrow : arrows) {
            Deque<Parts> same = byArrow.get(arrow);
            if (same == null || same.isEmpty()) {
                moved.add(arrow);
            } else {
                kept.add(same.pop());
            }
        }
        Deque<Parts> gone = new ArrayDeque<>(shown.stream().filter(parts -> !kept.contains(parts)).toList());
        List<Parts> now = new ArrayList<>(kept);
        for (Drawing.Arrow arrow : moved) {
            Parts parts = !gone.isEmpty() ? gone.pop() : !spare.isEmpty() ? spare.pop() : new Parts();
            parts.draw(arrow);
            now.add(parts);
        }
        for (Parts parts : gone) {
            if (spare.size() < SPARES) {
                parts.hide();
                spare.push(parts);
            } else {
                parts.remove();
            }
        }
        shown = now;
    }
}
