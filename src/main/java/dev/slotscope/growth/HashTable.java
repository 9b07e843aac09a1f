package dev.slotscope.growth;

import java.util.List;
import java.util.Optional;

/**
 * A hash table as the runtime holds it at one step.
 *
 * @param slots   index slots (CPython) or the table's length (JVM; 0 before the first put)
 * @param entries the keys in the table's order
 * @param split   CPython only: whether values are kept apart from shared keys
 */
public record HashTable(int slots, List<TableEntry> entries, Optional<Boolean> split) {
    public HashTable {
        entries = List.copyOf(entries);
    }
}
