package dev.slotscope.export;

import dev.slotscope.drawing.Drawing;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.theme.Palette;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Drawing} painted the way the window shows it: boxes filled by kind with their two lines
 * of text, object titles, pointer arrows under the boxes, links from index slots to entries over
 * them, callouts and brackets above their rows, remarks under hash tables, all set in the
 * picture's typography.
 */
public record LayoutPicture(Drawing drawing, Typography type) implements Picture {

    /** Where a box's two lines of text sit inside it, as in the window. */
    private static final double TEXT_INSET_X = 5;
    private static final double TEXT_INSET_Y = 4;
    private static final double DETAIL_OFFSET_Y = 19;
    /** A box lower than this many label sizes has room for one line only. */
    private static final double ONE_LINE = 2.4;
    private static final double ARROW_HEAD = 10;
    private static final double ARROW_WIDTH = 1.6;
    private static final double TITLE_GAP = 10;
    private static final double BADGE_PAD_X = 6;
    private static final double BADGE_PAD_Y = 2;
    /** A callout's leader starts level with the middle of its text (this share of its size down), with a short tick towards it. */
    private static final double LEADER_TOP = 9.0 / 14;
    private static final double LEADER_TICK = 4;
    private static final double LEADER_WIDTH = 1.2;
    /** A link from an index slot to its entry: thinner than a pointer, with a dot where it meets the entry. */
    private static final double LINK_WIDTH = 1.6;
    private static final double LINK_DOT = 3;
    private static final double LINK_CASING = 4.5;
    /** Kinds that stand for empty room, drawn with dashed borders as well as pale fills. */
    static final Set<RegionKind> DASHED = EnumSet.of(RegionKind.SPARE, RegionKind.UNUSED_ENTRY, RegionKind.PADDING);

    /** A drawing in the window's type. */
    public LayoutPicture(Drawing drawing) {
        this(drawing, Typography.DEFAULT);
    }

    @Override
    public double width() {
        return drawing.width();
    }

    @Override
    public double height() {
        return drawing.height();
    }

    @Override
    public void paint(Graphics2D g, Painting painting) {
        Palette p = painting.palette();
        for (Drawing.Arrow arrow : drawing.arrows()) {
            paintArrow(g, p, arrow);
        }
        for (Drawing.Title title : drawing.titles()) {
            paintTitle(g, p, type, title);
        }
        for (Drawing.Box box : drawing.boxes()) {
            paintBox(g, p, type, box);
        }
        for (Drawing.Link link : drawing.links()) {
            paintLink(g, p, link);
        }
        for (Drawing.Callout callout : drawing.callouts()) {
            paintCallout(g, p, type, callout);
        }
        for (Drawing.Bracket bracket : drawing.brackets()) {
            paintBracket(g, p, type, bracket);
        }
        g.setFont(type.boxDetail(false));
        g.setColor(Colors.of(p.ink()));
        for (Drawing.Remark remark : drawing.remarks()) {
            g.drawString(remark.text(), (float) remark.x(), baseline(remark.y(), g));
        }
    }

    private static void paintBox(Graphics2D g, Palette p, Typography type, Drawing.Box box) {
        Rectangle2D.Double r = new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
        g.setColor(Colors.of(p.fill(box.kind())));
        g.fill(r);
        Stroke old = g.getStroke();
        g.setStroke(border(p.borderWidth(), box.folded() || DASHED.contains(box.kind())));
        g.setColor(Colors.of(p.line()));
        g.draw(r);
        g.setStroke(old);
        g.setColor(Colors.of(p.ink()));
        if (!box.label().isEmpty()) {
            g.setFont(type.boxLabel(box.compact()));
            double size = g.getFont().getSize2D();
            // A box of one line (a slide's, which has no offsets) carries its name in its middle.
            boolean oneLine = box.detail().isEmpty() && box.height() < ONE_LINE * size;
            double top = oneLine ? box.y() + (box.height() - size) / 2 - 1 : box.y() + TEXT_INSET_Y;
            g.drawString(box.label(), (float) (box.x() + TEXT_INSET_X), baseline(top, g));
        }
        if (!box.detail().isEmpty()) {
            g.setColor(Colors.of(p.inkSoft()));
            g.setFont(type.boxDetail(box.compact()));
            g.drawString(box.detail(), (float) (box.x() + TEXT_INSET_X), baseline(box.y() + TEXT_INSET_Y + DETAIL_OFFSET_Y, g));
        }
    }

    private static Stroke border(double width, boolean dashed) {
        return dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0)
                : new BasicStroke((float) width);
    }

    private static void paintTitle(Graphics2D g, Palette p, Typography type, Drawing.Title title) {
        g.setFont(type.objectTitle());
        FontMetrics titleMetrics = g.getFontMetrics();
        float base = baseline(title.y(), g);
        g.setColor(Colors.of(p.ink()));
        g.drawString(title.text(), (float) title.x(), base);
        double x = title.x() + titleMetrics.stringWidth(title.text()) + TITLE_GAP;
        g.setFont(type.objectDetail());
        g.setColor(Colors.of(p.inkSoft()));
        g.drawString(title.detail(), (float) x, base);
        if (title.shared()) {
            x += g.getFontMetrics().stringWidth(title.detail()) + TITLE_GAP;
            String badge = Drawing.Title.SHARED_BADGE;
            g.setFont(type.small());
            FontMetrics m = g.getFontMetrics();
            Rectangle2D.Double r = new Rectangle2D.Double(x, base - m.getAscent() - BADGE_PAD_Y,
                    m.stringWidth(badge) + 2 * BADGE_PAD_X, m.getAscent() + m.getDescent() + 2 * BADGE_PAD_Y);
            g.setColor(Colors.of(p.badge()));
            g.fill(r);
            g.setColor(Colors.of(p.paper()));
            g.drawString(badge, (float) (x + BADGE_PAD_X), base);
        }
    }

    /** A label above its box's row, with a leader line down to the box. */
    private static void paintCallout(Graphics2D g, Palette p, Typography type, Drawing.Callout callout) {
        g.setColor(Colors.of(p.line()));
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) LEADER_WIDTH));
        double leaderTop = callout.y() + LEADER_TOP * type.boxLabel(false).getSize2D();
        g.draw(new Line2D.Double(callout.x(), leaderTop, callout.x(), callout.y() + callout.leader()));
        g.draw(new Line2D.Double(callout.x(), leaderTop, callout.x() + LEADER_TICK, leaderTop));
        g.setStroke(old);
        g.setColor(Colors.of(p.ink()));
        g.setFont(type.boxLabel(false));
        float x = (float) (callout.x() + LEADER_TICK + 2);
        g.drawString(callout.label(), x, baseline(callout.y(), g));
        float detailX = x + g.getFontMetrics().stringWidth(callout.label()) + 6;
        g.setColor(Colors.of(p.inkSoft()));
        g.setFont(type.boxDetail(false));
        g.drawString(callout.detail(), detailX, baseline(callout.y() + 2, g));
    }

    /** The names of a run of narrow boxes over a bracket that spans them, ticked where two boxes meet. */
    private static void paintBracket(Graphics2D g, Palette p, Typography type, Drawing.Bracket bracket) {
        g.setColor(Colors.of(p.line()));
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) LEADER_WIDTH));
        double y = bracket.lineY();
        g.draw(new Line2D.Double(bracket.x() + 1, y, bracket.right() - 1, y));
        g.draw(new Line2D.Double(bracket.x() + 1, y, bracket.x() + 1, bracket.rowTop()));
        g.draw(new Line2D.Double(bracket.right() - 1, y, bracket.right() - 1, bracket.rowTop()));
        for (double tick : bracket.ticks()) {
            g.draw(new Line2D.Double(tick, y, tick, bracket.rowTop()));
        }
        g.setStroke(old);
        g.setColor(Colors.of(p.ink()));
        g.setFont(type.boxLabel(false));
        g.drawString(bracket.text(), (float) (bracket.x() + 2), baseline(bracket.y(), g));
    }

    private static void paintArrow(Graphics2D g, Palette p, Drawing.Arrow arrow) {
        Path2D.Double line = new Path2D.Double();
        Drawing.Point first = arrow.points().get(0);
        line.moveTo(first.x(), first.y());
        for (Drawing.Point point : arrow.points().subList(1, arrow.points().size())) {
            line.lineTo(point.x(), point.y());
        }
        g.setColor(Colors.of(p.arrow()));
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) ARROW_WIDTH));
        g.draw(line);
        g.setStroke(old);
        Drawing.Point tip = arrow.points().get(arrow.points().size() - 1);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tip.x(), tip.y());
        head.lineTo(tip.x() - ARROW_HEAD, tip.y() - ARROW_HEAD / 2);
        head.lineTo(tip.x() - ARROW_HEAD, tip.y() + ARROW_HEAD / 2);
        head.closePath();
        g.fill(head);
    }

    /**
     * A link from an index slot to its entry, over the boxes like the window's: on a paper-coloured
     * casing, so that where it crosses the entries of a later row it reads as passing over them.
     * In SVG it is a group of class {@code slot-link} saying its table, slot and entry, with a title
     * in words (ids would clash: side by side, two drawings have the same tables).
     */
    private static void paintLink(Graphics2D g, Palette p, Drawing.Link link) {
        Path2D.Double line = new Path2D.Double();
        Drawing.Point first = link.points().get(0);
        line.moveTo(first.x(), first.y());
        for (Drawing.Point point : link.points().subList(1, link.points().size())) {
            line.lineTo(point.x(), point.y());
        }
        boolean svg = g instanceof SVGGraphics2D;
        if (svg) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "slot-link");
            attributes.put("data-table", link.objectId());
            attributes.put("data-slot", Integer.toString(link.slot()));
            attributes.put("data-entry", Integer.toString(link.entry()));
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, "slot " + link.slot() + " holds entry " + link.entry());
        }
        Stroke old = g.getStroke();
        g.setColor(Colors.of(p.paper()));
        g.setStroke(new BasicStroke((float) LINK_CASING));
        g.draw(line);
        g.setColor(Colors.of(p.accent()));
        g.setStroke(new BasicStroke((float) LINK_WIDTH));
        g.draw(line);
        g.setStroke(old);
        Drawing.Point end = link.points().get(link.points().size() - 1);
        g.fill(new Ellipse2D.Double(end.x() - LINK_DOT, end.y() - LINK_DOT, 2 * LINK_DOT, 2 * LINK_DOT));
        if (svg) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
        }
    }

    /** The baseline of text whose top is at {@code top}, in the current font. */
    static float baseline(double top, Graphics2D g) {
        return (float) (top + g.getFont().getSize2D() * Typography.ASCENT);
    }
}
