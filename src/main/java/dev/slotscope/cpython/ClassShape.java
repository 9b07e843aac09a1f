package dev.slotscope.cpython;

import java.util.List;

/**
 * What {@code type.__new__} decides for a class: where the slots, the dict pointer and the weakref
 * pointer go, and which of them CPython manages before the object instead
 * ({@code Objects/typeobject.c}: {@code type_new}, {@code type_new_descriptors}).
 *
 * @param words          the words after the object header, in order from offset 16: slots, and the
 *                       dict and weakref pointers where the object holds them itself
 * @param managedDict    the dict (and 3.11's values pointer) live in the pre-header
 * @param managedWeakref the weakref list pointer lives in the pre-header (3.12+)
 * @param inlineValues   3.13+: the values array is allocated inside the object, after basicsize
 * @param basicsize      {@code __basicsize__}
 * @param dictoffset     {@code __dictoffset__}
 * @param weakrefoffset  {@code __weakrefoffset__}
 */
record ClassShape(List<Word> words, boolean managedDict, boolean managedWeakref,
                  boolean inlineValues, int basicsize, int dictoffset, int weakrefoffset) {

    ClassShape {
        words = List.copyOf(words);
    }

    /** One word of the object after its header. */
    sealed interface Word {

        /** A slot: the name it is stored under, as the class body wrote it (before mangling), and that class. */
        record Slot(String name, String written, String owner) implements Word {
        }

        /** The pointer to the instance's {@code __dict__} (up to 3.10, or where {@code __slots__} asked for it). */
        record DictPointer() implements Word {
        }

        /** The head of the instance's weak-reference list (up to 3.11). */
        record WeakrefPointer() implements Word {
        }
    }

    static final int WORD = 8;
    static final int OBJECT_HEAD = 2 * WORD;
    static final int GC_HEAD = 2 * WORD;
    /** CPython 3.12+: {@code MANAGED_WEAKREF_OFFSET}, four words before the object. */
    static final int MANAGED_WEAKREF_OFFSET = -4 * WORD;

    /** Whether the object holds its dict pointer among its own words. */
    boolean hasDictWord() {
        return words.stream().anyMatch(w -> w instanceof Word.DictPointer);
    }

    boolean hasPreheader() {
        return managedDict || managedWeakref;
    }

    /**
     * Bytes before the object: the GC header (every class defined in Python is tracked by the
     * cyclic GC) and, with managed pointers, two more words.
     */
    int preheaderSize() {
        return GC_HEAD + (hasPreheader() ? 2 * WORD : 0);
    }

    /** {@code sys.getsizeof(obj)}: {@code __sizeof__} (the basic size) plus what sits before the object. */
    int getsizeof() {
        return basicsize + preheaderSize();
    }
}
