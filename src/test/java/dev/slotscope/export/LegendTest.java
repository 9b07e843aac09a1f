package dev.slotscope.export;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key to a picture's boxes: the kinds drawn, each named, empty room dashed, as large as a box's label. */
class LegendTest {

    @Test
    void theLegendNamesExactlyTheKindsThePictureDraws() {
        Scene scene = new Scene("", ViewKind.LAYOUT, Runtime.fromId("cpython-3.12"), List.of("slotted"), List.of("x", "y"), List.of(), 0, 1,
                Theme.LIGHT, 100, "", List.of());
        ScenePictures.Content content = new ScenePictures().content(scene);
        assertEquals(EnumSet.of(RegionKind.GC_HEADER, RegionKind.REFCOUNT, RegionKind.TYPE_POINTER, RegionKind.SLOT), content.kinds());
        SvgTexts texts = SvgTexts.of(PictureWriter.svg(new Legend(content.kinds(), 2000), Theme.LIGHT));
        assertEquals(List.of("GC header", "reference count", "type pointer", "slot"), texts.texts().stream().map(SvgTexts.Text::text).toList());
        double label = Typography.DEFAULT.boxLabel(false).getSize2D();
        assertTrue(texts.texts().stream().allMatch(t -> t.size() == label), "legend text is as large as a box's label");
    }

    @Test
    void emptyRoomIsDashedInTheLegendAsInTheBoxes() {
        String dashed = PictureWriter.svg(new Legend(Set.of(RegionKind.SPARE), 2000), Theme.HIGH_CONTRAST);
        String solid = PictureWriter.svg(new Legend(Set.of(RegionKind.VALUE), 2000), Theme.HIGH_CONTRAST);
        assertTrue(dashed.contains("stroke-dasharray"), dashed);
        assertTrue(!solid.contains("stroke-dasharray"), solid);
    }

    @Test
    void aNarrowLegendWrapsIntoRowsAndBesideIsOneKindARow() {
        Set<RegionKind> kinds = EnumSet.of(RegionKind.GC_HEADER, RegionKind.REFCOUNT, RegionKind.TYPE_POINTER, RegionKind.SLOT);
        Legend wide = new Legend(kinds, 2000);
        Legend narrow = new Legend(kinds, 300);
        assertTrue(narrow.height() > wide.height());
        assertTrue(narrow.width() <= 300);
        assertEquals(4 * wide.height(), wide.beside().height(), 1e-9);
    }
}
