package dev.slotscope.ui;

import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmVariant;

import java.util.ArrayList;
import java.util.List;

/** What to lay out: a lesson variant of the chosen lens, or (on the JVM) any class by name. */
public sealed interface ClassChoice {

    String displayName();

    /** The variant's id, the same in both lenses where the idea matches. */
    String id();

    record Python(Variant variant) implements ClassChoice {
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
        public String displayName() {
            return variant.id() + "  ·  " + variant.javaClass().getSimpleName();
        }

        @Override
        public String id() {
            return variant.id();
        }
    }

    /** Any class by binary name, from the JDK, the app or a jar the user opened. */
    record NamedClass() implements ClassChoice {
        @Override
        public String displayName() {
            return "any class…";
        }

        @Override
        public String id() {
            return "class";
        }
    }

    /** The choices a runtime offers. */
    static List<ClassChoice> forRuntime(RuntimeChoice runtime) {
        List<ClassChoice> choices = new ArrayList<>();
        if (runtime instanceof RuntimeChoice.CPython) {
            for (Variant v : Variant.values()) {
                choices.add(new Python(v));
            }
        } else {
            for (JvmVariant v : JvmVariant.values()) {
                choices.add(new Java(v));
            }
            choices.add(new NamedClass());
        }
        return List.copyOf(choices);
    }
}
