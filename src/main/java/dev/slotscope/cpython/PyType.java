package dev.slotscope.cpython;

import dev.slotscope.cpython.source.ClassStatement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A class of a user's source as one CPython version makes it ({@link TypeNew}): what
 * {@code type.__new__} and {@code type_ready} leave in its type object that decides its instances'
 * layout.
 *
 * @param statement      the class statement it was made from
 * @param bases          its bases as written ({@code object} left out)
 * @param ancestors      its method resolution order after itself, {@code object} left out
 * @param base           {@code tp_base}: the base whose layout it extends, empty for {@code object}
 * @param members        the slots it adds, in layout order
 * @param words          every word of an instance after the header, its bases' first
 * @param basicsize      {@code __basicsize__}
 * @param dictoffset     {@code __dictoffset__}
 * @param weakrefoffset  {@code __weakrefoffset__}
 * @param managedDict    the dict pointer (and 3.11's values pointer) live before the object
 * @param managedWeakref the weakref list pointer lives before the object (3.12+)
 * @param inlineValues   3.13+: the values are kept inside the object, after basicsize
 * @param namespace      the names in the class's own {@code __dict__} besides its slots, in the order the body binds them
 * @param fields         a dataclass's fields, its bases' first, as its {@code __init__} assigns them
 * @param dataclassInit  whether {@code __init__} is the one {@code @dataclass} wrote
 * @param slotsDeclared  the {@code __slots__} in its own {@code __dict__}, as written; empty when it has none
 */
record PyType(ClassStatement statement, List<PyType> bases, List<PyType> ancestors, Optional<PyType> base,
              List<ClassShape.Word.Slot> members, List<ClassShape.Word> words, int basicsize, int dictoffset,
              int weakrefoffset, boolean managedDict, boolean managedWeakref, boolean inlineValues,
              Set<String> namespace, List<String> fields, boolean dataclassInit, Optional<List<String>> slotsDeclared) {

    PyType {
        bases = List.copyOf(bases);
        ancestors = List.copyOf(ancestors);
        members = List.copyOf(members);
        words = List.copyOf(words);
        namespace = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(namespace));
        fields = List.copyOf(fields);
        slotsDeclared = slotsDeclared.map(List::copyOf);
    }

    String name() {
        return statement.name();
    }

    boolean hasDict() {
        return dictoffset != 0;
    }

    boolean hasWeakref() {
        return weakrefoffset != 0;
    }

    /** Whether {@code other} is this class or one of its ancestors. */
    boolean isSubtypeOf(PyType other) {
        return this == other || ancestors.contains(other);
    }

    /** Its method resolution order, itself first, {@code object} left out. */
    List<PyType> mro() {
        List<PyType> mro = new java.util.ArrayList<>();
        mro.add(this);
        mro.addAll(ancestors);
        return mro;
    }

    /** The shape its instances have, for the lens. */
    ClassShape shape() {
        return new ClassShape(words, managedDict, managedWeakref, inlineValues, basicsize, dictoffset, weakrefoffset);
    }
}
