package dev.slotscope.jvm;

import dev.slotscope.jvm.lesson.FieldPoint;
import dev.slotscope.jvm.lesson.MapPoint;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.Progress;
import dev.slotscope.speed.Access;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Timing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Times reading and writing the Java analogues' attributes in this VM: a {@link FieldPoint}'s
 * fields at fixed offsets (slotted) against a {@link MapPoint}'s {@code HashMap} lookups
 * (standard). Only JDK code and Slotscope's own lesson classes run here, never a user's.
 *
 * <p>A small harness doing what JMH does for this case: each (variant, access) is one static,
 * monomorphic loop over 1,024 instances ({@code sum += p.x() + p.y()}, or
 * {@code p.setX(v[k]); p.setY(v[k+1])} with values varying per round so no store is redundant);
 * a loop's result is added to a volatile field, so the JIT cannot drop the work. The loop count
 * is chosen once so a run takes about 20 ms; every loop runs 20 times untimed first, so the JIT
 * has compiled it; then each is timed {@code repeats} times, the loops taking turns (in one order,
 * then in the reverse). A timing is
 * the CPU time of the timing thread ({@link ThreadMXBean#getCurrentThreadCpuTime}), so on a shared
 * machine the time the CPU spent on other programs (and on the JIT's own threads) is not counted.
 * The loop's own overhead (index, array load) is the same in both variants and is not subtracted.
 */
public final class JvmSpeed {

    /** How the samples were made, for the result and its readers. */
    public static final String METHOD = "in this VM: static loops over 1,024 instances (sum += p.x() + p.y(); p.setX(v)"
            + " / map.get(\"x\"), map.put(\"x\", v) with boxed values made beforehand), results kept in a volatile;"
            + " 20 untimed runs each for the JIT, then every loop timed in turn per run, in the thread's CPU time;"
            + " loop overhead the same in both, not subtracted; ns per access.";

    private static final int INSTANCES = 1024;
    private static final int WARM_UP_RUNS = 20;
    private static final long TARGET_NANOS = 20_000_000;

    /** Where each loop's result goes, so that its work is observable. */
    @SuppressWarnings("unused")
    private static volatile double sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final FieldPoint[] fields = new FieldPoint[INSTANCES];
    private final MapPoint[] maps = new MapPoint[INSTANCES];
    private final double[] values = new double[INSTANCES + 1];
    private final Double[] boxed = new Double[INSTANCES + 1];

    public JvmSpeed() {
        for (int i = 0; i < INSTANCES; i++) {
            fields[i] = new FieldPoint(1.5 + i, 2.5 + i);
            maps[i] = new MapPoint(JvmVariant.FIXED_FIELDS);
        }
        for (int i = 0; i <= INSTANCES; i++) {
            values[i] = i + 0.5;
            boxed[i] = values[i];
        }
    }

    /** Times the standard (map) and slotted (fields) variants, reads and writes; {@code repeats} runs each. */
    public SpeedResult measure(int repeats, Progress progress) {
        if (repeats < Spread.MIN_RUNS || repeats > Spread.MAX_RUNS) {
            throw new IllegalArgumentException("--repeats must be " + Spread.MIN_RUNS + " to " + Spread.MAX_RUNS
                    + ": a spread needs a few runs");
        }
        Map<String, IntToDoubleFunction> loops = new LinkedHashMap<>();
        loops.put("standard/read", rounds -> readMaps(maps, rounds));
        loops.put("standard/write", rounds -> writeMaps(maps, boxed, rounds));
        loops.put("slotted/read", rounds -> readFields(fields, rounds));
        loops.put("slotted/write", rounds -> writeFields(fields, values, rounds));
        int rounds = calibrate(loops.get("standard/read"));
        int step = 0;
        int steps = loops.size() * (WARM_UP_RUNS + repeats);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            for (IntToDoubleFunction loop : loops.values()) {
                sink += loop.applyAsDouble(rounds);
                report(progress, ++step, steps);
            }
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        double accesses = 2.0 * rounds * INSTANCES;
        List<Map.Entry<String, IntToDoubleFunction>> order = new ArrayList<>(loops.entrySet());
        for (int r = 0; r < repeats; r++) {
            // First to last, then last to first: neither variant always goes first.
            java.util.Collections.reverse(order);
            for (var loop : order) {
                long start = cpuNanos();
                sink += loop.getValue().applyAsDouble(rounds);
                long took = cpuNanos() - start;
                samples.computeIfAbsent(loop.getKey(), k -> new ArrayList<>()).add(took / accesses);
                report(progress, ++step, steps);
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (String variant : List.of("standard", "slotted")) {
            for (Access access : Access.values()) {
                timings.add(new Timing(variant, access, new Spread(samples.get(variant + "/" + access.id()))));
            }
        }
        return new SpeedResult("JDK " + Runtime.version().feature(), "JDK " + Runtime.version()
                + " (this VM): " + repeats + " runs of " + rounds + " × " + INSTANCES + " × 2 accesses", METHOD, timings);
    }

    /** The timing thread's CPU time; the wall clock where the VM cannot tell it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static void report(Progress progress, int step, int steps) {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new MeasurementCancelledException();
        }
        progress.update((double) step / steps);
    }

    /** Doubles the rounds until one run takes the target time. */
    private static int calibrate(IntToDoubleFunction loop) {
        int rounds = 1;
        while (rounds < (1 << 20)) {
            long start = cpuNanos();
            sink += loop.applyAsDouble(rounds);
            if (cpuNanos() - start >= TARGET_NANOS) {
                break;
            }
            rounds *= 2;
        }
        return rounds;
    }

    private static double readFields(FieldPoint[] points, int rounds) {
        double sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (FieldPoint p : points) {
                sum += p.x() + p.y();
            }
        }
        return sum;
    }

    private static double readMaps(MapPoint[] points, int rounds) {
        double sum = 0;
        for (int r = 0; r < rounds; r++) {
            for (MapPoint p : points) {
                sum += (Double) p.get("x") + (Double) p.get("y");
            }
        }
        return sum;
    }

    private static double writeFields(FieldPoint[] points, double[] values, int rounds) {
        for (int r = 0; r < rounds; r++) {
            int k = r & (INSTANCES - 1);
            for (FieldPoint p : points) {
                p.setX(values[k]);
                p.setY(values[k + 1]);
            }
        }
        return points[rounds & (INSTANCES - 1)].x();
    }

    private static double writeMaps(MapPoint[] points, Double[] values, int rounds) {
        for (int r = 0; r < rounds; r++) {
            int k = r & (INSTANCES - 1);
            for (MapPoint p : points) {
                p.put("x", values[k]);
                p.put("y", values[k + 1]);
            }
        }
        return (Double) points[rounds & (INSTANCES - 1)].get("x");
    }
}
