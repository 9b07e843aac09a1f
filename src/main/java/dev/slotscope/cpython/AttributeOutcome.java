package dev.slotscope.cpython;

/** What happens when an attribute is set on an instance after construction. */
public sealed interface AttributeOutcome {

    /** The attribute was stored. */
    record Stored(String name) implements AttributeOutcome {
    }

    /** The interpreter refused; {@code message} is exactly what Python prints, e.g. {@code AttributeError: ...}. */
    record Refused(String name, String message) implements AttributeOutcome {
    }
}
