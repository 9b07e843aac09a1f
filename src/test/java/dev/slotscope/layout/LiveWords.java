package dev.slotscope.layout;

import dev.slotscope.growth.GrowthStep;

import java.util.List;
import java.util.Optional;

/**
 * Layouts without the header words read from live objects: two VMs lay a class out alike, but
 * an object's mark word holds its own age and identity hash, which differ from VM to VM.
 */
public final class LiveWords {
    private LiveWords() {
    }

    public static ObjectLayout removed(ObjectLayout layout) {
        return new ObjectLayout(removed(layout.instance()), layout.attached().stream().map(LiveWords::removed).toList(),
                layout.classObject().map(LiveWords::removed));
    }

    public static List<GrowthStep> removedFromSteps(List<GrowthStep> steps) {
        return steps.stream().map(s -> new GrowthStep(s.step(), s.outcome(), removed(s.layout()), s.bytesPerInstance(),
                s.table())).toList();
    }

    private static MemoryObject removed(MemoryObject o) {
        return new MemoryObject(o.id(), o.label(), o.type(), o.shared(), o.regions().stream()
                .map(r -> new Region(r.offset(), r.size(), r.kind(), r.label(), r.pointsTo(), r.note(), r.declaringClass(),
                        Optional.empty())).toList(), o.index());
    }
}
