package dev.slotscope.export;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No blank box: every region's label is text in the exported SVG, in the box or in a callout
 * beside it, for each CPython version and variant, the JVM's lesson classes, a few JDK classes,
 * and growth steps.
 */
class EveryLabelShownTest {

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    /** An element of a row of them may say just its number: "12" of "[12]". */
    private static final Pattern NUMBERED = Pattern.compile("\\[(\\d+)]");
    /** An empty bucket is in a cell of its own or of its run: "bucket 12 empty", "buckets 10–15 empty". */
    private static final Pattern EMPTY_BUCKETS = Pattern.compile("(?m)^(?:bucket (\\d+)|buckets (\\d+)–(\\d+)) empty$");
    /** Runs of free room may be drawn shortened: "40 × free entry · 640 bytes (shortened)". */
    private static final Set<RegionKind> FOLDABLE = EnumSet.of(RegionKind.SPARE, RegionKind.UNUSED_ENTRY);

    private record View(String name, ObjectLayout layout) {
    }

    @TestFactory
    Stream<DynamicTest> everyRegionLabelIsInTheSvg() {
        List<View> views = new ArrayList<>();
        CPythonLens python = new CPythonLens();
        AttributeNames xy = AttributeNames.parse("x, y");
        for (CPythonVersion version : CPythonVersion.values()) {
            for (Variant variant : Variant.values()) {
                if (variant.availableIn(version)) {
                    views.add(new View(version.id() + " " + variant.id(), python.describe(version, variant, xy).layout()));
                }
            }
            for (GrowthStep step : new CPythonGrowth().grow(version, Variant.STANDARD, xy, List.of("a1", "a2", "a3"))) {
                views.add(new View(version.id() + " standard + a1..a3, a step", step.layout()));
            }
        }
        JvmLens jvm = new JvmLens();
        for (JvmVariant variant : JvmVariant.values()) {
            views.add(new View("jvm " + variant.id(), jvm.describe(variant, xy, JvmMode.LIVE).layout()));
        }
        for (String jdkClass : List.of("java.util.HashMap", "java.util.ArrayList", "java.lang.String", "java.lang.Thread")) {
            views.add(new View(jdkClass, jvm.describeClass(jdkClass, List.of(), JvmMode.LIVE, false).layout()));
        }
        for (GrowthStep step : new JvmGrowth().grow(JvmVariant.STANDARD, xy, List.of("a1", "a2", "a3"), JvmMode.LIVE)) {
            views.add(new View("jvm standard + a1..a3, a step", step.layout()));
        }
        return views.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> assertAllLabelsShown(v)));
    }

    private static void assertAllLabelsShown(View view) {
        LayoutDrawer drawer = new LayoutDrawer(DrawingMetrics.CLASSROOM, Typography.DEFAULT.textWidth());
        String svg = PictureWriter.svg(new LayoutPicture(drawer.draw(view.layout())), Theme.LIGHT);
        String texts = texts(svg);
        for (MemoryObject object : view.layout().objects()) {
            int bucket = -1;
            for (Region r : object.regions()) {
                bucket += r.kind() == RegionKind.BUCKET ? 1 : 0;
                // An empty bucket has no label: a cell must say, by its number, that it is empty.
                if (r.kind() == RegionKind.BUCKET && r.label().isEmpty()) {
                    assertTrue(inEmptyBuckets(texts, bucket), view.name() + ": " + object.id() + " empty bucket " + bucket
                            + " is not in the picture");
                    continue;
                }
                if (r.label().isEmpty()) {
                    continue;
                }
                String expected = r.kind() == RegionKind.INDEX ? "→ #" + r.label() : r.label();
                Matcher numbered = NUMBERED.matcher(r.label());
                boolean shown = texts.contains(expected)
                        || FOLDABLE.contains(r.kind()) && texts.contains("× " + r.kind().title())
                        || numbered.matches() && texts.contains("\n" + numbered.group(1) + "\n");
                assertTrue(shown, view.name() + ": " + object.id() + " " + r.kind().title() + " '" + r.label()
                        + "' at " + r.offset() + " is not in the picture");
            }
        }
    }

    /** Whether a cell says that bucket {@code n} is empty, alone or in a run. */
    private static boolean inEmptyBuckets(String texts, int n) {
        Matcher m = EMPTY_BUCKETS.matcher(texts);
        while (m.find()) {
            if (m.group(1) != null ? Integer.parseInt(m.group(1)) == n
                    : Integer.parseInt(m.group(2)) <= n && n <= Integer.parseInt(m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /** The SVG's texts, one per line, with XML's escapes undone. */
    private static String texts(String svg) {
        StringBuilder all = new StringBuilder("\n");
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            all.append(m.group(1).replace("&apos;", "'").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")).append('\n');
        }
        return all.toString();
    }
}
