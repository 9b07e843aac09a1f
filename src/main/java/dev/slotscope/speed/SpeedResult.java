package dev.slotscope.speed;

import java.util.List;
import java.util.Optional;

/**
 * One speed measurement: every variant's reads and writes, timed the same way in the same run.
 *
 * @param runtime    the runtime's display name ("CPython 3.12.1", "JDK 21")
 * @param measuredBy which interpreter or VM measured, and how
 * @param method     how the numbers were made, in a sentence or two
 * @param timings    per variant in the order asked for, its read then its write
 */
public record SpeedResult(String runtime, String measuredBy, String method, List<Timing> timings) {

    public SpeedResult {
        timings = List.copyOf(timings);
    }

    /** The variants in the order they were asked for. */
    public List<String> variants() {
        return timings.stream().map(Timing::variant).distinct().toList();
    }

    public Optional<Timing> timing(String variant, Access access) {
        return timings.stream().filter(t -> t.variant().equals(variant) && t.access() == access).findFirst();
    }

    /** What the runs support about the first two variants, for each access both were timed for. */
    public List<Verdict> verdicts() {
        List<String> variants = variants();
        if (variants.size() < 2) {
            return List.of();
        }
        return java.util.Arrays.stream(Access.values())
                .flatMap(a -> timing(variants.get(0), a).flatMap(first -> timing(variants.get(1), a)
                        .map(second -> Verdict.of(runtime, first, second))).stream())
                .toList();
    }
}
