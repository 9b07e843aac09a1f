package dev.slotscope.cpython;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regions agree with the figures, for every version, variant and many attribute lists. */
class LayoutInvariantsTest {

    private final CPythonLens lens = new CPythonLens();

    static Stream<Arguments> shapes() {
        List<Arguments> all = new ArrayList<>();
        for (CPythonVersion version : CPythonVersion.values()) {
            for (Variant variant : Variant.values()) {
                if (!variant.availableIn(version)) {
                    continue;
                }
                for (int n : new int[] {0, 1, 2, 5, 6, 11, 22, 29, 30, 50, 90}) {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        names.add("n" + (n - i));
                    }
                    all.add(Arguments.of(version, variant, AttributeNames.of(names)));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("shapes")
    void regionsAgreeWithFigures(CPythonVersion version, Variant variant, AttributeNames attrs) {
        CPythonObject object = lens.describe(version, variant, attrs);
        ObjectLayout layout = object.layout();
        MemoryObject instance = layout.instance();
        CPythonFigures f = object.figures();

        int bodyAndPreheader = instance.regions().stream().filter(r -> r.offset() < f.basicsize())
                .mapToInt(Region::size).sum();
        assertEquals(f.getsizeof(), bodyAndPreheader, "getsizeof counts the bytes up to basicsize, pre-header included");
        assertEquals(0, regionAt(instance, 0).offset());
        assertEquals(RegionKind.REFCOUNT, regionAt(instance, 0).kind());
        assertEquals(RegionKind.TYPE_POINTER, regionAt(instance, 8).kind());
        if (f.dictoffset() > 0) {
            assertEquals(RegionKind.DICT_POINTER, regionAt(instance, f.dictoffset()).kind());
        }
        if (f.weakrefoffset() != 0) {
            assertEquals(RegionKind.WEAKREF_POINTER, regionAt(instance, f.weakrefoffset()).kind());
        }
        assertEquals(f.bytesPerInstance(), layout.ownedBytes());

        Set<String> targets = new HashSet<>();
        for (MemoryObject o : layout.objects()) {
            for (Region r : o.regions()) {
                r.pointsTo().ifPresent(t -> {
                    assertTrue(layout.find(t).isPresent(), o.id() + " points at missing " + t);
                    targets.add(t);
                });
            }
        }
        for (MemoryObject o : layout.attached()) {
            assertTrue(targets.contains(o.id()), o.id() + " is attached but nothing points at it");
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("shapes")
    void slotsAreLaidOutInSortedOrderAfterTheHeader(CPythonVersion version, Variant variant, AttributeNames attrs) {
        MemoryObject instance = lens.describe(version, variant, attrs).layout().instance();
        List<String> slots = instance.regions().stream().filter(r -> r.kind() == RegionKind.SLOT).map(Region::label).toList();
        if (variant != Variant.STANDARD) {
            assertEquals(attrs.slotOrder(), slots);
            for (int i = 0; i < slots.size(); i++) {
                assertEquals(slots.get(i), regionAt(instance, 16 + 8 * i).label());
            }
        } else {
            assertEquals(List.of(), slots);
        }
    }

    private static Region regionAt(MemoryObject object, int offset) {
        return object.regions().stream().filter(r -> r.offset() <= offset && offset < r.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no region at " + offset + " in " + object.id()));
    }
}
