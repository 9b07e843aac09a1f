package dev.slotscope.explain;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

import java.util.Optional;

/**
 * A selected box of a CPython layout with what is known around it.
 *
 * @param version the CPython version the layout is for
 * @param block   which block holds the region
 * @param owner   the object holding the region, when the caller gave it
 * @param region  the selected bytes
 */
record CPythonBox(CPythonVersion version, CPythonBlock block, Optional<MemoryObject> owner, Region region) {

    String label() {
        return region.label();
    }

    /** 3.13: the owner is an instance whose values are stored inside it; empty when unknown. */
    Optional<Boolean> ownerHasInlineValues() {
        return owner.filter(o -> block == CPythonBlock.INSTANCE)
                .map(o -> o.regions().stream().anyMatch(r -> r.kind() == RegionKind.VALUES_HEADER));
    }

    /** The owner is a keys table shared by the class's instances; empty when unknown. */
    Optional<Boolean> ownerIsShared() {
        return owner.map(MemoryObject::shared);
    }
}
