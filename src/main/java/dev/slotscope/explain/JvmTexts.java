package dev.slotscope.explain;

import dev.slotscope.layout.WordBits;

import java.util.stream.Collectors;

/**
 * The texts for the bytes of a HotSpot object: header words, fields, array elements, padding.
 * Sources are HotSpot's headers under {@code src/hotspot/share/} and the JDK classes.
 */
final class JvmTexts {

    private static final String MARK_WORD_H = "src/hotspot/share/oops/markWord.hpp";
    private static final String OOP_H = "src/hotspot/share/oops/oop.hpp";
    private static final String ARRAY_OOP_H = "src/hotspot/share/oops/arrayOop.hpp";
    private static final String FIELD_LAYOUT_CPP = "src/hotspot/share/classfile/fieldLayoutBuilder.cpp";
    private static final String GLOBALS_H = "src/hotspot/share/runtime/globals.hpp";
    private static final String REFERENCE_SIZE = "4 bytes on a 32-bit VM or with compressed oops (UseCompressedOops:"
            + " a 32-bit offset into the heap instead of an address), 8 on a 64-bit VM without them.";

    private JvmTexts() {
    }

    static Facts markWord(JvmBox box) {
        String what;
        if (box.thirtyTwoBit().orElse(false)) {
            what = "The mark word, one 32-bit word: identity hash code, GC age and lock bits.";
        } else if (box.compactHeader().orElse(false)) {
            what = "The mark word, which with compact object headers also holds the compressed class pointer: identity"
                    + " hash code, GC age, lock bits and class in 8 bytes.";
        } else {
            what = "The mark word: identity hash code, GC age and lock bits (with compact object headers, the class"
                    + " too).";
        }
        what += box.region().bits().map(JvmTexts::read).orElse("");
        return new Facts(what, "Any Java object can be locked with synchronized, asked for its identity hash code and"
                + " aged by the garbage collector; HotSpot keeps that state in the object's first word.",
                "JEP 450 (JDK 24, experimental) lets this word hold the class pointer too, so the whole header is 8"
                        + " bytes on 64-bit VMs; JDK 25 made -XX:+UseCompactObjectHeaders a product option (JEP 519).",
                MARK_WORD_H + ": markWord; " + OOP_H + ": oopDesc::_mark");
    }

    /**
     * " Read from this object: 0x…01, that is hash:31 = 0 (not computed yet), …", and what the
     * hash means: HotSpot computes it on the first identityHashCode (Slotscope never asks).
     */
    private static String read(WordBits word) {
        String fields = word.fields().stream().map(WordBits.Field::text).collect(Collectors.joining(", "));
        boolean hashed = word.fields().stream().anyMatch(f -> f.name().equals("hash") && f.value() != 0);
        return " Read from this object: " + word.hex() + ", that is, as " + word.source() + " lays the bits out, "
                + fields + ". " + (hashed
                ? "Its identity hash was computed by a call of System.identityHashCode or Object.hashCode."
                : "The identity hash is written here on the first call of System.identityHashCode or Object.hashCode;"
                + " Slotscope makes none, so it is still 0.");
    }

    static Facts classWord(JvmBox box) {
        String what;
        if (box.region().size() == 8) {
            what = "The class word: a full 64-bit pointer to the object's class metadata (Klass*).";
        } else if (box.thirtyTwoBit().orElse(false)) {
            what = "The class word: a 32-bit VM's pointer to the object's class metadata (Klass*).";
        } else if (box.thirtyTwoBit().isPresent()) {
            what = "The class word: a compressed class pointer (narrowKlass, 32 bits) to the object's class metadata.";
        } else {
            what = "The class word: a pointer to the object's class metadata, compressed to 32 bits (narrowKlass) on a"
                    + " 64-bit VM with compressed class pointers.";
        }
        return new Facts(what, "The VM finds the object's class through it for every virtual call, type check and"
                + " garbage-collector scan of its fields.",
                "JDK-8241825 made compressed class pointers independent of compressed oops. With compact object"
                        + " headers (JEP 450, JDK 24) there is no class word: the class pointer is in the mark word.",
                OOP_H + ": oopDesc::_metadata (Klass* _klass or narrowKlass _compressed_klass)");
    }

    static Facts arrayLength(JvmBox box) {
        String where = box.classWordSize().map(size -> switch (size) {
            case 0 -> " It follows the 8-byte header, which holds the class too (compact object headers).";
            case 4 -> box.thirtyTwoBit().orElse(false) ? " It follows the class word."
                    : " It takes the 4 bytes a compressed class pointer leaves free of the 8-byte class field (the"
                    + " klass gap).";
            default -> " It follows the 8-byte class word.";
        }).orElse(" With compressed class pointers it takes the 4 bytes the 8-byte class field leaves free (the klass"
                + " gap).");
        return new Facts("The array's length, a 32-bit int." + where,
                "Every array access is checked against it, and the garbage collector reads it to know the array's"
                        + " size.",
                "With compact object headers (JEP 450, JDK 24) it comes right after the 8-byte mark word, at offset 8.",
                ARRAY_OOP_H + ": arrayOopDesc::length_offset_in_bytes (the length has no C++ field)");
    }

    static Facts field(JvmBox box, boolean reference) {
        String declaring = box.region().declaringClass().orElse("");
        var known = JdkFields.of(declaring, box.label());
        if (known.isPresent()) {
            return known.get();
        }
        String owner = declaring.isEmpty() ? "the object's class" : JavaNames.simpleName(declaring);
        String definedIn = declaring.isEmpty() ? "the field " + box.label() + " of the object's class"
                : JavaNames.sourceName(declaring) + "." + box.label();
        if (reference) {
            return new Facts("The field " + box.label() + " of " + owner + ": a reference to another object, or null.",
                    "Java never stores an object inside another: a field of a class type holds a reference, "
                            + REFERENCE_SIZE, definedIn);
        }
        return new Facts("The field " + box.label() + " of " + owner + ": a primitive value of " + box.region().size()
                + (box.region().size() == 1 ? " byte" : " bytes") + ", stored inside the object.",
                "Primitive values need no object of their own. HotSpot orders fields by size rather than as the source"
                        + " declares them, and aligns each to its size (" + FIELD_LAYOUT_CPP + ").", definedIn);
    }

    /** One bucket of a HashMap's table, "[8] → \"x\"": which keys its chain holds. */
    static Facts bucket(JvmBox box) {
        return new Facts("Bucket " + box.label() + " of the HashMap's table: a reference to the first node whose"
                + " key's hash picks this bucket, or null.",
                "HashMap picks a key's bucket as (table.length - 1) & hash and chains the nodes of one bucket"
                        + " through Node.next.", "java.util.HashMap.table (Node<K,V>[])");
    }

    static Facts element(JvmBox box) {
        String label = box.label();
        String arrayType = box.ownerType().orElse("the array");
        if (label.startsWith("[")) {
            return new Facts("Element " + label + " of " + arrayType + ": a reference to an object, or null.",
                    "An array of objects holds references, " + REFERENCE_SIZE,
                    arrayType + "; " + ARRAY_OOP_H + ": arrayOopDesc::base_offset_in_bytes");
        }
        return new Facts("The elements of " + arrayType + " (" + label + "), stored one after another inside the"
                + " array.", "Arrays of primitives hold their values directly; the elements start after the header,"
                + " at a multiple of 8 for long and double.",
                arrayType + "; " + ARRAY_OOP_H + ": arrayOopDesc::base_offset_in_bytes");
    }

    static Facts padding(JvmBox box) {
        if (box.label().equals("contended padding")) {
            return new Facts("Room HotSpot leaves empty beside the @Contended fields, so that no other field shares"
                    + " a cache line with them.", "Two threads writing fields on one cache line slow each other down"
                    + " (false sharing) though they never touch the same field; @Contended fields get ContendedPaddingWidth"
                    + " bytes (128 by default) of padding on each side. Outside the JDK the annotation is ignored unless"
                    + " the VM runs with -XX:-RestrictContended.", "JEP 142: Reduce Cache Contention on Specified Fields"
                    + " (JDK 8).", FIELD_LAYOUT_CPP + ": FieldLayoutBuilder (contended groups); " + GLOBALS_H
                    + ": ContendedPaddingWidth, RestrictContended");
        }
        if (box.label().equals("tail padding")) {
            return new Facts("Bytes after the last field or element, so that the object's size is a multiple of the"
                    + " object alignment.", "HotSpot starts every object at a multiple of ObjectAlignmentInBytes, 8"
                    + " bytes by default.", GLOBALS_H + ": ObjectAlignmentInBytes");
        }
        String objectGap = FIELD_LAYOUT_CPP + ": FieldGroup::add_primitive_field (alignment == size)";
        String arrayGap = ARRAY_OOP_H + ": arrayOopDesc::base_offset_in_bytes";
        return box.inArray().map(array -> array
                ? new Facts("Bytes between the array's length and its first element.", "Elements of 8-byte types"
                + " (long, double, and references without compressed oops) start at a multiple of 8.", arrayGap)
                : new Facts("Bytes no field uses.", "HotSpot aligns every field to its own size, so a gap stays where"
                + " no smaller field fits.", objectGap))
                .orElse(new Facts("Bytes that hold nothing, so that the next field or array element is aligned.",
                        "Fields are aligned to their size, and array elements of 8-byte types start at a multiple of"
                                + " 8.", objectGap + "; " + arrayGap));
    }
}
