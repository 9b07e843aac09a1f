package dev.slotscope.cpython;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.RegionBuilder;
import dev.slotscope.layout.RegionKind;

import java.util.ArrayList;
import java.util.List;

import static dev.slotscope.cpython.ClassShape.GC_HEAD;
import static dev.slotscope.cpython.ClassShape.WORD;

/**
 * The CPython lens: lays out an instance of a lesson variant, byte by byte, as a given CPython
 * version does, with the objects attached to it. The rules come from each version's
 * {@code Objects/typeobject.c}, {@code Objects/dictobject.c} and {@code Include/} headers and are
 * checked against fixtures recorded from the real interpreters ({@code tools/record_cpython.py}).
 *
 * <p>The instance described is a fresh one, created while many instances of the class are alive,
 * whose {@code __dict__} was never read: the state a program with many objects is in.
 */
public final class CPythonLens {

    static final String DICT = "dict";
    static final String KEYS = "keys";
    static final String VALUES = "values";

    /**
     * Describes the variant; throws {@link UnsupportedVariantException} when the version lacks it.
     */
    public CPythonObject describe(CPythonVersion version, Variant variant, AttributeNames attrs) {
        if (!variant.availableIn(version)) {
            throw new UnsupportedVariantException(variant.id() + " needs Python 3.10 or later: @dataclass(slots=True) does not exist in "
                    + version.displayName());
        }
        ClassShape shape = ClassShape.of(version, variant, attrs);
        ObjectLayout layout = new InstanceLayouter(version, variant, attrs, shape).layout();
        CPythonFigures figures = new CPythonFigures(shape.basicsize(), shape.dictoffset(), shape.weakrefoffset(),
                shape.getsizeof(), layout.ownedBytes());
        return new CPythonObject(version, variant, attrs, figures, layout);
    }

    /** Setting {@code name} on a fresh instance after construction. */
    public AttributeOutcome addAttribute(CPythonVersion version, Variant variant, AttributeNames attrs, String name) {
        AttributeNames.checkName(name);
        if (variant.hasDict() || attrs.contains(name)) {
            return new AttributeOutcome.Stored(name);
        }
        String message = "AttributeError: '" + variant.className() + "' object has no attribute '" + name + "'";
        if (version.explainsMissingDict()) {
            message += " and no __dict__ for setting new attributes";
        }
        return new AttributeOutcome.Refused(name, message);
    }

    /** Builds the regions of one instance and its attached objects. */
    private static final class InstanceLayouter {
        private final CPythonVersion version;
        private final Variant variant;
        private final AttributeNames attrs;
        private final ClassShape shape;
        private final List<MemoryObject> attached = new ArrayList<>();

        InstanceLayouter(CPythonVersion version, Variant variant, AttributeNames attrs, ClassShape shape) {
            this.version = version;
            this.variant = variant;
            this.attrs = attrs;
            this.shape = shape;
        }

        /** Attributes that live in the dict or values array rather than in slots. */
        private List<String> dictAttributes() {
            return variant == Variant.STANDARD ? attrs.names() : List.of();
        }

        ObjectLayout layout() {
            String valuesTarget = null;
            String dictTarget = null;
            SharedKeys keys = null;
            if (shape.managedDict()) {
                keys = DictRules.sharedKeysModern(version, dictAttributes());
                if (!shape.inlineValues()) {
                    valuesTarget = VALUES;
                    attached.add(DictRules.valuesArray(keys, dictAttributes()));
                }
                attached.add(DictRules.keysObject(version, keys));
            } else if (shape.dictSlot() >= 0 && !dictAttributes().isEmpty()) {
                keys = DictRules.sharedKeysSplit(dictAttributes());
                dictTarget = DICT;
                attached.add(DictRules.splitDict(version));
                attached.add(DictRules.keysObject(version, keys));
                attached.add(DictRules.splitValues(keys, dictAttributes()));
            }
            return new ObjectLayout(instance(keys, valuesTarget, dictTarget), attached);
        }

        private MemoryObject instance(SharedKeys keys, String valuesTarget, String dictTarget) {
            RegionBuilder b = new RegionBuilder(-shape.preheaderSize());
            if (shape.hasPreheader()) {
                if (version.hasManagedWeakref()) {
                    b.add(WORD, RegionKind.WEAKREF_POINTER, "weakref list");
                    if (version.hasInlineValues()) {
                        b.add(WORD, RegionKind.DICT_POINTER, "dict");
                    } else {
                        b.pointer(WORD, RegionKind.VALUES_POINTER, "dict or values", valuesTarget);
                    }
                } else {
                    b.pointer(WORD, RegionKind.VALUES_POINTER, "values", valuesTarget);
                    b.add(WORD, RegionKind.DICT_POINTER, "dict");
                }
            }
            if (shape.gc()) {
                b.add(GC_HEAD, RegionKind.GC_HEADER, "GC header");
            }
            b.add(WORD, RegionKind.REFCOUNT, "refcnt");
            b.add(WORD, RegionKind.TYPE_POINTER, "type");
            for (String slot : shape.slots()) {
                b.add(WORD, RegionKind.SLOT, slot);
            }
            if (shape.dictSlot() >= 0) {
                if (dictTarget != null) {
                    b.pointer(WORD, RegionKind.DICT_POINTER, "__dict__", dictTarget);
                } else {
                    b.add(WORD, RegionKind.DICT_POINTER, "__dict__");
                }
            }
            if (shape.weakrefSlot() >= 0) {
                b.add(WORD, RegionKind.WEAKREF_POINTER, "__weakref__");
            }
            if (shape.inlineValues()) {
                DictRules.appendInlineValues(b, keys, dictAttributes());
            }
            String label = variant.className() + " instance";
            return new MemoryObject("instance", label, variant.className(), false, b.build());
        }
    }
}
