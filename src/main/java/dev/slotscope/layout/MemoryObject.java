package dev.slotscope.layout;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One block of memory: an instance, or an object attached to it such as a dict or a keys table.
 * Its regions are contiguous, sorted by offset and cover {@code [start, start + size)} exactly.
 *
 * @param id      unique within its {@link ObjectLayout}; pointers refer to it
 * @param label   what the object is, e.g. {@code StandardPoint instance} or {@code dict}
 * @param type    the C struct or class name, e.g. {@code PyDictObject}
 * @param shared  true when the block is shared by every instance (it is not paid per instance)
 * @param regions the bytes, in address order
 * @param index   for a hash table's keys: which entry each index slot holds
 */
public record MemoryObject(String id, String label, String type, boolean shared, List<Region> regions,
                           Optional<KeyIndex> index) {

    /** The kinds of region that hold one attribute or field of the object itself (not an array's elements). */
    private static final Set<RegionKind> FIELD_KINDS = EnumSet.of(RegionKind.SLOT, RegionKind.FIELD, RegionKind.REFERENCE);

    public MemoryObject {
        Objects.requireNonNull(index);
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        Objects.requireNonNull(type);
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException(id + " has no regions");
        }
        for (int i = 1; i < regions.size(); i++) {
            if (regions.get(i).offset() != regions.get(i - 1).end()) {
                throw new IllegalArgumentException(id + ": regions not contiguous at " + regions.get(i));
            }
        }
        // A class read from source or a jar, not typed, can still have thousands of fields.
        Limits.checkFields(type, regions.stream().filter(r -> FIELD_KINDS.contains(r.kind())).count());
    }

    /** An object that is not a hash table's keys. */
    public MemoryObject(String id, String label, String type, boolean shared, List<Region> regions) {
        this(id, label, type, shared, regions, Optional.empty());
    }

    /** Offset of the first byte: negative when the object has a pre-header. */
    public int start() {
        return regions.get(0).offset();
    }

    /** Total bytes, pre-header included. */
    public int size() {
        return regions.get(regions.size() - 1).end() - start();
    }
}
