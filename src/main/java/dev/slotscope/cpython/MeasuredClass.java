package dev.slotscope.cpython;

import java.util.List;
import java.util.Optional;

/**
 * What a real interpreter measured of a user's class.
 *
 * @param dictKeys the keys of a fresh instance's {@code __dict__}, empty when it has none
 * @param noneFor  the required constructor parameters that were passed {@code None}
 */
public record MeasuredClass(CPythonFigures figures, List<Slot> slots, Optional<List<String>> dictKeys,
                            List<String> noneFor) {

    public MeasuredClass {
        slots = List.copyOf(slots);
        dictKeys = dictKeys.map(List::copyOf);
        noneFor = List.copyOf(noneFor);
    }

    /** A member descriptor's slot: its stored (mangled) name, its byte offset and the class that declares it. */
    public record Slot(String name, int offset, String owner) {
    }
}
