package dev.slotscope.cli;

import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.PythonClass;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

import java.util.Optional;

/** The readable form of {@code describe}: figures, then each object's regions as a table. */
final class DescribeTable {
    private DescribeTable() {
    }

    static String render(CPythonObject object, Optional<AttributeOutcome> outcome) {
        StringBuilder s = new StringBuilder();
        var f = object.figures();
        s.append(object.version().displayName()).append(" · ");
        if (object.pythonClass() instanceof PythonClass.Lesson lesson) {
            s.append(lesson.variant().id()).append(" (").append(lesson.className()).append(") · attributes: ")
                    .append(lesson.attrs().display()).append('\n');
        } else {
            s.append(object.pythonClass().className()).append(" · attributes: ")
                    .append(object.dictKeys().isEmpty() ? "(in slots only)" : String.join(", ", object.dictKeys()) + " in its dict")
                    .append('\n');
        }
        s.append(String.format("basicsize %d   dictoffset %d   weakrefoffset %d   getsizeof %d   bytes per instance %d%n",
                f.basicsize(), f.dictoffset(), f.weakrefoffset(), f.getsizeof(), f.bytesPerInstance()));
        if (object.layout().sharedBytes() > 0) {
            s.append(String.format("shared by all instances: %d bytes%n", object.layout().sharedBytes()));
        }
        for (MemoryObject o : object.layout().objects()) {
            s.append('\n').append(o.label()).append(" [").append(o.type()).append("] ")
                    .append(o.size()).append(" bytes").append(o.shared() ? ", shared" : "").append('\n');
            s.append(String.format("  %6s  %4s  %-18s %s%n", "offset", "size", "kind", "label"));
            appendRegions(s, o);
        }
        outcome.ifPresent(out -> {
            if (out instanceof AttributeOutcome.Stored stored) {
                s.append("\nobj.").append(stored.name()).append(" = ... → stored\n");
            } else if (out instanceof AttributeOutcome.Refused refused) {
                s.append("\nobj.").append(refused.name()).append(" = ... → ").append(refused.message()).append('\n');
            }
        });
        return s.toString();
    }

    static String render(JvmObject object) {
        StringBuilder s = new StringBuilder();
        s.append(object.className()).append(" · ").append(object.vm().banner()).append('\n');
        s.append("instance size ").append(object.instanceSize()).append(" bytes");
        if (object.graphWalked()) {
            s.append(String.format("   graph: %d bytes per instance, %d bytes shared", object.layout().ownedBytes(),
                    object.layout().sharedBytes()));
        }
        s.append('\n');
        object.notes().forEach(n -> s.append("note: ").append(n).append('\n'));
        for (MemoryObject o : object.layout().objects()) {
            s.append('\n').append(o.label()).append(" [").append(o.type()).append("] ")
                    .append(o.size()).append(" bytes").append(o.shared() ? ", shared" : "").append('\n');
            s.append(String.format("  %6s  %4s  %-18s %s%n", "offset", "size", "kind", "label"));
            appendRegions(s, o);
        }
        if (!object.buckets().isEmpty()) {
            s.append("\nHashMap buckets:\n");
            object.buckets().forEach(b -> s.append(String.format("  [%2d] %s%n", b.index(),
                    b.keys().isEmpty() ? "empty" : String.join(" → ", b.keys()))));
        }
        return s.toString();
    }

    /** Runs of identical free entries or index slots are folded into one line. */
    private static void appendRegions(StringBuilder s, MemoryObject o) {
        var regions = o.regions();
        for (int i = 0; i < regions.size(); i++) {
            Region r = regions.get(i);
            int j = i;
            while (foldable(r) && j + 1 < regions.size() && regions.get(j + 1).kind() == r.kind()) {
                j++;
            }
            if (j > i) {
                Region last = regions.get(j);
                s.append(String.format("  %6d  %4d  %-18s %d × %s%n", r.offset(), last.end() - r.offset(),
                        r.kind().title(), j - i + 1, r.kind().title()));
                i = j;
            } else {
                s.append(String.format("  %6d  %4d  %-18s %s%s%n", r.offset(), r.size(), r.kind().title(), r.label(),
                        r.pointsTo().map(t -> " → " + t).orElse("")));
            }
        }
    }

    private static boolean foldable(Region r) {
        return r.kind() == RegionKind.INDEX || r.kind() == RegionKind.UNUSED_ENTRY || r.kind() == RegionKind.SPARE;
    }
}
