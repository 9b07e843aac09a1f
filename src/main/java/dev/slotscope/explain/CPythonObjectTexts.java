package dev.slotscope.explain;

import dev.slotscope.cpython.CPythonVersion;

import static dev.slotscope.explain.CPythonSources.CPYTHON_OBJECT_H;
import static dev.slotscope.explain.CPythonSources.DICTOBJECT_H;
import static dev.slotscope.explain.CPythonSources.OBJECT_H;
import static dev.slotscope.explain.CPythonSources.PYCORE_OBJECT_H;

/**
 * The words every object starts with and the pointers an instance keeps in or before itself:
 * GC header, reference count, type, dict, values and weakref pointers, pre-header words, slots.
 */
final class CPythonObjectTexts {

    private static final String MANAGED_DICT_ORIGIN = "Up to 3.10 the dict pointer was a word inside the object at"
            + " tp_dictoffset; 3.11 moved it before the object (Py_TPFLAGS_MANAGED_DICT).";
    private static final String DICT_OR_VALUES_HISTORY = "3.12 merged 3.11's separate values and dict words into"
            + " this one word; 3.13 keeps only a dict pointer there (PyManagedDictPointer), because the values moved"
            + " inside the object.";

    private CPythonObjectTexts() {
    }

    static Facts gcHeader(CPythonBox box) {
        String why = switch (box.block()) {
            case DICT -> "Reference counting cannot free objects that refer to each other in a cycle, so the cyclic"
                    + " collector tracks every container, dicts included.";
            case CLASS -> "A class refers to its bases, its methods and its own dict, and they can refer back to it, so"
                    + " classes made by a class statement are tracked by the cyclic collector too.";
            case INSTANCE -> "Reference counting cannot free objects that refer to each other in a cycle; every class"
                    + " made by a class statement gets Py_TPFLAGS_HAVE_GC, so its instances are tracked.";
            default -> "Reference counting cannot free objects that refer to each other in a cycle, so the cyclic"
                    + " collector tracks containers such as instances of classes and dicts.";
        };
        return new Facts("PyGC_Head: two words (_gc_next, _gc_prev) that link the object into the lists of the cyclic"
                + " garbage collector, stored just before the object.", why,
                "Two words in " + CPythonSources.everyVersion() + "; 3.9 moved the struct from"
                        + " Include/cpython/objimpl.h to the internal header Include/internal/pycore_gc.h, 3.14 to"
                        + " Include/internal/pycore_interp_structs.h. 3.14.0 collected incrementally, but with the same"
                        + " two words; later 3.14 releases went back to three generations.",
                CPythonSources.gcHead(box.version()) + ": PyGC_Head");
    }

    static Facts refcount(CPythonBox box) {
        if (box.version().splitsRefcount()) {
            return splitRefcount(box);
        }
        String history = box.version().minor() >= 12
                ? "Since 3.12 a union that can be read as two 32-bit halves (ob_refcnt_split): an object whose count"
                + " is set to the immortal value is never freed. Up to 3.11 a plain Py_ssize_t."
                : "A plain Py_ssize_t up to 3.11; 3.12 makes it a union that can be read as two 32-bit halves, so"
                + " that objects marked immortal are never freed.";
        return new Facts("ob_refcnt: the number of references to this object.",
                "CPython frees an object as soon as this count drops to zero; it is the first field of every object.",
                history, OBJECT_H + ": PyObject.ob_refcnt");
    }

    /** 3.14+: the word is a 32-bit count, a 16-bit overflow and 16 bits of flags. */
    private static Facts splitRefcount(CPythonBox box) {
        String history = "3.14 splits the word: the low 32 bits are the count (ob_refcnt), then 16 bits ob_overflow and"
                + " 16 bits ob_flags; up to 3.13 a Py_ssize_t, read since 3.12 as two 32-bit halves. The object header"
                + " stays 16 bytes.";
        String definedIn = OBJECT_H + ": PyObject." + switch (box.label()) {
            case "overflow" -> "ob_overflow";
            case "flags" -> "ob_flags";
            default -> "ob_refcnt";
        };
        return switch (box.label()) {
            case "overflow" -> new Facts("ob_overflow: 16 bits after the 32-bit count, 0 in every object measured.",
                    "The count, these bits and the flags share one 8-byte word, which C code can still read or set"
                            + " whole (ob_refcnt_full); no header of 3.14 or 3.15 reads ob_overflow on its own.", history,
                    definedIn);
            case "flags" -> new Facts("ob_flags: 16 bits of flags about the object itself, 0 for an ordinary object.",
                    "Objects the interpreter never frees carry flags here: None and small ints have"
                            + " _Py_IMMORTAL_FLAGS and _Py_STATICALLY_ALLOCATED_FLAG set (0x5), so they are not freed"
                            + " at shutdown either.", history, definedIn);
            default -> new Facts("ob_refcnt: the number of references to this object, 32 bits.",
                    "CPython frees an object as soon as this count drops to zero; a count of 2**31 or more marks an"
                            + " immortal object, which is never freed.", history, definedIn);
        };
    }

    static Facts typePointer(CPythonBox box) {
        boolean leadsToKeys = box.region().pointsTo().isPresent();
        String what = switch (box.block()) {
            case DICT -> "ob_type: points at the dict type (PyDict_Type).";
            case CLASS -> "ob_type: points at the class's own type, its metaclass, here type itself.";
            case INSTANCE -> leadsToKeys
                    ? "ob_type: points at the class, which holds the keys table its instances share (ht_cached_keys)."
                    : "ob_type: points at the object's class.";
            default -> "ob_type: points at the object's type.";
        };
        String definedIn = OBJECT_H + ": PyObject.ob_type";
        if (leadsToKeys) {
            definedIn += "; " + CPYTHON_OBJECT_H + ": PyHeapTypeObject.ht_cached_keys";
        }
        return new Facts(what, "Attribute lookup, method calls and isinstance all start from the object's type.",
                "The same word in " + CPythonSources.everyVersion() + ".", definedIn);
    }

    static Facts typeFields(CPythonBox box) {
        CPythonVersion v = box.version();
        return new Facts("The rest of the class object (PyHeapTypeObject): its name, bases, method slots, sizes, flags"
                + " and more; " + v.heapTypeSize() + " bytes in all in " + v.displayName() + ".",
                "Drawn shortened: a class is made once, however many instances it has; only the pointer to the keys"
                        + " its instances share matters to their layout.",
                "The struct grows as versions add fields: 880 bytes in 3.8 and 3.9, 888 in 3.10, 904 in 3.11, 920 in"
                        + " 3.12, 928 in 3.13, 936 in 3.14, 944 in 3.15 (type.__basicsize__).",
                CPYTHON_OBJECT_H + ": PyHeapTypeObject");
    }

    static Facts dictPointer(CPythonBox box) {
        CPythonVersion v = box.version();
        if (!v.hasManagedDict()) {
            return new Facts("The __dict__ pointer, a word inside the object at tp_dictoffset ("
                    + box.region().offset() + ").",
                    "A class without __slots__ (or with '__dict__' in them) accepts any attribute and keeps it in this"
                            + " dict; the pointer stays NULL until an attribute outside the slots is set or __dict__"
                            + " is read.",
                    "3.11 moved the dict pointer 24 bytes before the object (Py_TPFLAGS_MANAGED_DICT), so it no longer"
                            + " takes a word inside it.",
                    CPythonSources.layoutFunction(v) + " sets PyTypeObject.tp_dictoffset (" + CPYTHON_OBJECT_H + ")");
        }
        if (!v.hasManagedWeakref()) {
            return new Facts("The managed dict pointer, 24 bytes before the object (MANAGED_DICT_OFFSET).",
                    "NULL while the attributes live in the values array beside the class's shared keys; a dict is made"
                            + " only when __dict__ is read or the keys can no longer be shared.",
                    MANAGED_DICT_ORIGIN + " 3.12 merges it with the values pointer into one word (PyDictOrValues).",
                    PYCORE_OBJECT_H + ": _PyObject_ManagedDictPointer, MANAGED_DICT_OFFSET; " + OBJECT_H
                            + ": Py_TPFLAGS_MANAGED_DICT");
        }
        if (!v.hasInlineValues()) {
            return new Facts("PyDictOrValues, 24 bytes before the object, here holding the pointer to the instance's"
                    + " dict.", "One word holds either the dict or, tagged with its lowest bit set, the values array:"
                    + " an instance never needs both at once.", DICT_OR_VALUES_HISTORY,
                    PYCORE_OBJECT_H + ": PyDictOrValues, _PyObject_DictOrValuesPointer");
        }
        String why = box.ownerHasInlineValues().map(inline -> inline
                ? "NULL while the values are stored inside the object; a dict is made only when __dict__ is read or"
                + " the attributes outgrow the class's shared keys."
                : "This class has slots, so its values are not stored inside the object: the pointer stays NULL"
                + " until an attribute outside the slots is set, then points at a dict sharing the class's keys.")
                .orElse("NULL until the instance needs a dict: when __dict__ is read, or when its attributes cannot be"
                        + " kept in values beside the class's shared keys.");
        return new Facts("The managed dict pointer, 24 bytes before the object (PyManagedDictPointer at"
                + " MANAGED_DICT_OFFSET).", why, "3.13 keeps only a dict here: the values moved inside the object"
                + " (Py_TPFLAGS_INLINE_VALUES), from 3.14 in classes with slots too. 3.12 kept a dict or a tagged"
                + " values pointer in this word, 3.11 a dict pointer beside a values pointer.",
                PYCORE_OBJECT_H + ": PyManagedDictPointer, MANAGED_DICT_OFFSET");
    }

    static Facts valuesPointer(CPythonBox box) {
        CPythonVersion v = box.version();
        if (box.block() != CPythonBlock.INSTANCE) {
            return new Facts("ma_values: NULL for a combined table; for a split table, the array of this dict's"
                    + " values.", "A split dict shares the class's keys table and keeps only its own values, so the"
                    + " attribute names are stored once for all instances.",
                    "A PyObject ** up to 3.10; a PyDictValues * from 3.11.", DICTOBJECT_H + ": PyDictObject.ma_values");
        }
        String why = "Attribute values are kept in a bare array beside the class's shared keys, so most instances never"
                + " need a dict object.";
        if (!v.hasManagedWeakref()) {
            return new Facts("The values pointer, 32 bytes before the object: points at the instance's values"
                    + " (PyDictValues).", why, "New in 3.11; 3.12 folds it into one word with the dict pointer"
                    + " (PyDictOrValues), and 3.13 stores the values inside the object.",
                    PYCORE_OBJECT_H + ": _PyObject_ValuesPointer");
        }
        return new Facts("PyDictOrValues, 24 bytes before the object, here holding the pointer to the instance's"
                + " values, tagged with its lowest bit set.", why + " The same word holds the dict instead once one"
                + " exists.", DICT_OR_VALUES_HISTORY,
                PYCORE_OBJECT_H + ": PyDictOrValues, _PyDictOrValues_IsValues");
    }

    static Facts weakrefPointer(CPythonBox box) {
        CPythonVersion v = box.version();
        String why = "Classes without __slots__, or with '__weakref__' in them, support weak references"
                + " (weakref.ref(obj)); the pointer is NULL while none exists.";
        if (!v.hasManagedWeakref()) {
            return new Facts("The head of the list of weak references to this object, a word inside the object at"
                    + " tp_weaklistoffset (" + box.region().offset() + ").", why,
                    "3.12 moved it 32 bytes before the object (Py_TPFLAGS_MANAGED_WEAKREF).",
                    CPythonSources.layoutFunction(v) + " sets PyTypeObject.tp_weaklistoffset (" + CPYTHON_OBJECT_H
                            + ")");
        }
        return new Facts("The head of the list of weak references to this object, 32 bytes before the object"
                + " (MANAGED_WEAKREF_OFFSET).", why,
                "New in 3.12: up to 3.11 this pointer was a word inside the object at tp_weaklistoffset.",
                PYCORE_OBJECT_H + ": MANAGED_WEAKREF_OFFSET; " + OBJECT_H + ": Py_TPFLAGS_MANAGED_WEAKREF");
    }

    static Facts unusedPreheaderWord(CPythonBox box) {
        return new Facts("A word of the pre-header that this class does not use.",
                "The pre-header is two words whenever a class has a managed dict or a managed weakref list"
                        + " (Py_TPFLAGS_PREHEADER), even when it needs only one of them.",
                "3.12 introduced the managed weakref list and this rule; in 3.11 the two words existed only with a"
                        + " managed dict, and both were used (values and dict).",
                PYCORE_OBJECT_H + ": _PyType_PreHeaderSize; " + OBJECT_H + ": Py_TPFLAGS_PREHEADER");
    }

    static Facts slot(CPythonBox box) {
        CPythonVersion v = box.version();
        return new Facts("The slot of attribute " + box.label() + ": a pointer to its value, at a fixed offset ("
                + box.region().offset() + ") in every instance.",
                "For each name in __slots__ the class reserves one word in its instances and gets a member descriptor"
                        + " that reads and writes it, so no dict is needed.",
                "Slot names are sorted before they are laid out, in " + CPythonSources.everyVersion() + ". 3.12 moved"
                        + " PyMemberDef from Include/structmember.h to Include/descrobject.h, which names the member"
                        + " type Py_T_OBJECT_EX (T_OBJECT_EX stays as an alias).",
                CPythonSources.layoutFunction(v) + " (a PyMemberDef of type " + CPythonSources.objectMemberType(v)
                        + " per slot, " + CPythonSources.memberDef(v) + ")");
    }
}
