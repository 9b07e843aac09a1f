package dev.slotscope.layout;

import java.util.List;
import java.util.Optional;

/**
 * An instance and the objects it owns or shares, as immutable values: what the window draws,
 * what an animation steps through and what a chart sums.
 *
 * @param instance    the object itself
 * @param attached    objects reached from the instance's pointers (dict, keys table, values array)
 * @param classObject the instance's class, drawn where it leads to what its instances share; it
 *                    exists whether or not instances do, so no byte count includes it
 */
public record ObjectLayout(MemoryObject instance, List<MemoryObject> attached, Optional<MemoryObject> classObject) {

    public ObjectLayout {
        attached = List.copyOf(attached);
        java.util.Objects.requireNonNull(classObject);
    }

    /** A layout without its class drawn. */
    public ObjectLayout(MemoryObject instance, List<MemoryObject> attached) {
        this(instance, attached, Optional.empty());
    }

    /**
     * The instance first, then the attached objects, with the class just before the first object
     * it points at (or last), so its arrow is short.
     */
    public List<MemoryObject> objects() {
        var all = new java.util.ArrayList<MemoryObject>();
        all.add(instance);
        all.addAll(attached);
        classObject.ifPresent(c -> {
            var targets = c.regions().stream().flatMap(r -> r.pointsTo().stream()).toList();
            int at = 1;
            while (at < all.size() && !targets.contains(all.get(at).id())) {
                at++;
            }
            all.add(at, c);
        });
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
