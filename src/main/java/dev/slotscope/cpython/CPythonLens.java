package dev.slotscope.cpython;

import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.layout.Limits;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.RegionBuilder;
import dev.slotscope.layout.RegionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    static final String OWN_KEYS = "own-keys";
    static final String CLASS = "class";

    /**
     * What the lens needs of a class to lay out its instances.
     *
     * @param pythonClass      the class
     * @param shape            what {@code type.__new__} decided for it
     * @param dictNames        the names its constructor stores outside slots, in order
     * @param staticAttributes {@code __static_attributes__} (3.14 fills the class's shared keys with them)
     * @param slotNames        the names its slots store, of every class of its order
     * @param classAttributes  the values its body binds in the class (not methods): one copy, on the class
     */
    record Plan(PythonClass pythonClass, ClassShape shape, List<String> dictNames, List<String> staticAttributes,
                List<String> slotNames, List<String> classAttributes) {

        Plan {
            // A class written with more attributes than the limit is refused before it is laid out.
            Limits.checkAttributes(dictNames.size() + slotNames.size());
            dictNames = List.copyOf(dictNames);
            staticAttributes = List.copyOf(staticAttributes);
            slotNames = List.copyOf(slotNames);
            classAttributes = List.copyOf(classAttributes);
        }

        boolean hasDict() {
            return shape.managedDict() || shape.hasDictWord();
        }
    }

    /**
     * What {@code version} makes of {@code pythonClass}: a lesson class it has (else
     * {@link UnsupportedVariantException}), or a class of a user's source, whose module's classes
     * are made in order (Python's errors, at their line, as {@link SourceException}) and whose
     * constructor is followed as the interpreter would run it, without running any of it.
     */
    Plan plan(CPythonVersion version, PythonClass pythonClass) {
        if (pythonClass instanceof PythonClass.Lesson lesson) {
            Variant variant = lesson.variant();
            if (!variant.availableIn(version)) {
                throw new UnsupportedVariantException(variant.unavailableIn(version));
            }
            // The lesson's own refusals, in its words ('__dict__' where __slots__ is not); then the
            // class is Python like any user's: read from its source and made as the version makes it.
            variant.stored(lesson.attrs());
            Plan plan = plan(version, new PythonClass.Written(PythonModule.parse(lesson.source()), variant.className()));
            return new Plan(lesson, plan.shape(), plan.dictNames(), plan.staticAttributes(), plan.slotNames(),
                    plan.classAttributes());
        }
        PythonClass.Written written = (PythonClass.Written) pythonClass;
        Map<String, PyType> classes = TypeNew.make(version, written.code());
        PyType type = classes.get(written.className());
        if (type == null) {
            throw new SourceException(1, "there is no class " + written.className() + " in this source"
                    + (classes.isEmpty() ? "" : " (its classes: " + String.join(", ", classes.keySet()) + ")"));
        }
        List<String> slots = type.mro().stream().flatMap(k -> k.members().stream()).map(ClassShape.Word.Slot::name).toList();
        List<String> classAttributes = type.namespace().stream().filter(n -> type.statement().method(n).isEmpty()).toList();
        return new Plan(written, type.shape(), Construction.dictNames(version, type, classes),
                type.statement().staticAttributes(), slots, classAttributes);
    }

    /** Describes an instance of {@code pythonClass} on {@code version}, fresh, made while many others are alive. */
    public CPythonObject describe(CPythonVersion version, PythonClass pythonClass) {
        Plan plan = plan(version, pythonClass);
        return object(version, plan, DictState.fresh(version, plan.staticAttributes(), plan.dictNames(), plan.shape()));
    }

    /**
     * Describes the variant with the attributes as written in its class body; throws
     * {@link UnsupportedVariantException} when the version lacks it.
     */
    public CPythonObject describe(CPythonVersion version, Variant variant, AttributeNames attrs) {
        return describe(version, new PythonClass.Lesson(variant, attrs));
    }

    /** Describes the class named {@code className} of a user's source. */
    public CPythonObject describe(CPythonVersion version, PythonModule source, String className) {
        return describe(version, new PythonClass.Written(source, className));
    }

    private static CPythonObject object(CPythonVersion version, Plan plan, DictState state) {
        ObjectLayout layout = layout(version, plan, state);
        ClassShape shape = plan.shape();
        CPythonFigures figures = new CPythonFigures(shape.basicsize(), shape.dictoffset(), shape.weakrefoffset(),
                shape.getsizeof(), layout.ownedBytes());
        return new CPythonObject(version, plan.pythonClass(), figures, layout, state.names());
    }

    /** The layout of an instance whose attributes are in the given state (growth steps use it). */
    static ObjectLayout layout(CPythonVersion version, Plan plan, DictState state) {
        return new InstanceLayouter(version, plan.pythonClass().className(), plan.shape(), state, plan.classAttributes())
                .layout();
    }

    /**
     * Setting {@code name} on a fresh instance after construction, from outside the class: the
     * name is not mangled, so {@code obj.__x} misses a slot the class body declared as {@code __x}.
     */
    public AttributeOutcome addAttribute(CPythonVersion version, Variant variant, AttributeNames attrs, String name) {
        return addAttribute(version, new PythonClass.Lesson(variant, attrs), name);
    }

    /**
     * Setting {@code name} from outside the class on a fresh instance: a slot's descriptor takes
     * it (the name is not mangled, so {@code obj.__x} misses a slot the body declared as
     * {@code __x}), else the instance's dict; a class attribute without a dict is read-only; else
     * Python's {@code AttributeError}.
     */
    public AttributeOutcome addAttribute(CPythonVersion version, PythonClass pythonClass, String name) {
        AttributeNames.checkName(name);
        if (pythonClass instanceof PythonClass.Written written) {
            // The first class of the order naming it decides: its slot, or a class attribute,
            // which only a dict can shadow.
            PyType type = TypeNew.make(version, written.code()).get(written.className());
            for (PyType k : type == null ? List.<PyType>of() : type.mro()) {
                if (k.members().stream().anyMatch(m -> m.name().equals(name))) {
                    return new AttributeOutcome.Stored(name);
                }
                if (k.namespace().contains(name) && !type.hasDict()) {
                    return new AttributeOutcome.Refused(name, "AttributeError: '" + written.className()
                            + "' object attribute '" + name + "' is read-only");
                }
            }
        }
        Plan plan = plan(version, pythonClass);
        if (plan.hasDict() || plan.slotNames().contains(name)) {
            return new AttributeOutcome.Stored(name);
        }
        return new AttributeOutcome.Refused(name, Construction.missing(version, pythonClass.className(), name));
    }

    /** Builds the regions of one instance and its attached objects. */
    private static final class InstanceLayouter {
        private final CPythonVersion version;
        private final String className;
        private final ClassShape shape;
        private final DictState state;
        private final List<MemoryObject> attached = new ArrayList<>();
        /** What the instance's own pointers point at; null where a pointer is NULL. */
        private String dictTarget;
        private String valuesTarget;
        /** Set when the class, through the type pointer, is the way to the shared keys or the class attributes. */
        private String typeTarget;
        private final List<String> classAttributes;

        InstanceLayouter(CPythonVersion version, String className, ClassShape shape, DictState state,
                         List<String> classAttributes) {
            this.version = version;
            this.className = className;
            this.shape = shape;
            this.state = state;
            this.classAttributes = classAttributes;
        }

        ObjectLayout layout() {
            if (shape.managedDict() || shape.hasDictWord()) {
                attach();
            }
            boolean keysThroughClass = typeTarget != null;
            if (!classAttributes.isEmpty()) {
                typeTarget = CLASS;
            }
            // The type pointer leads to the class, and the class to the keys its instances share.
            Optional<MemoryObject> classObject = typeTarget == null ? Optional.empty()
                    : Optional.of(DictRules.classObject(version, className, classAttributes,
                    attached.stream().anyMatch(o -> o.id().equals(KEYS))));
            if (typeTarget != null && !keysThroughClass) {
                // Only the class attributes lead there: the type pointer's note says so.
                return new ObjectLayout(instance(state.valueOrder(), false), attached, classObject);
            }
            return new ObjectLayout(instance(state.valueOrder(), true), attached, classObject);
        }

        private void attach() {
            List<String> names = state.names();
            switch (state.mode()) {
                case NONE -> typeTarget = CLASS;
                case LEGACY_SPLIT -> {
                    dictTarget = DICT;
                    attached.add(DictRules.dictObject(version, "__dict__ (split)", KEYS, VALUES));
                    attached.add(DictRules.legacyValues(state.shared(), names));
                }
                case VALUES -> {
                    typeTarget = CLASS;
                    if (!shape.inlineValues()) {
                        valuesTarget = VALUES;
                        attached.add(DictRules.modernValues(state.valueOrder(), state.capacity()));
                    }
                }
                case DICT_WITH_VALUES -> {
                    dictTarget = DICT;
                    attached.add(DictRules.dictObject(version, "__dict__ (split)", KEYS, VALUES));
                    attached.add(DictRules.dictValues(state.valueOrder(), state.capacity()));
                }
                case COMBINED -> {
                    typeTarget = CLASS;
                    dictTarget = DICT;
                    attached.add(DictRules.dictObject(version, "__dict__ (combined)", OWN_KEYS, null));
                    attached.add(DictRules.keysObject(version, state.own(), false));
                }
            }
            attached.add(DictRules.keysObject(version, state.shared(), true));
        }

        private MemoryObject instance(List<String> names, boolean keysThroughClass) {
            RegionBuilder b = new RegionBuilder(-shape.preheaderSize());
            if (shape.hasPreheader()) {
                preheader(b);
            }
            b.add(GC_HEAD, RegionKind.GC_HEADER, "GC header");
            DictRules.refcount(b, version);
            pointer(b, RegionKind.TYPE_POINTER, "type", typeTarget);
            if (typeTarget != null) {
                b.note(keysThroughClass ? "Points at the class, which holds the keys table its instances share (ht_cached_keys)"
                        + (classAttributes.isEmpty() ? "." : " and its class attributes, one copy for all instances.")
                        : "Points at the class, which holds its class attributes (" + String.join(", ", classAttributes)
                        + "): one copy for all instances, none in the instance.");
            }
            // Names met among the slots of one class: a second one in the same __slots__ is unreachable.
            Map<String, java.util.Set<String>> named = new java.util.HashMap<>();
            for (ClassShape.Word word : shape.words()) {
                if (word instanceof ClassShape.Word.Slot slot) {
                    b.add(WORD, RegionKind.SLOT, slot.name());
                    if (!named.computeIfAbsent(slot.owner(), k -> new java.util.HashSet<>()).add(slot.name())) {
                        b.note("A second slot named " + slot.name() + ": Python makes a word for it, but the descriptor "
                                + slot.name() + " reaches the first one; this word stays empty.");
                    }
                    if (!slot.written().equals(slot.name())) {
                        b.note("Written " + slot.written() + " in the class body, which stores private names"
                                + " mangled as " + slot.name() + "; obj." + slot.written()
                                + " from outside the class finds no slot.");
                    }
                } else if (word instanceof ClassShape.Word.DictPointer) {
                    pointer(b, RegionKind.DICT_POINTER, "__dict__", dictTarget);
                    if (dictTarget == null) {
                        b.note("NULL: no attribute was stored outside the slots, so no dict was made yet.");
                    }
                } else {
                    b.add(WORD, RegionKind.WEAKREF_POINTER, "__weakref__");
                }
            }
            if (shape.inlineValues()) {
                DictRules.appendInlineValues(b, names, state.capacity(), state.mode() != DictState.Mode.COMBINED);
            }
            return new MemoryObject("instance", className + " instance", className, false, b.build());
        }

        /** The two words before the GC header: their meaning changed in 3.12. */
        private void preheader(RegionBuilder b) {
            if (!version.hasManagedWeakref()) {
                pointer(b, RegionKind.VALUES_POINTER, "values", valuesTarget);
                pointer(b, RegionKind.DICT_POINTER, "dict", dictTarget);
                if (dictTarget == null) {
                    b.note("NULL: the values live in the values array; a dict is made only if __dict__ is read.");
                }
                return;
            }
            if (shape.managedWeakref()) {
                b.add(WORD, RegionKind.WEAKREF_POINTER, "weakref");
            } else {
                b.add(WORD, RegionKind.PREHEADER, "unused").note("Kept so the pre-header has its fixed shape.");
            }
            if (!shape.managedDict()) {
                b.add(WORD, RegionKind.PREHEADER, "unused").note("No __dict__ here, but the pre-header is two words"
                        + " whenever one of them is used.");
            } else if (version.hasInlineValues()) {
                pointer(b, RegionKind.DICT_POINTER, "dict", dictTarget);
                if (dictTarget == null) {
                    b.note("NULL: a dict is made only if __dict__ is read or the attributes outgrow the shared keys.");
                }
            } else if (dictTarget != null) {
                pointer(b, RegionKind.DICT_POINTER, "dict or values", dictTarget);
            } else {
                pointer(b, RegionKind.VALUES_POINTER, "dict or values", valuesTarget);
            }
        }

        private static void pointer(RegionBuilder b, RegionKind kind, String label, String target) {
            if (target == null) {
                b.add(WORD, kind, label);
            } else {
                b.pointer(WORD, kind, label, target);
            }
        }
    }
}
