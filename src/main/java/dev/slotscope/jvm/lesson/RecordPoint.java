package dev.slotscope.jvm.lesson;

/** A record: the analogue of {@code @dataclass(slots=True)}. */
public record RecordPoint(double x, double y) {
}
