package dev.slotscope.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * A run of bytes inside one object.
 *
 * @param offset   byte offset from the object's start (its reference count on CPython, its mark
 *                 word on the JVM); negative for bytes stored before the object
 * @param size     length in bytes
 * @param kind     what the bytes are for
 * @param label    short text drawn on the box, e.g. {@code x} or {@code refcnt}
 * @param pointsTo id of the attached object this region points at, if it is a pointer to one
 * @param note     a sentence about this particular region, shown on hover (may be empty)
 * @param declaringClass for a field of a Java object: the binary name of the class declaring it
 * @param bits     for a header word read from a live object: its bit fields
 */
public record Region(int offset, int size, RegionKind kind, String label, Optional<String> pointsTo, String note,
                     Optional<String> declaringClass, Optional<WordBits> bits) {

    public Region {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(label);
        Objects.requireNonNull(pointsTo);
        Objects.requireNonNull(note);
        Objects.requireNonNull(declaringClass);
        Objects.requireNonNull(bits);
        if (size <= 0) {
            throw new IllegalArgumentException("region size must be positive: " + size);
        }
    }

    public static Region of(int offset, int size, RegionKind kind, String label) {
        return new Region(offset, size, kind, label, Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    public Region pointingTo(String objectId) {
        return new Region(offset, size, kind, label, Optional.of(objectId), note, declaringClass, bits);
    }

    public Region withNote(String text) {
        return new Region(offset, size, kind, label, pointsTo, text, declaringClass, bits);
    }

    /** The same region, as a field declared by the class with binary name {@code className}. */
    public Region declaredBy(String className) {
        return new Region(offset, size, kind, label, pointsTo, note, Optional.of(className), bits);
    }

    /** The same region, with the bit fields of the value it held when read. */
    public Region withBits(WordBits word) {
        return new Region(offset, size, kind, label, pointsTo, note, declaringClass, Optional.of(word));
    }

    /** The same region, moved to offset {@code at}. */
    public Region at(int at) {
        return new Region(at, size, kind, label, pointsTo, note, declaringClass, bits);
    }

    /** One past the last byte. */
    public int end() {
        return offset + size;
    }
}
