package dev.slotscope.runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmLayouts;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;

import java.util.ArrayList;
import java.util.List;

/** The sentences the memory view reads out, the same in the window and in exported pictures. */
public final class Readouts {

    private Readouts() {
    }

    /** The lesson's "a million points save ~40–60 MB", against every CPython version's real figure. */
    public static String cpythonClaim(MemoryPlanner planner, AttributeNames attrs) {
        StringBuilder text = new StringBuilder("The lesson says a million slotted points save ~40–60 MB. Real savings: ");
        List<String> holds = new ArrayList<>();
        for (CPythonVersion v : CPythonVersion.values()) {
            MemoryPlanner.Saving s = MemoryPlanner.saving(planner.cpython(v, Variant.STANDARD, attrs.withoutSlotRequests(),
                    InstanceCount.MILLION),
                    planner.cpython(v, Variant.SLOTTED, attrs, InstanceCount.MILLION));
            // No-break spaces keep "3.13 40 MB" on one line when the readout wraps.
            text.append(v.number()).append(String.format("\u00a0%.0f\u00a0MB", s.megabytes()))
                    .append(v == CPythonVersion.latest() ? ". " : " · ");
            if (s.withinLessonClaim()) {
                holds.add(v.number());
            }
        }
        text.append(holds.isEmpty() ? "The claim holds on no version." : "The claim holds on " + inWords(holds) + " only.");
        return text.toString();
    }

    /** "3.11", "3.11 and 3.13", "3.11, 3.13 and 3.14". */
    private static String inWords(List<String> versions) {
        int last = versions.size() - 1;
        return last == 0 ? versions.get(0) : String.join(", ", versions.subList(0, last)) + " and " + versions.get(last);
    }

    /** The same comparison on the JVM, in one VM mode. */
    public static String jvmClaim(MemoryPlanner planner, JvmMode mode, AttributeNames attrs) {
        return jvmClaim(planner, new JvmLens(), mode, mode.title(), attrs);
    }

    /** The same comparison on the JVM that {@code layouts} reads, named {@code name}: "JDK 25 · compact headers". */
    public static String jvmClaim(MemoryPlanner planner, JvmLayouts layouts, JvmMode mode, String name, AttributeNames attrs) {
        MemoryPlanner.Saving s = MemoryPlanner.saving(
                planner.jvm(layouts, mode, JvmVariant.STANDARD, attrs, InstanceCount.MILLION),
                planner.jvm(layouts, mode, JvmVariant.SLOTTED, attrs, InstanceCount.MILLION));
        return String.format("On the JVM (%s), a million FieldPoints take %.0f MB less than a million MapPoints.",
                name, s.megabytes());
    }
}
