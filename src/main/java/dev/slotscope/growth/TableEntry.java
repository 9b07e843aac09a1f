package dev.slotscope.growth;

/**
 * One key of a hash table, where it landed.
 *
 * @param key  the attribute name
 * @param hash the hash the table stores for it
 * @param slot the index slot (CPython) or bucket (JVM) that holds it
 */
public record TableEntry(String key, long hash, int slot) {
}
