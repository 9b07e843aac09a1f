package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import dev.slotscope.drawing.TextWidth;
import dev.slotscope.growth.Beat;
import dev.slotscope.layout.RegionKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.Transition;
import javafx.animation.TranslateTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Shows a {@link Drawing} as nodes: one styled box per region, titles, and pointer arrows.
 * Colours come from the stylesheet through the style class {@code kind-<region kind>}.
 */
public final class LayoutView extends Pane {

    private static final Duration FRESH_FADE = Duration.millis(450);
    /** How faint a new object is when it starts fading in. */
    private static final double FRESH_START_OPACITY = 0.2;
    private static final Duration SHAKE_STEP = Duration.millis(45);
    private static final double GHOST_OPACITY = 0.45;
    /** Where a box's two lines of text sit inside it. */
    private static final double TEXT_INSET_X = 5;
    private static final double TEXT_INSET_Y = 4;
    private static final double DETAIL_OFFSET_Y = 19;
    private static final double SHAKE_DISTANCE = 9;
    /** How many boxes or titles {@link #prepare} makes in one frame. */
    private static final int STAGED_PER_FRAME = 12;
    /** Marks a box made ahead for the next drawing and not shown yet. */
    private static final String STAGED = "slotscope.staged";
    /**
     * How many nodes a layer keeps aside, transparent, when a drawing no longer needs them: going
     * back a step or replaying from the start then shows them again without making and styling
     * new ones.
     */
    private static final int SPARES = 400;
    /** A callout's leader starts level with the middle of its text, with a short tick towards it. */
    private static final double LEADER_TOP = 9;
    private static final double LEADER_TICK = 4;
    /** The dot where a link from an index slot meets its entry. */
    private static final double LINK_DOT = 3;
    /** How far a new object's outline stands off its boxes. */
    private static final double FRESH_MARGIN = 3;

    /**
     * Label widths measured with the fonts the stylesheet gives box labels (bold 14px, compact
     * 12px), so the drawer shows exactly the labels that fit. Remembered: the same few hundred
     * labels are measured on every redraw.
     */
    public static final TextWidth TEXT_WIDTH = new TextWidth() {
        private final Map<String, Double> widths = new HashMap<>();

        @Override
        public double of(String text, boolean compact) {
            return widths.computeIfAbsent((compact ? "c:" : "n:") + text, key -> {
                Text probe = new Text(text);
                probe.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, compact ? 12 : 14));
                return probe.getLayoutBounds().getWidth();
            });
        }
    };

    private final Tooltip tooltip = new Tooltip();
    /**
     * Layers, bottom to top: arrows run under the boxes, links from index slots to entries over
     * them; callouts and remarks sit beside them.
     */
    private final ArrowLayer arrows = new ArrowLayer();
    private final Group links = new Group();
    private final Group titles = new Group();
    private final Group boxes = new Group();
    private final Group callouts = new Group();
    private final Group remarks = new Group();
    private final Group marks = new Group();
    /**
     * Paper-coloured rectangles over objects fading in or out. An object is faded by its veil rather
     * than by its nodes' opacity: a box below full opacity is painted through an image of its own
     * in every frame, and a new table has a few dozen boxes.
     */
    private final Group veils = new Group();

    private final ObjectProperty<Optional<Drawing.Box>> selected =
            new SimpleObjectProperty<>(Optional.empty());
    private List<Drawing.Box> order = List.of();
    /** The veils' fades, while they run. */
    private final List<Transition> veiling = new ArrayList<>();
    /**
     * The node through which the drawing is seen (its scroll pane's viewport), if any. Veils out of its sight
     * are not faded: in a frame whose only changes are out of sight, JavaFX finds no region to
     * repaint and repaints the whole window, which a fade would do in every frame it runs.
     */
    private Node viewport;
    private Drawing shown = new Drawing(0, 0, List.of(), List.of(), List.of());
    /** The boxes lit by the beat playing now. */
    private final Set<Node> beating = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The boxes marked as the selection. */
    private final Set<Node> marked = Collections.newSetFromMap(new IdentityHashMap<>());

    public LayoutView() {
        getStyleClass().add("layout-view");
        getChildren().addAll(arrows, titles, callouts, remarks, boxes, links, veils, marks);
        // The boxes are reachable from the keyboard: Tab to the drawing, arrows to move, Esc to let go.
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleText("Memory layout; use the arrow keys to go from box to box");
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case RIGHT, DOWN -> move(1);
                case LEFT, UP -> move(-1);
                case HOME -> move(-order.size());
                case END -> move(order.size());
                case ESCAPE -> select(Optional.empty());
                default -> {
                    return;
                }
            }
            e.consume();
        });
        selected.addListener((o, old, now) -> {
            markSelection();
            now.ifPresent(box -> setAccessibleText(box.spoken()));
        });
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
    }

    public void show(Drawing drawing) {
        show(drawing, Set.of());
    }

    /** Shows the drawing with the objects in {@code fresh} highlighted, fading them in. */
    public void show(Drawing drawing, Set<String> fresh) {
        // The fades of the drawing before end with it: their veils lie over its objects.
        veiling.forEach(Transition::stop);
        veiling.clear();
        veils.getChildren().clear();
        // Boxes are reused for other regions, so they lose their marks first; only the few marked
        // are touched: a change to a box's style classes restyles it.
        unmark(beating, "beat");
        unmark(marked, "selected");
        shown = drawing;
        arrows.show(drawing.arrows());
        reuseOrMake(links, Drawing.Link.class, drawing.links(), Drawing.Link::points, LayoutView::linkNode,
                (node, link) -> { }, false);
        reuseOrMake(titles, Drawing.Title.class, drawing.titles(), LayoutView::look, LayoutView::titleNode,
                (node, title) -> node.relocate(title.x(), title.y()), true);
        reuseOrMake(callouts, Drawing.Callout.class, drawing.callouts(),
                callout -> List.of(callout.label(), callout.detail(), callout.leader()), LayoutView::calloutNode,
                (node, callout) -> node.relocate(callout.x(), callout.y()), false);
        reuseOrMake(remarks, Drawing.Remark.class, drawing.remarks(), Drawing.Remark::text, LayoutView::remarkNode,
                (node, remark) -> node.relocate(remark.x(), remark.y()), false);
        reuseOrMake(boxes, Drawing.Box.class, drawing.boxes(), LayoutView::look, this::boxNode, LayoutView::reuse, true);
        for (String objectId : fresh) {
            veil(objectId, 1 - FRESH_START_OPACITY).ifPresent(veil -> {
                if (inSight(veil)) {
                    fade(veil, 0, () -> veils.getChildren().remove(veil));
                } else {
                    veils.getChildren().remove(veil);
                }
            });
        }
        markFresh(drawing, fresh);
        setPrefSize(drawing.width(), drawing.height());
        setMinSize(drawing.width(), drawing.height());
        order = drawing.boxes();
        // The selection follows its region into the new drawing, or ends if the region is gone.
        Optional<Drawing.Box> still = selected.get().flatMap(old -> order.stream().filter(b -> sameRegion(b, old)).findFirst());
        if (still.equals(selected.get())) {
            markSelection();
        } else {
            selected.set(still);
        }
    }

    /** Marks the boxes of the selected region, and no others. */
    private void markSelection() {
        unmark(marked, "selected");
        selected.get().ifPresent(selection -> {
            marked.addAll(shownBoxes(box -> sameRegion(box, selection)));
            marked.forEach(node -> node.getStyleClass().add("selected"));
        });
    }

    /** Takes the style class {@code mark} off the nodes in {@code nodes}, and empties it. */
    private static void unmark(Set<Node> nodes, String mark) {
        nodes.forEach(node -> node.getStyleClass().remove(mark));
        nodes.clear();
    }

    /**
     * Makes {@code layer} show one node per item. A node that already shows an item of the same
     * look (a box of the same kind, label and size; a title of the same text) is kept and
     * {@code place}d, and stays a child of the layer: a node added again, even to the same parent,
     * is styled again, and styling a few hundred boxes and their labels is what would cost a growth
     * step its frame. With {@code spares}, nodes no longer needed are put aside, transparent, up to
     * {@link #SPARES}, rather than removed.
     */
    private static <T> void reuseOrMake(Group layer, Class<T> type, List<T> items, Function<T, Object> look,
                                        Function<T, Node> make, BiConsumer<Node, T> place, boolean spares) {
        Map<Object, Deque<Node>> reusable = new HashMap<>();
        for (Node node : layer.getChildren()) {
            if (type.isInstance(node.getUserData())) {
                reusable.computeIfAbsent(look.apply(type.cast(node.getUserData())), k -> new ArrayDeque<>()).add(node);
            }
        }
        Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> added = new ArrayList<>();
        for (T item : items) {
            Deque<Node> same = reusable.get(look.apply(item));
            Node node;
            if (same == null || same.isEmpty()) {
                node = make.apply(item);
                added.add(node);
            } else {
                node = same.pop();
                kept.add(node);
            }
            if (isAside(node)) {
                node.getProperties().remove(STAGED);
                node.setOpacity(1);
                node.setMouseTransparent(false);
            }
            place.accept(node, item);
            node.setUserData(item);
        }
        Set<Node> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        int aside = 0;
        for (Node node : layer.getChildren()) {
            if (!kept.contains(node)) {
                if (spares && aside < SPARES) {
                    // A node already aside is left as it is: there are a few hundred.
                    if (!isAside(node)) {
                        putAside(node);
                    }
                    aside++;
                } else {
                    dropped.add(node);
                }
            }
        }
        layer.getChildren().removeIf(dropped::contains);
        layer.getChildren().addAll(added);
    }

    /** Whether a node is made ahead or put aside, not shown. */
    private static boolean isAside(Node node) {
        // hasProperties first: asking a node for its properties makes it a map to hold them.
        return node.hasProperties() && node.getProperties().containsKey(STAGED);
    }

    /** Hides a node the drawing does not show (yet, or any more), keeping it styled for a later drawing. */
    private static void putAside(Node node) {
        node.setOpacity(0);
        node.setMouseTransparent(true);
        node.setAccessibleText(null);
        node.getProperties().put(STAGED, Boolean.TRUE);
    }

    /**
     * Lays a veil of {@code opacity} over one object of the drawing shown: from its title to its
     * last box, across the drawing. Objects are drawn one under another, so that band holds only
     * this object.
     */
    private Optional<Rectangle> veil(String objectId, double opacity) {
        Optional<Drawing.Title> title = shown.titles().stream().filter(t -> t.objectId().equals(objectId)).findFirst();
        double bottom = shown.boxes().stream().filter(b -> b.objectId().equals(objectId))
                .mapToDouble(b -> b.y() + b.height()).max().orElse(Double.NaN);
        if (title.isEmpty() || Double.isNaN(bottom)) {
            return Optional.empty();
        }
        Rectangle veil = new Rectangle(title.get().x(), title.get().y(), shown.width() - title.get().x(),
                bottom - title.get().y());
        veil.getStyleClass().add("veil");
        veil.setMouseTransparent(true);
        veil.setOpacity(opacity);
        veil.setUserData(objectId);
        veils.getChildren().add(veil);
        return Optional.of(veil);
    }

    /**
     * Fades a veil to {@code opacity}, then runs {@code done}; showing another drawing stops it
     * first. A veil out of sight only waits as long, so that what comes next comes at the same time.
     */
    private void fade(Rectangle veil, double opacity, Runnable done) {
        Transition fade;
        if (inSight(veil)) {
            FadeTransition toOpacity = new FadeTransition(FRESH_FADE, veil);
            toOpacity.setToValue(opacity);
            fade = toOpacity;
        } else {
            fade = new PauseTransition(FRESH_FADE);
        }
        fade.setOnFinished(e -> {
            veiling.remove(fade);
            done.run();
        });
        veiling.add(fade);
        fade.play();
    }

    /** Sets the node through which the drawing is seen; out of its sight nothing is faded. */
    public void setViewport(Node viewport) {
        this.viewport = viewport;
    }

    /** Whether any of {@code node} can be seen through the viewport (all of it can, without one). */
    private boolean inSight(Node node) {
        return seen().map(seen -> seen.intersects(node.getBoundsInParent())).orElse(true);
    }

    /** The part of the drawing seen through the viewport, in its coordinates; empty without one. */
    private Optional<Bounds> seen() {
        return Optional.ofNullable(viewport).map(v -> sceneToLocal(v.localToScene(v.getLayoutBounds())));
    }

    /**
     * Makes, hidden, the boxes and titles {@code next} will need that this drawing does not have,
     * so that showing it later only moves and reveals nodes; then runs {@code ready}. They are made
     * a few in each frame, boxes first: a new table brings a few dozen, and making and styling them
     * all in one frame, or in the step's own frame, costs a frame.
     */
    public void prepare(Drawing next, Runnable ready) {
        Deque<Runnable> work = new ArrayDeque<>();
        stageAhead(boxes, Drawing.Box.class, next.boxes(), LayoutView::look, this::boxNode, work);
        stageAhead(titles, Drawing.Title.class, next.titles(), LayoutView::look, LayoutView::titleNode, work);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Runnable chunk = work.poll();
                if (chunk != null) {
                    chunk.run();
                } else {
                    stop();
                    ready.run();
                }
            }
        }.start();
    }

    /**
     * Queues on {@code work}, {@link #STAGED_PER_FRAME} at a time, the making of a node for each of
     * {@code wanted} that no node in {@code layer} already looks like. The nodes are added
     * transparent rather than invisible: JavaFX styles only visible nodes, and styling them ahead
     * is the point. They wait in sight, where showing the drawing moves them from: in a frame whose
     * only changes are out of sight, JavaFX repaints the whole window.
     */
    private <T> void stageAhead(Group layer, Class<T> type, List<T> wanted, Function<T, Object> look,
                                Function<T, Node> make, Deque<Runnable> work) {
        Map<Object, Integer> have = new HashMap<>();
        for (Node node : layer.getChildren()) {
            if (type.isInstance(node.getUserData())) {
                have.merge(look.apply(type.cast(node.getUserData())), 1, Integer::sum);
            }
        }
        List<T> missing = new ArrayList<>();
        for (T item : wanted) {
            Object key = look.apply(item);
            if (have.getOrDefault(key, 0) > 0) {
                have.merge(key, -1, Integer::sum);
            } else {
                missing.add(item);
            }
        }
        for (int from = 0; from < missing.size(); from += STAGED_PER_FRAME) {
            List<T> chunk = missing.subList(from, Math.min(missing.size(), from + STAGED_PER_FRAME));
            work.add(() -> {
                List<Node> staged = new ArrayList<>();
                Optional<Bounds> seen = seen();
                for (T item : chunk) {
                    Node node = make.apply(item);
                    putAside(node);
                    seen.ifPresent(s -> node.relocate(Math.max(0, s.getMinX()), Math.max(0, s.getMinY())));
                    staged.add(node);
                }
                layer.getChildren().addAll(staged);
            });
        }
    }

    /**
     * Outlines each new or changed object. An outline over the boxes, rather than a style on
     * each box, keeps the step's frame free of restyling a few dozen boxes.
     */
    private void markFresh(Drawing drawing, Set<String> fresh) {
        Map<String, BoundingBox> extents = new LinkedHashMap<>();
        for (Drawing.Box box : drawing.boxes()) {
            if (fresh.contains(box.objectId())) {
                extents.merge(box.objectId(), new BoundingBox(box.x(), box.y(), box.width(), box.height()),
                        (a, b) -> {
                            double minX = Math.min(a.getMinX(), b.getMinX());
                            double minY = Math.min(a.getMinY(), b.getMinY());
                            return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                                    Math.max(a.getMaxY(), b.getMaxY()) - minY);
                        });
            }
        }
        List<Node> outlines = new ArrayList<>();
        for (BoundingBox b : extents.values()) {
            Rectangle outline = new Rectangle(b.getMinX() - FRESH_MARGIN,
                    b.getMinY() - FRESH_MARGIN, b.getWidth() + 2 * FRESH_MARGIN, b.getHeight() + 2 * FRESH_MARGIN);
            outline.getStyleClass().add("fresh");
            outline.setMouseTransparent(true);
            outlines.add(outline);
        }
        marks.getChildren().setAll(outlines);
    }

    private static Object look(Drawing.Title title) {
        return List.of(title.text(), title.detail(), title.shared());
    }

    /** Whether a box node is part of the drawing shown, not one made ahead for the next. */
    public static boolean isShown(Node node) {
        return node.isVisible() && !isAside(node);
    }

    /** The box the user selected (by click or keyboard), for the inspector. */
    public ObjectProperty<Optional<Drawing.Box>> selected() {
        return selected;
    }

    private void select(Optional<Drawing.Box> box) {
        selected.set(box);
    }

    private void move(int by) {
        if (order.isEmpty()) {
            return;
        }
        int at = selected.get().map(box -> indexOf(box)).orElse(by > 0 ? -1 : order.size());
        select(Optional.of(order.get(Math.max(0, Math.min(order.size() - 1, at + by)))));
    }

    private int indexOf(Drawing.Box box) {
        for (int i = 0; i < order.size(); i++) {
            if (sameRegion(order.get(i), box)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameRegion(Object data, Drawing.Box box) {
        return data instanceof Drawing.Box other && other.objectId().equals(box.objectId())
                && other.region().equals(box.region()) && other.first() == box.first();
    }

    /** Lights up the boxes of the given regions (a beat of a growth transition), and no others. */
    public void highlight(List<Beat.Highlight> regions) {
        // Only the boxes whose light changes are touched: this runs in the frame a step is shown,
        // among a few hundred boxes.
        Set<Beat.Highlight> lit = new HashSet<>(regions);
        Set<Node> now = lit.isEmpty() ? Set.of()
                : shownBoxes(box -> lit.contains(new Beat.Highlight(box.objectId(), box.region().offset())));
        for (Node node : beating) {
            if (!now.contains(node)) {
                node.getStyleClass().remove("beat");
            }
        }
        for (Node node : now) {
            if (!beating.contains(node)) {
                node.getStyleClass().add("beat");
            }
        }
        beating.clear();
        beating.addAll(now);
    }

    /** The nodes of the drawing shown (not made ahead or put aside) whose box passes {@code test}. */
    private Set<Node> shownBoxes(Predicate<Drawing.Box> test) {
        Set<Node> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : boxes.getChildren()) {
            if (isShown(node) && node.getUserData() instanceof Drawing.Box box && test.test(box)) {
                found.add(node);
            }
        }
        return found;
    }

    /** Dims the boxes and title of one object (a table being replaced). */
    public void dim(String objectId) {
        veil(objectId, 1 - GHOST_OPACITY);
    }

    /** Fades one object out, then runs {@code done}. */
    public void fadeOut(String objectId, Runnable done) {
        Optional<Rectangle> veil = veils.getChildren().stream()
                .filter(node -> objectId.equals(node.getUserData()) && node instanceof Rectangle)
                .map(Rectangle.class::cast).findFirst().or(() -> veil(objectId, 0));
        if (veil.isPresent()) {
            fade(veil.get(), 1, done);
        } else {
            done.run();
        }
    }

    /** A short horizontal shake: the object refused what was asked of it. */
    public void shake() {
        TranslateTransition shake = new TranslateTransition(SHAKE_STEP, this);
        shake.setFromX(-SHAKE_DISTANCE);
        shake.setToX(SHAKE_DISTANCE);
        shake.setCycleCount(6);
        shake.setAutoReverse(true);
        shake.setOnFinished(e -> setTranslateX(0));
        shake.play();
    }

    /** Everything that decides how a box looks, apart from where it is. */
    private static Object look(Drawing.Box box) {
        return new BoxLook(box.kind(), box.label(), box.detail(), box.width(), box.height(), box.compact(), box.folded());
    }

    /** What a box node shows, as a key: a record, since a few hundred are compared on every step. */
    private record BoxLook(RegionKind kind, String label, String detail, double width, double height, boolean compact,
                           boolean folded) {
    }

    /** A box node, perhaps of an earlier drawing, moved to {@code box} and made to speak for it. */
    private static void reuse(Node node, Drawing.Box box) {
        node.relocate(box.x(), box.y());
        node.setAccessibleText(box.spoken());
    }

    /**
     * A box: a styled pane with two text lines. Plain {@link Text} nodes and one tooltip for the
     * whole view keep a redraw of a few hundred boxes within a frame.
     */
    private Pane boxNode(Drawing.Box box) {
        Pane node = new Pane();
        if (!box.label().isEmpty()) {
            Text name = new Text(box.label());
            name.getStyleClass().add("region-label");
            name.relocate(TEXT_INSET_X, TEXT_INSET_Y);
            node.getChildren().add(name);
        }
        if (!box.detail().isEmpty()) {
            Text detail = new Text(box.detail());
            detail.getStyleClass().add("region-detail");
            detail.relocate(TEXT_INSET_X, TEXT_INSET_Y + DETAIL_OFFSET_Y);
            node.getChildren().add(detail);
        }
        node.getStyleClass().addAll("region-box", "kind-" + box.kind().id());
        if (box.folded()) {
            node.getStyleClass().add("folded");
        }
        if (box.compact()) {
            node.getStyleClass().add("compact");
        }
        node.relocate(box.x(), box.y());
        // Sized once, here: an unmanaged box is left alone by every layout pass, and a growth
        // step that redraws hundreds of boxes must fit in a frame.
        node.setManaged(false);
        node.resize(box.width(), box.height());
        // The handlers read the box the node stands for when the event comes: a reused node
        // stands for another box than the one it was made for.
        node.setOnMouseEntered(e -> {
            Drawing.Box now = (Drawing.Box) node.getUserData();
            tooltip.setText(now.spoken() + "\n" + now.kind().explanation());
        });
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.setOnMouseClicked(e -> select(Optional.of((Drawing.Box) node.getUserData())));
        node.setAccessibleText(box.spoken());
        node.setUserData(box);
        return node;
    }

    /**
     * The label of a box too narrow for it, above the box's row: a leader line from the box up to
     * the text. Placed by its top-left corner, where the leader runs.
     */
    private static Pane calloutNode(Drawing.Callout callout) {
        Line leader = new Line(0, LEADER_TOP, 0, callout.leader());
        Line tick = new Line(0, LEADER_TOP, LEADER_TICK, LEADER_TOP);
        leader.getStyleClass().add("callout-leader");
        tick.getStyleClass().add("callout-leader");
        Text label = new Text(callout.label());
        label.getStyleClass().add("callout-label");
        label.setTextOrigin(VPos.TOP);
        Text detail = new Text(callout.detail());
        detail.getStyleClass().add("callout-detail");
        detail.setTextOrigin(VPos.TOP);
        HBox text = new HBox(6, label, detail);
        text.setAlignment(Pos.BASELINE_LEFT);
        text.relocate(LEADER_TICK + 2, 0);
        Pane node = new Pane(leader, tick, text);
        node.setMouseTransparent(true);
        node.relocate(callout.x(), callout.y());
        return node;
    }

    /**
     * A link from an index slot down to the entry it holds, drawn where the drawing says (its look
     * is its place), on a paper-coloured casing: where it crosses the cells of a later row it reads
     * as passing over them.
     */
    private static Group linkNode(Drawing.Link link) {
        Polyline casing = new Polyline();
        Polyline line = new Polyline();
        for (Drawing.Point p : link.points()) {
            casing.getPoints().addAll(p.x(), p.y());
            line.getPoints().addAll(p.x(), p.y());
        }
        casing.getStyleClass().add("slot-link-casing");
        line.getStyleClass().add("slot-link");
        Drawing.Point end = link.points().get(link.points().size() - 1);
        Circle dot = new Circle(end.x(), end.y(), LINK_DOT);
        dot.getStyleClass().add("slot-link-dot");
        Group node = new Group(casing, line, dot);
        node.setMouseTransparent(true);
        return node;
    }

    /** A line of text under a hash table: where a key's hash sends it. */
    private static Text remarkNode(Drawing.Remark remark) {
        Text text = new Text(remark.text());
        text.getStyleClass().add("remark");
        text.setTextOrigin(VPos.TOP);
        text.relocate(remark.x(), remark.y());
        return text;
    }

    /**
     * An object's title: plain {@link Text} nodes rather than labels, which bring a skin and many
     * more styleable properties; a growth step makes a few titles, and their styling is garbage
     * that the collector must then clear in some later frame.
     */
    private static HBox titleNode(Drawing.Title title) {
        Text text = new Text(title.text());
        text.getStyleClass().add("object-title");
        Text detail = new Text(title.detail());
        detail.getStyleClass().add("object-detail");
        HBox row = new HBox(text, detail);
        row.getStyleClass().add("object-heading");
        if (title.shared()) {
            Label badge = new Label(Drawing.Title.SHARED_BADGE);
            badge.getStyleClass().add("shared-badge");
            row.getChildren().add(badge);
        }
        row.relocate(title.x(), title.y());
        row.setUserData(title);
        return row;
    }
}
