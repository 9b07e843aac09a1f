package dev.slotscope.explain;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every box of every CPython layout the app draws gets a complete explanation, with the facts of its version. */
class ExplanationsCPythonTest {

    private static final AttributeNames ATTRS = AttributeNames.parse("x, y");
    private static final List<String> ADDED = List.of("z", "w", "v", "u", "t", "s");
    /** The kinds the CPython lens draws; the rest belong to the JVM lens. */
    private static final Set<RegionKind> CPYTHON_KINDS = EnumSet.complementOf(EnumSet.of(RegionKind.MARK_WORD,
            RegionKind.CLASS_WORD, RegionKind.ARRAY_LENGTH, RegionKind.FIELD, RegionKind.REFERENCE, RegionKind.ELEMENT,
            RegionKind.BUCKET));

    /** One drawn box: the layout's version and the object holding the region. */
    private record Box(CPythonVersion version, Variant variant, MemoryObject object, Region region) {
    }

    private static final List<Box> ALL = allBoxes();

    private static List<Box> allBoxes() {
        List<Box> boxes = new ArrayList<>();
        for (CPythonVersion version : CPythonVersion.values()) {
            for (Variant variant : Variant.values()) {
                if (!variant.availableIn(version)) {
                    continue;
                }
                List<ObjectLayout> layouts = new ArrayList<>();
                layouts.add(new CPythonLens().describe(version, variant, ATTRS).layout());
                new CPythonGrowth().grow(version, variant, ATTRS, ADDED).stream().map(GrowthStep::layout)
                        .forEach(layouts::add);
                for (ObjectLayout layout : layouts) {
                    for (MemoryObject object : layout.objects()) {
                        for (Region region : object.regions()) {
                            boxes.add(new Box(version, variant, object, region));
                        }
                    }
                }
            }
        }
        return boxes;
    }

    private static List<Box> boxes(CPythonVersion version, Predicate<Box> which) {
        return ALL.stream().filter(b -> b.version == version).filter(which).toList();
    }

    private static Explanation explain(Box box) {
        return Explanations.cpython(box.version, box.object, box.region);
    }

    @Test
    void everyDrawnBoxIsExplainedWithAndWithoutItsObject() {
        Set<RegionKind> seen = EnumSet.noneOf(RegionKind.class);
        for (Box box : ALL) {
            seen.add(box.region.kind());
            String where = box.version.number() + " " + box.variant.id() + " " + box.object.id() + " " + box.region;
            assertComplete(explain(box), box.region, where);
            assertComplete(Explanations.cpython(box.version, box.region), box.region, where + " (region only)");
        }
        assertEquals(CPYTHON_KINDS, seen, "the layouts reach every CPython kind");
    }

    @Test
    void aRegionAloneIsPlacedInItsOwnBlockOrInNone() {
        for (Box box : ALL) {
            CPythonBlock guessed = CPythonBlock.guess(box.region);
            String where = box.version.number() + " " + box.object.id() + " " + box.region;
            if (guessed != CPythonBlock.UNKNOWN) {
                assertEquals(CPythonBlock.of(box.object), guessed, where);
                assertEquals(explain(box).definedIn(), Explanations.cpython(box.version, box.region).definedIn(), where);
            }
        }
    }

    static void assertComplete(Explanation e, Region region, String where) {
        assertFalse(e.title().isBlank(), where);
        assertFalse(e.what().isBlank(), where);
        assertFalse(e.why().isBlank(), where);
        assertFalse(e.definedIn().isBlank(), where);
        assertEquals(region.offset(), e.offset(), where);
        assertEquals(region.size(), e.size(), where);
        String bytes = region.size() == 1 ? " byte" : " bytes";
        assertEquals(e.title() + ", offset " + region.offset() + ", " + region.size() + bytes, e.spoken(), where);
    }

    @Test
    void spokenTextNamesTitleOffsetAndSize() {
        Box dict = boxes(CPythonVersion.V3_10, b -> b.variant == Variant.STANDARD
                && b.region.kind() == RegionKind.DICT_POINTER).get(0);
        assertEquals("dict pointer, offset 16, 8 bytes", explain(dict).spoken());
        Box log2 = boxes(CPythonVersion.V3_12, b -> b.region.label().equals("log2 size")).get(0);
        assertEquals("field log2 size, offset 8, 1 byte", explain(log2).spoken());
        Box slot = boxes(CPythonVersion.V3_13, b -> b.region.kind() == RegionKind.SLOT).get(0);
        assertEquals("slot x, offset 16, 8 bytes", explain(slot).spoken());
    }

    @Test
    void dictPointerIsInsideTheObjectUntil310AndManagedBeforeItFrom311() {
        Explanation v38 = explain(boxes(CPythonVersion.V3_8, b -> b.region.kind() == RegionKind.DICT_POINTER).get(0));
        assertEquals("Objects/typeobject.c: type_new sets PyTypeObject.tp_dictoffset (Include/cpython/object.h)",
                v38.definedIn());
        Explanation v310 = explain(boxes(CPythonVersion.V3_10, b -> b.region.kind() == RegionKind.DICT_POINTER).get(0));
        assertEquals("Objects/typeobject.c: type_new_descriptors sets PyTypeObject.tp_dictoffset"
                + " (Include/cpython/object.h)", v310.definedIn());
        assertTrue(v310.history().contains("3.11"), v310.history());
        Explanation v311 = explain(boxes(CPythonVersion.V3_11, b -> b.region.kind() == RegionKind.DICT_POINTER).get(0));
        assertEquals(-24, v311.offset());
        assertTrue(v311.definedIn().startsWith("Include/internal/pycore_object.h: _PyObject_ManagedDictPointer"),
                v311.definedIn());
        Explanation values311 = explain(boxes(CPythonVersion.V3_11, b -> b.object.id().equals("instance")
                && b.region.kind() == RegionKind.VALUES_POINTER).get(0));
        assertEquals(-32, values311.offset());
        assertEquals("Include/internal/pycore_object.h: _PyObject_ValuesPointer", values311.definedIn());
    }

    @Test
    void the312PreheaderWordHoldsDictOrValues() {
        Box standard = boxes(CPythonVersion.V3_12, b -> b.variant == Variant.STANDARD && b.object.id().equals("instance")
                && b.region.label().equals("dict or values")).get(0);
        Explanation e = explain(standard);
        assertEquals(-24, e.offset());
        assertTrue(e.definedIn().startsWith("Include/internal/pycore_object.h: PyDictOrValues"), e.definedIn());
        assertTrue(e.history().contains("3.12") && e.history().contains("3.13"), e.history());
        Explanation unused = explain(boxes(CPythonVersion.V3_12, b -> b.region.kind() == RegionKind.PREHEADER).get(0));
        assertEquals("Include/internal/pycore_object.h: _PyType_PreHeaderSize; Include/object.h: Py_TPFLAGS_PREHEADER",
                unused.definedIn());
        Explanation v313 = explain(boxes(CPythonVersion.V3_13, b -> b.region.kind() == RegionKind.DICT_POINTER).get(0));
        assertEquals("Include/internal/pycore_object.h: PyManagedDictPointer, MANAGED_DICT_OFFSET", v313.definedIn());
    }

    @Test
    void entriesCacheTheHashUntil310AndNotFrom311() {
        for (CPythonVersion version : CPythonVersion.values()) {
            List<Box> hashes = boxes(version, b -> b.region.kind() == RegionKind.ENTRY_HASH);
            Explanation key = explain(boxes(version, b -> b.region.kind() == RegionKind.ENTRY_KEY).get(0));
            if (version.hasManagedDict()) {
                assertTrue(hashes.isEmpty(), version.number() + " draws no cached hash");
                assertEquals("Include/internal/pycore_dict.h: PyDictUnicodeEntry.me_key", key.definedIn());
            } else {
                assertEquals("Objects/dict-common.h: PyDictKeyEntry.me_hash", explain(hashes.get(0)).definedIn());
                assertEquals("Objects/dict-common.h: PyDictKeyEntry.me_key", key.definedIn());
            }
            assertTrue(key.history().contains("3.11"), key.history());
        }
    }

    @Test
    void headersAndKeysTablesNameTheirVersionsHeaders() {
        for (CPythonVersion version : CPythonVersion.values()) {
            Explanation gc = explain(boxes(version, b -> b.region.kind() == RegionKind.GC_HEADER).get(0));
            assertEquals(version == CPythonVersion.V3_8 ? "Include/cpython/objimpl.h: PyGC_Head"
                    : version.minor() <= 13 ? "Include/internal/pycore_gc.h: PyGC_Head"
                    : "Include/internal/pycore_interp_structs.h: PyGC_Head", gc.definedIn());
            Explanation refcnt = explain(boxes(version, b -> b.region.kind() == RegionKind.REFCOUNT).get(0));
            assertEquals("Include/object.h: PyObject.ob_refcnt", refcnt.definedIn());
            Explanation indices = explain(boxes(version, b -> b.region.kind() == RegionKind.INDEX).get(0));
            assertEquals((version.hasManagedDict() ? "Include/internal/pycore_dict.h" : "Objects/dict-common.h")
                    + ": struct _dictkeysobject.dk_indices", indices.definedIn());
            List<String> keyFields = boxes(version, b -> b.object.type().equals("PyDictKeysObject")
                    && b.region.kind() == RegionKind.OBJECT_FIELD).stream().map(b -> explain(b).definedIn()).toList();
            assertEquals(!version.hasManagedDict(), keyFields.stream().anyMatch(d -> d.endsWith(".dk_lookup")));
            assertEquals(version.hasManagedDict(), keyFields.stream().anyMatch(d -> d.endsWith(".dk_kind")));
        }
    }

    /** 3.14 splits the first word of every object: a 32-bit count, 16 bits ob_overflow, 16 bits ob_flags. */
    @Test
    void theRefcountWordIsSplitFrom314() {
        for (CPythonVersion version : CPythonVersion.values()) {
            // Up to 3.10 no class is drawn: the instance's dict leads to the keys.
            for (String block : version.hasManagedDict() ? List.of("instance", "dict", "class") : List.of("instance", "dict")) {
                List<Box> words = boxes(version, b -> b.region.kind() == RegionKind.REFCOUNT && b.object.id().equals(block));
                assertFalse(words.isEmpty(), version.number() + " " + block);
                List<String> shape = words.stream().filter(b -> b.object == words.get(0).object)
                        .map(b -> b.region.offset() + "+" + b.region.size() + " " + explain(b).definedIn()).toList();
                assertEquals(version.splitsRefcount()
                        ? List.of("0+4 Include/object.h: PyObject.ob_refcnt", "4+2 Include/object.h: PyObject.ob_overflow",
                        "6+2 Include/object.h: PyObject.ob_flags")
                        : List.of("0+8 Include/object.h: PyObject.ob_refcnt"), shape, version.number() + " " + block);
            }
        }
        Box flags = boxes(CPythonVersion.V3_14, b -> b.region.label().equals("flags")).get(0);
        assertTrue(explain(flags).why().contains("0x5"), explain(flags).why());
    }

    @Test
    void slotsAndWeakrefsFollowTheirVersion() {
        Explanation slot311 = explain(boxes(CPythonVersion.V3_11, b -> b.region.kind() == RegionKind.SLOT).get(0));
        assertEquals("Objects/typeobject.c: type_new_descriptors (a PyMemberDef of type T_OBJECT_EX per slot,"
                + " Include/structmember.h)", slot311.definedIn());
        Explanation slot312 = explain(boxes(CPythonVersion.V3_12, b -> b.region.kind() == RegionKind.SLOT).get(0));
        assertEquals("Objects/typeobject.c: type_new_descriptors (a PyMemberDef of type T_OBJECT_EX per slot,"
                + " Include/descrobject.h)", slot312.definedIn());
        Explanation slot313 = explain(boxes(CPythonVersion.V3_13, b -> b.region.kind() == RegionKind.SLOT).get(0));
        assertEquals("Objects/typeobject.c: type_new_descriptors (a PyMemberDef of type Py_T_OBJECT_EX per slot,"
                + " Include/descrobject.h)", slot313.definedIn());
        Explanation weak311 = explain(boxes(CPythonVersion.V3_11, b -> b.region.kind() == RegionKind.WEAKREF_POINTER)
                .get(0));
        assertTrue(weak311.offset() > 0 && weak311.definedIn().contains("tp_weaklistoffset"), weak311.definedIn());
        Explanation weak312 = explain(boxes(CPythonVersion.V3_12, b -> b.region.kind() == RegionKind.WEAKREF_POINTER)
                .get(0));
        assertEquals(-32, weak312.offset());
        assertTrue(weak312.definedIn().startsWith("Include/internal/pycore_object.h: MANAGED_WEAKREF_OFFSET"),
                weak312.definedIn());
    }

    @Test
    void values313AreInsideTheObjectWithAHeader() {
        Box inline = boxes(CPythonVersion.V3_13, b -> b.variant == Variant.STANDARD && b.object.id().equals("instance")
                && b.region.kind() == RegionKind.VALUE).get(0);
        Explanation value = explain(inline);
        assertTrue(value.definedIn().contains("_PyObject_InlineValues"), value.definedIn());
        assertTrue(value.what().contains("inside the object"), value.what());
        Explanation header = explain(boxes(CPythonVersion.V3_13, b -> b.region.label().equals("header")).get(0));
        assertTrue(header.definedIn().startsWith("Include/internal/pycore_dict.h: struct _dictvalues (capacity, size,"
                + " embedded, valid)"), header.definedIn());
        Explanation order311 = explain(boxes(CPythonVersion.V3_11, b -> b.region.kind() == RegionKind.VALUES_HEADER)
                .get(0));
        assertTrue(order311.offset() < 0 && order311.definedIn().contains("new_values"), order311.definedIn());
        Explanation legacy = explain(boxes(CPythonVersion.V3_9, b -> b.region.kind() == RegionKind.VALUE).get(0));
        assertTrue(legacy.definedIn().startsWith("Include/cpython/dictobject.h: PyDictObject.ma_values"),
                legacy.definedIn());
    }

    @Test
    void typePointerOfAnInstanceLeadsToTheSharedKeys() {
        Box instance = boxes(CPythonVersion.V3_12, b -> b.object.id().equals("instance")
                && b.region.kind() == RegionKind.TYPE_POINTER && b.region.pointsTo().isPresent()).get(0);
        assertTrue(explain(instance).definedIn().contains("PyHeapTypeObject.ht_cached_keys"));
        Box dict = boxes(CPythonVersion.V3_12, b -> b.object.type().equals("PyDictObject")
                && b.region.kind() == RegionKind.TYPE_POINTER).get(0);
        assertTrue(explain(dict).what().contains("PyDict_Type"), explain(dict).what());
    }

    @Test
    void refusesRegionsOfOtherLensesAndOfOtherObjects() {
        Region mark = Region.of(0, 8, RegionKind.MARK_WORD, "mark");
        assertThrows(IllegalArgumentException.class, () -> Explanations.cpython(CPythonVersion.V3_12, mark));
        Box box = ALL.get(0);
        Region elsewhere = Region.of(box.region.offset(), box.region.size(), box.region.kind(), "elsewhere");
        assertThrows(IllegalArgumentException.class, () -> Explanations.cpython(box.version, box.object, elsewhere));
    }
}
