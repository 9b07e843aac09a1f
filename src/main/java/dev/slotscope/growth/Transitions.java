package dev.slotscope.growth;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What happens between two growth steps, in order, as beats an animation can play: the new key
 * hashed, its first probe, probing on collision, the entry appended; on a resize the new table and
 * every entry moving into it; on 3.11+ the moment a real dict is made; on the JVM the node joining
 * its bucket's chain, and on resize each chain splitting into its low and high halves.
 */
public final class Transitions {
    /** CPython's {@code PERTURB_SHIFT}. */
    private static final int PERTURB_SHIFT = 5;

    private Transitions() {
    }

    public static List<Beat> between(GrowthStep before, GrowthStep after) {
        List<Beat> beats = new ArrayList<>();
        if (after.outcome() instanceof StepOutcome.Refused refused) {
            // The error itself is shown under the growth bar; the beat says what it means.
            beats.add(new Beat("'" + refused.attribute() + "' is refused: the object stays exactly as it was.", List.of()));
            return beats;
        }
        if (!(after.outcome() instanceof StepOutcome.Stored stored) || after.table().isEmpty()) {
            return beats;
        }
        HashTable table = after.table().get();
        Optional<TableEntry> entry = table.entries().stream().filter(e -> e.key().equals(stored.attribute())).findFirst();
        if (entry.isEmpty()) {
            return beats;
        }
        boolean jvm = table.split().isEmpty();
        Optional<HashTable> old = before.table();
        boolean resized = old.isEmpty() || old.get().slots() != table.slots();
        if (jvm) {
            jvmBeats(beats, after, old, table, entry.get(), resized);
        } else {
            cpythonBeats(beats, after, old, table, entry.get(), resized);
        }
        return beats;
    }

    private static void cpythonBeats(List<Beat> beats, GrowthStep after, Optional<HashTable> old, HashTable table,
                                     TableEntry entry, boolean resized) {
        String keysId = table.split().orElse(true) ? "keys" : "own-keys";
        boolean dictMade = old.flatMap(HashTable::split).orElse(false) && !table.split().orElse(true);
        if (dictMade) {
            beats.add(new Beat("The class's shared keys are full: this instance gets a real dict with a table of its own",
                    object(after, "dict").map(o -> all(o)).orElse(List.of())));
        }
        if (resized) {
            beats.add(new Beat("A new table of " + table.slots() + " slots: the entries move in, one by one",
                    List.of()));
            for (TableEntry e : table.entries()) {
                if (e != entry) {
                    beats.add(new Beat("'" + e.key() + "' → slot " + e.slot(), indexSlot(after, keysId, e.slot())));
                }
            }
        }
        long mask = table.slots() - 1;
        long first = entry.hash() & mask;
        beats.add(new Beat(String.format("hash('%s') = %d; & %d → first probe: slot %d", entry.key(), entry.hash(), mask,
                first), indexSlot(after, keysId, (int) first)));
        Set<Integer> taken = new HashSet<>();
        table.entries().stream().filter(e -> e != entry).forEach(e -> taken.add(e.slot()));
        long perturb = entry.hash();
        long i = first;
        while (taken.contains((int) i)) {
            perturb >>>= PERTURB_SHIFT;
            long next = (i * 5 + perturb + 1) & mask;
            beats.add(new Beat("slot " + i + " is taken: probe again → slot " + next, indexSlot(after, keysId, (int) next)));
            i = next;
        }
        int number = table.entries().indexOf(entry);
        List<Beat.Highlight> appended = new ArrayList<>(indexSlot(after, keysId, entry.slot()));
        object(after, keysId).flatMap(o -> region(o, RegionKind.ENTRY_KEY, "'" + entry.key() + "'"))
                .ifPresent(r -> appended.add(new Beat.Highlight(keysId, r.offset())));
        beats.add(new Beat("Entry " + number + " appended; slot " + entry.slot() + " now holds " + number, appended));
    }

    private static void jvmBeats(List<Beat> beats, GrowthStep after, Optional<HashTable> old, HashTable table,
                                 TableEntry entry, boolean resized) {
        Optional<MemoryObject> array = after.layout().attached().stream()
                .filter(o -> o.type().equals("java.util.HashMap$Node[]")).findFirst();
        if (resized && old.isPresent() && old.get().slots() > 0) {
            int n = old.get().slots();
            beats.add(new Beat("More than 3/4 full: the table doubles from " + n + " to " + table.slots()
                    + " buckets, and each chain splits into its low and high halves", List.of()));
            for (TableEntry e : table.entries()) {
                if (e != entry) {
                    String half = e.slot() < n ? "low half, stays in bucket " + e.slot() : "high half, moves to bucket " + e.slot();
                    beats.add(new Beat("'" + e.key() + "': " + half, bucket(array, e.slot())));
                }
            }
        } else if (resized) {
            beats.add(new Beat("The first put makes the table: " + table.slots() + " buckets", List.of()));
        }
        beats.add(new Beat(String.format("'%s'.hashCode() spread: h ^ h >>> 16 = %d; & %d → bucket %d", entry.key(),
                entry.hash(), table.slots() - 1, entry.slot()), bucket(array, entry.slot())));
        List<Beat.Highlight> node = after.layout().attached().stream()
                .filter(o -> o.label().equals("HashMap$Node '" + entry.key() + "'")).findFirst()
                .map(Transitions::all).orElse(List.of());
        beats.add(new Beat("A new Node joins bucket " + entry.slot() + "'s chain", node));
    }

    /** Id of the table a resize replaces, shown beside the new one while the entries move. */
    public static final String OLD_TABLE = "old-table";

    /**
     * The table a step's resize replaced, as it was before, with its pointers removed (what they
     * pointed at is drawn as it is after the step); empty when the step did not resize a table.
     */
    public static Optional<MemoryObject> replacedTable(GrowthStep before, GrowthStep after) {
        if (before.table().isEmpty() || after.table().isEmpty() || before.table().get().slots() == 0
                || before.table().get().slots() == after.table().get().slots()
                || !before.table().get().split().equals(after.table().get().split())) {
            // No table, no resize, or (3.11+) a dict getting a table of its own: the class's keys stay.
            return Optional.empty();
        }
        boolean jvm = before.table().get().split().isEmpty();
        String id = before.table().get().split().orElse(false) ? "keys" : "own-keys";
        Optional<MemoryObject> old = jvm
                ? before.layout().attached().stream().filter(o -> o.type().equals("java.util.HashMap$Node[]")).findFirst()
                : before.layout().find(id);
        return old.map(o -> new MemoryObject(OLD_TABLE, "old table (" + before.table().get().slots() + " slots), being replaced",
                o.type(), o.shared(), o.regions().stream()
                .map(r -> new Region(r.offset(), r.size(), r.kind(), r.label(), Optional.empty(), r.note(), r.declaringClass(),
                        r.bits()))
                .toList(), o.index()));
    }

    /**
     * The layout on arriving at {@code after} from the step before it: the step's layout, and
     * while a table is being replaced, the old table beside it.
     */
    public static ObjectLayout arrival(GrowthStep before, GrowthStep after) {
        var replaced = replacedTable(before, after);
        if (replaced.isEmpty()) {
            return after.layout();
        }
        List<MemoryObject> attached = new ArrayList<>(after.layout().attached());
        attached.add(replaced.get());
        return new ObjectLayout(after.layout().instance(), attached, after.layout().classObject());
    }

    private static List<Beat.Highlight> bucket(Optional<MemoryObject> array, int index) {
        return array.flatMap(o -> o.regions().stream().filter(r -> r.kind() == RegionKind.BUCKET).skip(index).findFirst()
                .map(r -> List.of(new Beat.Highlight(o.id(), r.offset())))).orElse(List.of());
    }

    private static List<Beat.Highlight> indexSlot(GrowthStep step, String keysId, int slot) {
        return object(step, keysId).map(o -> o.regions().stream().filter(r -> r.kind() == RegionKind.INDEX)
                .skip(slot).findFirst().map(r -> List.of(new Beat.Highlight(keysId, r.offset()))).orElse(List.of()))
                .orElse(List.of());
    }

    private static Optional<MemoryObject> object(GrowthStep step, String id) {
        return step.layout().find(id);
    }

    private static Optional<Region> region(MemoryObject o, RegionKind kind, String label) {
        return o.regions().stream().filter(r -> r.kind() == kind && r.label().equals(label)).findFirst();
    }

    private static List<Beat.Highlight> all(MemoryObject o) {
        return o.regions().stream().map(r -> new Beat.Highlight(o.id(), r.offset())).toList();
    }
}
