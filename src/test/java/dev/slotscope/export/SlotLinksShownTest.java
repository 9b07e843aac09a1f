package dev.slotscope.export;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.layout.KeyIndex;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The slot a key lands in is joined to its entry in the exported picture: for every key of every
 * table of each step of the growth scenario, on every version, the SVG has that slot's link, an
 * element of its own titled in words.
 */
class SlotLinksShownTest {

    @ParameterizedTest
    @EnumSource(CPythonVersion.class)
    void everyKeysSlotIsLinkedToItsEntryInTheSvg(CPythonVersion version) {
        LayoutDrawer drawer = new LayoutDrawer(DrawingMetrics.CLASSROOM, Typography.DEFAULT.textWidth());
        List<GrowthStep> steps = new CPythonGrowth().grow(version, Variant.STANDARD, AttributeNames.parse("x, y"),
                List.of("a1", "a2", "a3", "a4", "a5"));
        int links = 0;
        for (GrowthStep step : steps) {
            String svg = PictureWriter.svg(new LayoutPicture(drawer.draw(step.layout())), Theme.LIGHT);
            for (MemoryObject table : step.layout().objects()) {
                for (KeyIndex.Key key : table.index().map(KeyIndex::keys).orElse(List.of())) {
                    String group = "class='slot-link' data-table='" + table.id() + "' data-slot='" + key.slot()
                            + "' data-entry='" + key.entry() + "'><title>slot " + key.slot() + " holds entry " + key.entry()
                            + "</title>";
                    assertTrue(svg.contains(group), version.id() + " step " + step.step() + ": no link from slot "
                            + key.slot() + " of " + table.id() + " to entry " + key.entry() + " ('" + key.name() + "')");
                    links++;
                }
            }
        }
        assertTrue(links >= 7, "the scenario's tables hold keys: " + links);
    }
}
