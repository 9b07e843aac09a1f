package dev.slotscope.explain;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

import java.util.Objects;
import java.util.Optional;

/**
 * Explains a box of a drawn layout. Give the object the region belongs to when it is known: the
 * same kind of bytes can mean different fields in different objects (a type pointer of an
 * instance leads to its class's shared keys, one of a dict to {@code dict}; padding in a keys
 * table is not padding in a values array). Without it, the texts say what holds wherever the
 * region could be.
 */
public final class Explanations {

    private Explanations() {
    }

    /** A region of a CPython layout; throws for a kind the CPython lens never draws. */
    public static Explanation cpython(CPythonVersion version, Region region) {
        return cpython(new CPythonBox(version, CPythonBlock.guess(region), Optional.empty(), region));
    }

    /** A region of {@code object}, in a CPython layout. */
    public static Explanation cpython(CPythonVersion version, MemoryObject object, Region region) {
        requireIn(object, region);
        return cpython(new CPythonBox(version, CPythonBlock.of(object), Optional.of(object), region));
    }

    /** A region of a JVM layout; throws for a kind the JVM lens never draws. */
    public static Explanation jvm(Region region) {
        return jvm(new JvmBox(Optional.empty(), region));
    }

    /** A region of {@code object}, in a JVM layout. */
    public static Explanation jvm(MemoryObject object, Region region) {
        requireIn(object, region);
        return jvm(new JvmBox(Optional.of(object), region));
    }

    private static Explanation cpython(CPythonBox box) {
        Region region = box.region();
        Facts facts = switch (region.kind()) {
            case GC_HEADER -> CPythonObjectTexts.gcHeader(box);
            case PREHEADER -> CPythonObjectTexts.unusedPreheaderWord(box);
            case REFCOUNT -> CPythonObjectTexts.refcount(box);
            case TYPE_POINTER -> CPythonObjectTexts.typePointer(box);
            case DICT_POINTER -> CPythonObjectTexts.dictPointer(box);
            case VALUES_POINTER -> CPythonObjectTexts.valuesPointer(box);
            case WEAKREF_POINTER -> CPythonObjectTexts.weakrefPointer(box);
            case SLOT -> CPythonObjectTexts.slot(box);
            case VALUES_HEADER -> CPythonDictTexts.valuesHeader(box);
            case VALUE -> CPythonDictTexts.value(box);
            case SPARE -> CPythonDictTexts.spare(box);
            case OBJECT_FIELD -> CPythonDictTexts.field(box);
            case INDEX -> CPythonDictTexts.index(box);
            case ENTRY_HASH -> CPythonDictTexts.entryHash(box);
            case ENTRY_KEY -> CPythonDictTexts.entryKey(box);
            case ENTRY_VALUE -> CPythonDictTexts.entryValue(box);
            case UNUSED_ENTRY -> CPythonDictTexts.unusedEntry(box);
            case PADDING -> CPythonDictTexts.padding(box);
            case TYPE_FIELDS -> CPythonObjectTexts.typeFields(box);
            case MARK_WORD, CLASS_WORD, ARRAY_LENGTH, FIELD, REFERENCE, ELEMENT, BUCKET ->
                    throw new IllegalArgumentException("the CPython lens draws no " + region.kind().title());
        };
        return facts.about(region, title(region, RegionKind.SLOT, RegionKind.VALUE, RegionKind.ENTRY_KEY, RegionKind.ENTRY_VALUE,
                RegionKind.OBJECT_FIELD));
    }

    private static Explanation jvm(JvmBox box) {
        Region region = box.region();
        Facts facts = switch (region.kind()) {
            case MARK_WORD -> JvmTexts.markWord(box);
            case CLASS_WORD -> JvmTexts.classWord(box);
            case ARRAY_LENGTH -> JvmTexts.arrayLength(box);
            case FIELD -> JvmTexts.field(box, false);
            case REFERENCE -> JvmTexts.field(box, true);
            case ELEMENT -> JvmTexts.element(box);
            case BUCKET -> JvmTexts.bucket(box);
            case PADDING -> JvmTexts.padding(box);
            case GC_HEADER, PREHEADER, REFCOUNT, TYPE_POINTER, DICT_POINTER, VALUES_POINTER, WEAKREF_POINTER, SLOT,
                    VALUES_HEADER, VALUE, SPARE, OBJECT_FIELD, INDEX, ENTRY_HASH, ENTRY_KEY, ENTRY_VALUE,
                    UNUSED_ENTRY, TYPE_FIELDS -> throw new IllegalArgumentException("the JVM lens draws no " + region.kind().title());
        };
        return facts.about(region, jvmTitle(region));
    }

    /** The kind's name, followed by the label for kinds whose label names an attribute or field. */
    private static String title(Region region, RegionKind... named) {
        for (RegionKind kind : named) {
            if (region.kind() == kind && !region.label().isBlank()) {
                return kind.title() + " " + region.label();
            }
        }
        return region.kind().title();
    }

    private static String jvmTitle(Region region) {
        String label = region.label();
        return switch (region.kind()) {
            case FIELD, REFERENCE -> title(region, region.kind());
            case ELEMENT -> label.startsWith("[") ? "element " + label : "elements " + label;
            case BUCKET -> "bucket " + label;
            case PADDING -> label.isBlank() ? region.kind().title() : label;
            default -> region.kind().title();
        };
    }

    private static void requireIn(MemoryObject object, Region region) {
        Objects.requireNonNull(region);
        if (!object.regions().contains(region)) {
            throw new IllegalArgumentException(region + " is not a region of " + object.id());
        }
    }
}
