package dev.slotscope.growth;

/** What one step of growth did. */
public sealed interface StepOutcome {

    /** Step 0: the object as constructed. */
    record Constructed() implements StepOutcome {
    }

    /** The attribute was stored. */
    record Stored(String attribute) implements StepOutcome {
    }

    /** The runtime refused; {@code message} is exactly what it says (Python's AttributeError line). */
    record Refused(String attribute, String message) implements StepOutcome {
    }
}
