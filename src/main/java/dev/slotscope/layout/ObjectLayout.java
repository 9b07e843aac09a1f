package dev.slotscope.layout;

import java.util.List;
import java.util.Optional;

/**
 * An instance and the objects it owns or shares, as immutable values: what the window draws,
 * what an animation steps through and what a chart sums.
 *
 * @param instance the object itself
 * @param attached objects reached from the instance's pointers (dict, keys table, values array)
 */
public record ObjectLayout(MemoryObject instance, List<MemoryObject> attached) {

    public ObjectLayout {
        attached = List.copyOf(attached);
    }

    /** The instance first, then the attached objects. */
    public List<MemoryObject> objects() {
        var all = new java.util.ArrayList<MemoryObject>();
        all.add(instance);
        all.addAll(attached);
        return List.copyOf(all);
    }

    public Optional<MemoryObject> find(String id) {
        return objects().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Bytes each instance pays for itself: the instance and every attached object not shared. */
    public int ownedBytes() {
        return objects().stream().filter(o -> !o.shared()).mapToInt(MemoryObject::size).sum();
    }

    /** Bytes shared by all instances of the class, paid once. */
    public int sharedBytes() {
        return attached.stream().filter(MemoryObject::shared).mapToInt(MemoryObject::size).sum();
    }
}
