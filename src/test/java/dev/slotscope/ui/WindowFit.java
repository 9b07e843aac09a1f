package dev.slotscope.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What a class would see cut off in the window: labels shown shorter than their text (cut to
 * "…"), wrapped text broken inside a word, and controls reaching past the area they belong to.
 */
final class WindowFit {

    private WindowFit() {
    }

    /**
     * Every control under {@code root} that is showing, in scroll panes too (the summary's bars
     * are cut by its width, not moved by its scrolling), but not in the drawing, whose labels the
     * drawing's own tests check.
     */
    static List<Control> shownControls(Parent root) {
        List<Control> found = new ArrayList<>();
        collect(root, found, true);
        return found;
    }

    /** As {@link #shownControls}, but outside scroll panes: their content scrolls into the window. */
    static List<Control> fixedControls(Parent root) {
        List<Control> found = new ArrayList<>();
        collect(root, found, false);
        return found;
    }

    private static void collect(Node node, List<Control> found, boolean scrolled) {
        if (!node.isVisible() || node instanceof LayoutView) {
            return;
        }
        if (node instanceof Control control) {
            found.add(control);
        }
        if (node instanceof ScrollPane scroll) {
            if (scrolled && scroll.getContent() instanceof Parent content) {
                collect(content, found, true);
            }
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found, scrolled));
        }
    }

    /** The text a labeled control draws: its skin's text node, or its own text before it has a skin. */
    static String rendered(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    /** Labeled controls under {@code root} that draw less than their text, as "name: shown ≠ text". */
    static List<String> truncated(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Control c : shownControls(root)) {
            if (c instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                String text = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
                String shown = rendered(l);
                String plain = l.isMnemonicParsing() && shown != null ? shown.replace("_", "") : shown;
                if (plain == null || !plain.equals(text)) {
                    cut.add(describe(l) + ": shows \"" + shown + "\" of \"" + l.getText() + "\"");
                }
            }
        }
        return cut;
    }

    /**
     * Wrapped labels under {@code root} with a word wider than the line they wrap to, which the text
     * would then break letter by letter ("slots=Tru / e").
     */
    static List<String> wordsBroken(Parent root) {
        List<String> broken = new ArrayList<>();
        for (Control c : shownControls(root)) {
            if (c instanceof Labeled l && l.isWrapText() && l.getText() != null) {
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text text && child.getStyleClass().contains("text") && text.getWrappingWidth() > 0) {
                        for (String word : l.getText().split("\\s+")) {
                            Text probe = new Text(word);
                            probe.setFont(text.getFont());
                            double width = probe.getLayoutBounds().getWidth();
                            if (width > text.getWrappingWidth() + 0.5) {
                                broken.add(describe(l) + ": \"" + word + "\" is " + Math.round(width) + " px, its line "
                                        + Math.round(text.getWrappingWidth()) + " px");
                            }
                        }
                    }
                }
            }
        }
        return broken;
    }

    /** Controls under {@code root} whose bounds in the scene reach outside {@code area} (scene coordinates). */
    static List<String> outside(Parent root, Bounds area) {
        List<String> out = new ArrayList<>();
        for (Control c : fixedControls(root)) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < area.getMinX() - 0.5 || b.getMaxX() > area.getMaxX() + 0.5
                    || b.getMinY() < area.getMinY() - 0.5 || b.getMaxY() > area.getMaxY() + 0.5)) {
                out.add(describe(c) + " at " + Math.round(b.getMinX()) + ".." + Math.round(b.getMaxX()) + " × "
                        + Math.round(b.getMinY()) + ".." + Math.round(b.getMaxY()));
            }
        }
        return out;
    }

    /** Text fields under {@code root} too narrow for the text in them, which then scrolls out of sight. */
    static List<String> fieldsCut(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Control c : shownControls(root)) {
            if (c instanceof TextField field && field.getText() != null && !field.getText().isEmpty()) {
                Text probe = new Text(field.getText());
                probe.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                    cut.add(describe(c) + " \"" + field.getText() + "\" needs " + Math.round(probe.getLayoutBounds().getWidth())
                            + " px, has " + Math.round(room));
                }
            }
        }
        return cut;
    }

    /** Controls under {@code root} narrower than their smallest size, which their skins then cut. */
    static List<String> squeezed(Parent root) {
        List<String> squeezed = new ArrayList<>();
        for (Control c : shownControls(root)) {
            double min = c.minWidth(-1);
            if (c.getWidth() > 0 && c.getWidth() + 0.5 < min) {
                squeezed.add(describe(c) + " is " + Math.round(c.getWidth()) + " px of its " + Math.round(min));
            }
        }
        return squeezed;
    }

    /**
     * Scroll panes under {@code root} that never scroll sideways yet hold content wider than their
     * viewport: its right edge is cut (the summary's bars once widened it and cut "80 B" to "80").
     */
    static List<String> widerThanViewport(Parent root) {
        List<String> wide = new ArrayList<>();
        collectScrolls(root, wide);
        return wide;
    }

    private static void collectScrolls(Node node, List<String> wide) {
        if (!node.isVisible() || node instanceof LayoutView) {
            return;
        }
        if (node instanceof ScrollPane scroll && scroll.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER
                && scroll.getContent() != null) {
            double content = scroll.getContent().getLayoutBounds().getWidth();
            double view = scroll.getViewportBounds().getWidth();
            if (view > 0 && content > view + 0.5) {
                wide.add(describe(scroll) + "'s content is " + Math.round(content) + " px in a " + Math.round(view)
                        + " px viewport");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectScrolls(child, wide));
        }
    }

    private static String describe(Control c) {
        String name = c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId());
        return c instanceof Labeled l ? name + " \"" + l.getText() + "\"" : name;
    }
}
