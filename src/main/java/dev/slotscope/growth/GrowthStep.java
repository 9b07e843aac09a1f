package dev.slotscope.growth;

import dev.slotscope.layout.ObjectLayout;

import java.util.Optional;

/**
 * One state of an object while attributes are added.
 *
 * @param step             0 for the object as constructed, k after the k-th added attribute
 * @param outcome          what this step did
 * @param layout           the complete layout after the step
 * @param bytesPerInstance what one instance in this state costs (owned bytes)
 * @param table            the object's hash table, if it has one
 * @param getsizeof        CPython: {@code sys.getsizeof(obj)}
 * @param dictGetsizeof    CPython: {@code sys.getsizeof(obj.__dict__)}, read last (on 3.11+ reading it makes a dict)
 */
public record GrowthStep(int step, StepOutcome outcome, ObjectLayout layout, int bytesPerInstance,
                         Optional<HashTable> table, Optional<Integer> getsizeof, Optional<Integer> dictGetsizeof) {

    /** A step of a runtime without {@code getsizeof} figures (the JVM). */
    public GrowthStep(int step, StepOutcome outcome, ObjectLayout layout, int bytesPerInstance, Optional<HashTable> table) {
        this(step, outcome, layout, bytesPerInstance, table, Optional.empty(), Optional.empty());
    }
}
