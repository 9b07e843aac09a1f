package dev.slotscope.speed;

/**
 * The timed runs of one access to one variant's attributes.
 *
 * @param variant the lesson variant's id ("standard", "slotted", …)
 * @param access  read or write
 * @param spread  nanoseconds per access, one per run
 */
public record Timing(String variant, Access access, Spread spread) {
}
