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
 */
public record GrowthStep(int step, StepOutcome outcome, ObjectLayout layout, int bytesPerInstance,
                         Optional<HashTable> table) {
}
