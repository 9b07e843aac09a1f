package dev.slotscope.runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmVariant;

/** What to lay out: a lesson variant of a runtime's lens, or (on the JVM) any class by name; {@link Runtime#classChoices()} lists them. */
public sealed interface ClassChoice {

    String displayName();

    /** The variant's id, the same in both lenses where the idea matches. */
    String id();

    /** The class's own name: "StandardPoint", "MapPoint". */
    String className();

    /** Whether it is one of the lesson's classes, which can be grown, counted by the million and measured. */
    boolean lessonClass();

    /** Whether attributes can be added to its instance step by step. */
    default boolean growable() {
        return lessonClass();
    }

    /** What is laid out when it is chosen: itself with {@code attrs}, or for your class the source in the editor. */
    default Subject subject(AttributeNames attrs, String source, String sourceClass) {
        return new Subject.Chosen(this, attrs);
    }

    record Python(Variant variant) implements ClassChoice {
        @Override
        public String className() {
            return variant.className();
        }

        @Override
        public boolean lessonClass() {
            return true;
        }

        @Override
        public String displayName() {
            return variant.id() + "  ·  " + variant.className();
        }

        @Override
        public String id() {
            return variant.id();
        }
    }

    record Java(JvmVariant variant) implements ClassChoice {
        @Override
        public String className() {
            return variant.javaClass().getSimpleName();
        }

        @Override
        public boolean lessonClass() {
            return true;
        }

        @Override
        public String displayName() {
            return variant.id() + "  ·  " + variant.javaClass().getSimpleName();
        }

        @Override
        public String id() {
            return variant.id();
        }
    }

    /** A class the user writes in the window's class-source editor. */
    record WrittenClass() implements ClassChoice {
        @Override
        public String className() {
            return "your class";
        }

        @Override
        public boolean lessonClass() {
            return false;
        }

        @Override
        public String displayName() {
            return "your class…";
        }

        @Override
        public boolean growable() {
            return true;
        }

        @Override
        public Subject subject(AttributeNames attrs, String source, String sourceClass) {
            return new Subject.Written(source, sourceClass);
        }

        @Override
        public String id() {
            return "your-class";
        }
    }

    /** Any class by binary name, from the JDK, the app or a jar the user opened. */
    record NamedClass() implements ClassChoice {
        @Override
        public String className() {
            return "any class";
        }

        @Override
        public boolean lessonClass() {
            return false;
        }

        @Override
        public String displayName() {
            return "any class…";
        }

        @Override
        public String id() {
            return "class";
        }
    }
}
