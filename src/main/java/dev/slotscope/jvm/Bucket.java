package dev.slotscope.jvm;

import java.util.List;

/**
 * One bucket of a real {@code HashMap} table: its index and the keys of its chain, in order.
 *
 * @param index the bucket's index, {@code (h ^ h >>> 16) & (n - 1)} for its keys
 * @param keys  the chain's keys; empty for an empty bucket
 */
public record Bucket(int index, List<String> keys) {
    public Bucket {
        keys = List.copyOf(keys);
    }
}
