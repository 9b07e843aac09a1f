package dev.slotscope.explain;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

import java.util.Optional;

/**
 * A selected box of a JVM layout with the object around it, when the caller gave it.
 *
 * @param owner  the object holding the region
 * @param region the selected bytes
 */
record JvmBox(Optional<MemoryObject> owner, Region region) {

    String label() {
        return region.label();
    }

    /** The owner is an array; empty when unknown. */
    Optional<Boolean> inArray() {
        return owner.map(o -> o.type().endsWith("[]"));
    }

    /** The owner's header is one 8-byte mark word with the class inside it; empty when unknown. */
    Optional<Boolean> compactHeader() {
        return owner.map(o -> o.regions().stream().noneMatch(r -> r.kind() == RegionKind.CLASS_WORD)
                && o.regions().get(0).size() == 8);
    }

    /** The owner's mark word is 4 bytes, as on a 32-bit VM; empty when unknown. */
    Optional<Boolean> thirtyTwoBit() {
        return owner.map(o -> o.regions().get(0).kind() == RegionKind.MARK_WORD && o.regions().get(0).size() == 4);
    }

    /** Bytes of the owner's class word, 0 when its class is in the mark word; empty when unknown. */
    Optional<Integer> classWordSize() {
        return owner.map(o -> o.regions().stream().filter(r -> r.kind() == RegionKind.CLASS_WORD)
                .mapToInt(Region::size).findFirst().orElse(0));
    }

    /** The Java spelling of the owner's type, e.g. {@code byte[]} or {@code java.util.HashMap.Node[]}. */
    Optional<String> ownerType() {
        return owner.map(o -> JavaNames.sourceName(o.type()));
    }
}
