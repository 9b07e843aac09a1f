package dev.slotscope.cpython;

import dev.slotscope.cpython.source.PythonModule;

/** What a CPython object is an instance of: a lesson class with its attributes, or a class of a user's source. */
public sealed interface PythonClass {

    /** The class's name, as its {@code AttributeError} says it. */
    String className();

    /** The Python source that defines it. */
    String source();

    /** One of the lesson's classes, with the attribute names it was given. */
    record Lesson(Variant variant, AttributeNames attrs) implements PythonClass {
        @Override
        public String className() {
            return variant.className();
        }

        @Override
        public String source() {
            return variant.pythonSource(attrs);
        }
    }

    /** A class the user wrote: the one named {@code className} in {@code code}. */
    record Written(PythonModule code, String className) implements PythonClass {
        @Override
        public String source() {
            return code.text();
        }
    }
}
