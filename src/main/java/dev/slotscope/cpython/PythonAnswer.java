package dev.slotscope.cpython;

import java.util.OptionalInt;

/** What the interpreter did with the user's class: made instances and measured them, or raised. */
public sealed interface PythonAnswer {

    /** The class was made and {@code C(None, …)} instances measured. */
    record Made(MeasuredClass measured) implements PythonAnswer {
    }

    /**
     * Python raised {@code type: message}, at {@code line} of the source where the traceback reaches it.
     *
     * @param whileMaking true when it came from making an instance, false from defining the classes
     */
    record Raised(String type, String message, OptionalInt line, boolean whileMaking) implements PythonAnswer {
        /** "TypeError: …", as Python prints it and as the model words its errors. */
        public String error() {
            return type + ": " + message;
        }
    }
}
