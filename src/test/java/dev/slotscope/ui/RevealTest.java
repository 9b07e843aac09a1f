package dev.slotscope.ui;

import dev.slotscope.drawing.Drawing;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.growth.Beat;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.Transitions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scrolling to what a growth step changes, as numbers. */
class RevealTest {

    private static final double M = Reveal.MARGIN;

    @Test
    void whatIsInSightStaysPut() {
        assertEquals(100, Reveal.start(100, 400, 1000, new Reveal.Span(200, 300)));
    }

    @Test
    void belowTheFoldScrollsDownJustEnough() {
        assertEquals(700 + M - 400, Reveal.start(0, 400, 1000, new Reveal.Span(650, 700)));
    }

    @Test
    void aboveScrollsUpAndATallTargetShowsItsStart() {
        assertEquals(300 - M, Reveal.start(500, 400, 1000, new Reveal.Span(300, 350)));
        assertEquals(100 - M, Reveal.start(0, 400, 1000, new Reveal.Span(100, 900)));
    }

    @Test
    void neverPastTheEnds() {
        assertEquals(600, Reveal.start(0, 400, 1000, new Reveal.Span(950, 1000)));
        assertEquals(0, Reveal.start(300, 400, 1000, new Reveal.Span(0, 10)));
    }

    @Test
    void theSpanIsThatOfTheLitBoxes() {
        List<GrowthStep> steps = new CPythonGrowth().grow(CPythonVersion.V3_10, Variant.STANDARD, AttributeNames.DEFAULT,
                List.of("z"));
        Drawing drawing = new LayoutDrawer(DrawingMetrics.CLASSROOM, LayoutView.TEXT_WIDTH).draw(steps.get(1).layout());
        List<Beat.Highlight> lit = Transitions.between(steps.get(0), steps.get(1)).stream().map(Beat::highlights)
                .filter(h -> !h.isEmpty()).findFirst().orElseThrow();
        Reveal.Span down = Reveal.of(drawing, lit).orElseThrow()[0];
        Drawing.Box keys = drawing.boxes().stream().filter(b -> b.objectId().equals(lit.get(0).objectId())
                && b.region().offset() == lit.get(0).offset()).findFirst().orElseThrow();
        assertTrue(down.min() <= keys.y() && down.max() >= keys.y() + keys.height(), down + " holds " + keys);
        assertTrue(Reveal.of(drawing, List.of()).isEmpty());
    }
}
