package dev.slotscope.jvm;

import dev.slotscope.layout.ObjectLayout;

import java.util.List;

/**
 * A Java class laid out for one VM mode: the instance, and when an instance was walked, the
 * objects it reaches.
 *
 * @param subject      the variant id, or the class's binary name
 * @param className    the binary name of the class laid out
 * @param vm           the facts of the VM (or estimated mode)
 * @param layout       the instance and the attached objects
 * @param graphWalked  true when a real instance's object graph was walked
 * @param buckets      the buckets of the first {@code HashMap} table in the graph, if any
 * @param notes        sentences the view should show, such as why an attribute list is ignored
 */
public record JvmObject(String subject, String className, VmFacts vm, ObjectLayout layout, boolean graphWalked,
                        List<Bucket> buckets, List<String> notes) {

    public JvmObject {
        buckets = List.copyOf(buckets);
        notes = List.copyOf(notes);
    }

    /** The instance's own size, as JOL reports it. */
    public int instanceSize() {
        return layout.instance().size();
    }
}
