package dev.slotscope.layout;

import java.util.ArrayList;
import java.util.List;

/** Appends regions one after another, so offsets are computed in one place and never overlap. */
public final class RegionBuilder {
    private final List<Region> regions = new ArrayList<>();
    private int next;

    /** Starts at {@code start}: 0, or negative to begin with a pre-header. */
    public RegionBuilder(int start) {
        this.next = start;
    }

    public RegionBuilder add(int size, RegionKind kind, String label) {
        return add(Region.of(next, size, kind, label));
    }

    /** A pointer region that points at the attached object {@code targetId}. */
    public RegionBuilder pointer(int size, RegionKind kind, String label, String targetId) {
        return add(Region.of(next, size, kind, label).pointingTo(targetId));
    }

    /** Adds the region at the current offset; its own offset is ignored. */
    public RegionBuilder add(Region region) {
        regions.add(region.at(next));
        next += region.size();
        return this;
    }

    /** Attaches a sentence about the region added last, shown on hover. */
    public RegionBuilder note(String text) {
        Region last = regions.remove(regions.size() - 1);
        regions.add(last.withNote(text));
        return this;
    }

    /** Adds padding up to the next multiple of {@code alignment}, if any is needed. */
    public RegionBuilder alignTo(int alignment) {
        int rest = Math.floorMod(next, alignment);
        if (rest != 0) {
            add(alignment - rest, RegionKind.PADDING, "padding");
        }
        return this;
    }

    /** The offset the next region would get. */
    public int offset() {
        return next;
    }

    public List<Region> build() {
        return List.copyOf(regions);
    }
}
