package dev.slotscope.cpython;

import java.util.ArrayList;
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

    /** The shape of the class declaring {@code written} (as written: '__dict__' in __slots__ counts). */
    static ClassShape of(CPythonVersion version, Variant variant, AttributeNames written) {
        List<String> slots = variant.usesSlots() ? variant.stored(written).slotOrder() : List.of();
        boolean addDict = variant.hasDict(written);
        boolean addWeak = variant.hasWeakref(written);
        // The parent of a child lays out what its __slots__ ask for; the child adds the rest after
        // it: a dict after the parent's weakref slot, and the 3.11 dict offset stays the parent's.
        boolean parentDict = variant == Variant.CHILD_OF_SLOTTED && written.contains("__dict__");
        boolean weakrefFirst = variant == Variant.CHILD_OF_SLOTTED && written.contains("__weakref__") && !parentDict;
        List<Word> words = new ArrayList<>();
        AttributeNames asWritten = written.withoutSlotRequests();
        for (String slot : slots) {
            String writtenAs = asWritten.names().stream()
                    .filter(n -> AttributeNames.mangled(n, variant.declaringClassName()).equals(slot)).findFirst().orElse(slot);
            words.add(new Word.Slot(slot, writtenAs, variant.declaringClassName()));
        }
        int offset = OBJECT_HEAD + WORD * slots.size();
        int dictoffset = 0;
        int weakrefoffset = 0;
        boolean managedDict = addDict && version.hasManagedDict();
        boolean managedWeakref = addWeak && version.hasManagedWeakref();
        if (addWeak && !managedWeakref && weakrefFirst) {
            words.add(new Word.WeakrefPointer());
            weakrefoffset = offset;
            offset += WORD;
        }
        if (addDict && !managedDict) {
            words.add(new Word.DictPointer());
            dictoffset = offset;
            offset += WORD;
        }
        if (addWeak && !managedWeakref && !weakrefFirst) {
            words.add(new Word.WeakrefPointer());
            weakrefoffset = offset;
            offset += WORD;
        }
        if (managedWeakref) {
            weakrefoffset = MANAGED_WEAKREF_OFFSET;
        }
        if (managedDict) {
            // 3.11 reports where the dict pointer sits relative to the end of the object;
            // 3.12 reports -1 and finds the pointer through the managed-dict flag.
            int dictOwnerEnd = parentDict && !written.contains("__weakref__") && !managedWeakref ? offset - WORD : offset;
            dictoffset = version.hasManagedWeakref() ? -1 : -dictOwnerEnd - 3 * WORD;
        }
        // 3.13: only an object with nothing but its header; 3.14: any (tp_itemsize is 0 for every
        // lesson class), so the values follow the slots.
        boolean inlineValues = managedDict && version.hasInlineValues()
                && (offset == OBJECT_HEAD || version.hasInlineValuesBesideSlots());
        return new ClassShape(words, managedDict, managedWeakref, inlineValues, offset, dictoffset, weakrefoffset);
    }

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
