package dev.slotscope.cpython;

import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.ClassStatement;
import dev.slotscope.cpython.source.SourceException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.slotscope.cpython.ClassShape.MANAGED_WEAKREF_OFFSET;
import static dev.slotscope.cpython.ClassShape.OBJECT_HEAD;
import static dev.slotscope.cpython.ClassShape.WORD;

/**
 * Makes the classes of a user's source in order, as one CPython version's {@code type.__new__}
 * does ({@code Objects/typeobject.c}: {@code best_base}, {@code solid_base}, {@code extra_ivars}
 * or 3.12's {@code shape_differs}, {@code type_new_slots}, {@code type_new_descriptors}), and as
 * {@code dataclasses} remakes a class with {@code slots=True}; raises Python's own errors, with
 * Python's wording, at the line of the class that raises them.
 */
final class TypeNew {

    private final CPythonVersion version;
    private final Map<String, PyType> made = new LinkedHashMap<>();

    private TypeNew(CPythonVersion version) {
        this.version = version;
    }

    /** Every class of {@code source}, made in order, by name (a later class of the same name wins). */
    static Map<String, PyType> make(CPythonVersion version, PythonModule source) {
        TypeNew maker = new TypeNew(version);
        for (ClassStatement statement : source.classes()) {
            maker.made.put(statement.name(), maker.make(statement));
        }
        return maker.made;
    }

    private PyType make(ClassStatement c) {
        c.dataclass().ifPresent(d -> checkDecoratorArguments(d));
        List<PyType> bases = new ArrayList<>();
        for (String name : c.bases()) {
            PyType base = made.get(name);
            if (base == null) {
                throw new SourceException(c.line(), "NameError: name '" + name + "' is not defined");
            }
            if (bases.contains(base)) {
                throw new SourceException(c.line(), "TypeError: duplicate base class " + name);
            }
            bases.add(base);
        }
        Set<String> namespace = new LinkedHashSet<>(c.attributes());
        List<ClassStatement.Field> annotations = c.fields();
        annotations.stream().filter(ClassStatement.Field::hasDefault).forEach(f -> namespace.add(f.name()));
        Optional<List<String>> slots = c.slots().map(ClassStatement.SlotsDeclaration::names);
        int slotsLine = c.slots().map(ClassStatement.SlotsDeclaration::line).orElse(c.line());
        PyType type = type(c, bases, slots, namespace, slotsLine, Map.of());
        if (c.dataclass().isEmpty()) {
            return type;
        }
        ClassStatement.DataclassDecorator d = c.dataclass().get();
        List<String> fields = fields(type, c);
        if (d.weakrefSlot() && !d.slots()) {
            throw new SourceException(d.line(), "TypeError: weakref_slot is True but slots is False");
        }
        if (!d.slots()) {
            return withFields(type, fields, d.init());
        }
        if (c.slots().isPresent()) {
            throw new SourceException(d.line(), "TypeError: " + c.name() + " already specifies __slots__");
        }
        // dataclasses._add_slots: the class is made again, its fields as __slots__ (3.11 leaves out
        // those a base already has as slots), their defaults no longer class attributes.
        Set<String> inherited = version.minor() >= 11 ? inheritedSlots(type) : Set.of();
        List<String> fieldSlots = new ArrayList<>(fields.stream().filter(f -> !inherited.contains(f)).toList());
        if (d.weakrefSlot() && !inherited.contains("__weakref__")) {
            fieldSlots.add("__weakref__");
        }
        Set<String> remade = new LinkedHashSet<>(namespace);
        remade.removeAll(fields);
        // The fields are stored names already; a slot's note says how the body wrote it.
        Map<String, String> writtenAs = new HashMap<>();
        c.fields().forEach(f -> writtenAs.put(AttributeNames.mangled(f.name(), c.name()), f.name()));
        PyType slotted = type(c, bases, Optional.of(fieldSlots), remade, d.line(), writtenAs);
        return withFields(slotted, fields, d.init());
    }

    private void checkDecoratorArguments(ClassStatement.DataclassDecorator d) {
        if (d.slots() && !version.hasDataclassSlots()) {
            throw new SourceException(d.line(), "TypeError: dataclass() got an unexpected keyword argument 'slots'");
        }
        if (d.weakrefSlot() && version.minor() < 11) {
            throw new SourceException(d.line(), "TypeError: dataclass() got an unexpected keyword argument 'weakref_slot'");
        }
    }

    /**
     * {@code dataclasses._get_slots} over the bases: each one's {@code __slots__} as written; from
     * 3.13 a base without them gives {@code '__weakref__'} and {@code '__dict__'} where it has them.
     */
    private Set<String> inheritedSlots(PyType type) {
        Set<String> names = new HashSet<>();
        for (PyType base : type.ancestors()) {
            if (base.slotsDeclared().isPresent()) {
                names.addAll(base.slotsDeclared().get());
            } else if (version.minor() >= 13) {
                if (base.hasWeakref()) {
                    names.add("__weakref__");
                }
                if (base.hasDict()) {
                    names.add("__dict__");
                }
            }
        }
        return names;
    }

    /**
     * The dataclass's fields in {@code __init__} order: its dataclass bases' (from the farthest),
     * then its own annotations; a field named again keeps its first place.
     */
    private static List<String> fields(PyType type, ClassStatement c) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        List<PyType> ancestors = type.ancestors();
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            ancestors.get(i).fields().forEach(f -> fields.put(f, true));
        }
        for (ClassStatement.Field f : c.fields()) {
            if (!f.classVar()) {
                fields.put(AttributeNames.mangled(f.name(), c.name()), true);
            }
        }
        return List.copyOf(fields.keySet());
    }

    private static PyType withFields(PyType t, List<String> fields, boolean init) {
        return new PyType(t.statement(), t.bases(), t.ancestors(), t.base(), t.members(), t.words(), t.basicsize(),
                t.dictoffset(), t.weakrefoffset(), t.managedDict(), t.managedWeakref(), t.inlineValues(), t.namespace(),
                fields, init, t.slotsDeclared());
    }

    /**
     * {@code type.__new__(name, bases, namespace)} with {@code slots} as its {@code __slots__}, if
     * any; {@code writtenAs} gives how the body wrote a slot given by its stored name.
     */
    private PyType type(ClassStatement c, List<PyType> bases, Optional<List<String>> slots, Set<String> namespace,
                        int slotsLine, Map<String, String> writtenAs) {
        List<PyType> ancestors = ancestors(c, bases);
        Optional<PyType> base = bestBase(c, bases);
        int offset = base.map(PyType::basicsize).orElse(OBJECT_HEAD);
        boolean mayAddDict = base.map(b -> !b.hasDict()).orElse(true);
        boolean mayAddWeak = base.map(b -> !b.hasWeakref()).orElse(true);
        boolean addDict = false;
        boolean addWeak = false;
        List<ClassShape.Word.Slot> members = new ArrayList<>();
        if (slots.isEmpty()) {
            addDict = mayAddDict;
            addWeak = mayAddWeak;
        } else {
            for (String name : slots.get()) {
                if (!AttributeNames.isIdentifier(name)) {
                    throw new SourceException(slotsLine, "TypeError: __slots__ must be identifiers");
                }
                if (name.equals("__dict__")) {
                    if (!mayAddDict || addDict) {
                        throw new SourceException(slotsLine, "TypeError: __dict__ slot disallowed: we already got one");
                    }
                    addDict = true;
                } else if (name.equals("__weakref__")) {
                    if (!mayAddWeak || addWeak) {
                        throw new SourceException(slotsLine, "TypeError: __weakref__ slot disallowed: "
                                + (version.hasManagedWeakref() ? "we already got one"
                                : "either we already got one, or __itemsize__ != 0"));
                    }
                    addWeak = true;
                }
            }
            for (String name : slots.get()) {
                if (AttributeNames.SLOT_REQUESTS.contains(name)) {
                    continue;
                }
                String stored = AttributeNames.mangled(name, c.name());
                if (namespace.contains(stored)) {
                    throw new SourceException(slotsLine, "ValueError: " + repr(stored) + " in __slots__ conflicts with class variable");
                }
                members.add(new ClassShape.Word.Slot(stored, writtenAs.getOrDefault(stored, name), c.name()));
            }
            members.sort((a, b) -> AttributeNames.compareCodePoints(a.name(), b.name()));
            // Secondary bases may give the dict or the weakref list the primary base lacks.
            for (PyType other : bases) {
                if (base.isPresent() && other == base.get()) {
                    continue;
                }
                addDict |= mayAddDict && !addDict && other.hasDict();
                addWeak |= mayAddWeak && !addWeak && other.hasWeakref();
            }
        }
        List<ClassShape.Word> words = new ArrayList<>(base.map(PyType::words).orElse(List.of()));
        words.addAll(members);
        offset += WORD * members.size();
        int dictoffset = base.map(PyType::dictoffset).orElse(0);
        int weakrefoffset = base.map(PyType::weakrefoffset).orElse(0);
        boolean managedDict = base.map(PyType::managedDict).orElse(false);
        boolean managedWeakref = base.map(PyType::managedWeakref).orElse(false);
        if (addDict) {
            if (version.hasManagedDict()) {
                managedDict = true;
            } else {
                words.add(new ClassShape.Word.DictPointer());
                dictoffset = offset;
                offset += WORD;
            }
        }
        if (addWeak) {
            if (version.hasManagedWeakref()) {
                managedWeakref = true;
                weakrefoffset = MANAGED_WEAKREF_OFFSET;
            } else {
                words.add(new ClassShape.Word.WeakrefPointer());
                weakrefoffset = offset;
                offset += WORD;
            }
        }
        if (addDict && version.hasManagedDict()) {
            // 3.11 reports where the dict pointer sits relative to the end of the object; 3.12 says -1.
            dictoffset = version.hasManagedWeakref() ? -1 : -offset - 3 * WORD;
        }
        boolean inlineValues = managedDict && version.hasInlineValues()
                && (offset == OBJECT_HEAD || version.hasInlineValuesBesideSlots());
        Set<String> own = new LinkedHashSet<>(namespace);
        return new PyType(c, bases, ancestors, base, members, words, offset, dictoffset, weakrefoffset, managedDict,
                managedWeakref, inlineValues, own, List.of(), false, slots);
    }

    /** {@code best_base}: the base whose layout every other base's layout is a prefix of. */
    private Optional<PyType> bestBase(ClassStatement c, List<PyType> bases) {
        Optional<PyType> base = Optional.empty();
        Optional<PyType> winner = Optional.empty();
        boolean first = true;
        for (PyType candidateBase : bases) {
            Optional<PyType> candidate = solidBase(Optional.of(candidateBase));
            if (first) {
                winner = candidate;
                base = Optional.of(candidateBase);
                first = false;
            } else if (isSubtype(winner, candidate)) {
                continue;
            } else if (isSubtype(candidate, winner)) {
                winner = candidate;
                base = Optional.of(candidateBase);
            } else {
                throw new SourceException(c.line(), "TypeError: multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    /** Whether {@code a} is a subtype of {@code b}, empty standing for {@code object}. */
    private static boolean isSubtype(Optional<PyType> a, Optional<PyType> b) {
        return b.isEmpty() || a.isPresent() && a.get().isSubtypeOf(b.get());
    }

    /** {@code solid_base}: the nearest class that adds to the layout more than a dict and a weakref list. */
    private Optional<PyType> solidBase(Optional<PyType> type) {
        if (type.isEmpty()) {
            return type;
        }
        Optional<PyType> base = solidBase(type.get().base());
        return extraIvars(type.get(), base) ? type : base;
    }

    private boolean extraIvars(PyType type, Optional<PyType> base) {
        int size = type.basicsize();
        int baseSize = base.map(PyType::basicsize).orElse(OBJECT_HEAD);
        if (version.hasManagedWeakref()) {
            return size != baseSize;
        }
        if (type.weakrefoffset() != 0 && base.map(b -> b.weakrefoffset() == 0).orElse(true)
                && type.weakrefoffset() + WORD == size) {
            size -= WORD;
        }
        if (type.dictoffset() != 0 && base.map(b -> b.dictoffset() == 0).orElse(true)
                && type.dictoffset() + WORD == size) {
            size -= WORD;
        }
        return size != baseSize;
    }

    /** The C3 linearisation of the class over its bases, after the class itself ({@code object} left out). */
    private static List<PyType> ancestors(ClassStatement c, List<PyType> bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(base.mro());
        }
        sequences.add(new ArrayList<>(bases));
        List<PyType> order = new ArrayList<>();
        while (sequences.stream().anyMatch(s -> !s.isEmpty())) {
            PyType next = null;
            for (List<PyType> sequence : sequences) {
                if (sequence.isEmpty()) {
                    continue;
                }
                PyType head = sequence.get(0);
                if (sequences.stream().noneMatch(s -> s.indexOf(head) > 0)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                String heads = sequences.stream().filter(s -> !s.isEmpty()).map(s -> s.get(0).name()).distinct()
                        .collect(Collectors.joining(", "));
                throw new SourceException(c.line(), "TypeError: Cannot create a consistent method resolution order (MRO)"
                        + " for bases " + heads);
            }
            order.add(next);
            for (List<PyType> sequence : sequences) {
                sequence.remove(next);
            }
        }
        return order;
    }

    /** Python's {@code repr} of a name: in single quotes. */
    static String repr(String name) {
        return "'" + name + "'";
    }
}
