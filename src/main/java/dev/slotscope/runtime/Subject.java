package dev.slotscope.runtime;

import dev.slotscope.cpython.AttributeNames;

/** What an explorer lays out: a class chosen from a lens's list with its attribute names, or a class the user wrote. */
public sealed interface Subject {

    /** A lesson class (or a class by name) and the attribute names it was given. */
    record Chosen(ClassChoice choice, AttributeNames attrs) implements Subject {
    }

    /** The class named {@code className} of the source the user wrote. */
    record Written(String source, String className) implements Subject {
    }
}
