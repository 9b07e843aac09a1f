package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.Progress;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Makes N real instances in the running VM and measures the heap they take, after garbage
 * collection. It refuses an N the heap cannot hold instead of running out of memory.
 */
public final class JvmMeasurement {

    /** Never plan to fill more than this share of the free heap. */
    private static final double HEAP_SHARE = 0.8;
    private static final int PROGRESS_STEPS = 100;
    private static final int MAX_COLLECTIONS = 6;
    private static final long SETTLED_BYTES = 64 * 1024;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    public Measurement measure(JvmVariant variant, AttributeNames attrs, InstanceCount n, Progress progress) {
        JvmObject one = new JvmLens().describe(variant, attrs, JvmMode.LIVE);
        long perInstance = one.layout().ownedBytes() + one.vm().headerSize();
        long needed = n.value() * (perInstance + 8) + one.layout().sharedBytes();
        long free = freeHeapAfterGc();
        if (needed > free * HEAP_SHARE) {
            throw new JvmLensException(String.format("%s instances need about %d MB, but this JVM's heap has %d MB free"
                    + " (maximum %d MB): choose a smaller N, or start Java with a bigger -Xmx",
                    n.display(), needed >> 20, free >> 20, Runtime.getRuntime().maxMemory() >> 20));
        }
        Object[] keep = new Object[(int) n.value()];
        int step = (int) Math.max(1, n.value() / PROGRESS_STEPS);
        for (int i = 0; i < keep.length; i++) {
            keep[i] = variant.newInstance(attrs);
            if (i % step == 0) {
                if (progress.cancelled()) {
                    throw new MeasurementCancelledException();
                }
                progress.update((double) i / keep.length);
            }
        }
        long after = usedAfterGc();
        // What the instances hold is what the heap gives back when they go. Measured this way, and
        // not against the reading before they were made, memory that other threads (or caches of
        // soft references) let go of meanwhile is not taken off the instances' figure.
        java.util.Arrays.fill(keep, null);
        long released = usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(keep);
        progress.update(1);
        return new Measurement(n, after - released, "JDK " + Runtime.version() + " (this VM): heap used after GC"
                + " with the instances, less heap used after GC once they are dropped");
    }

    /**
     * Heap used once garbage collection has settled: references cleared by one collection free
     * their objects only in a later one, so collect until two readings agree.
     */
    private long usedAfterGc() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < MAX_COLLECTIONS; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < SETTLED_BYTES) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    private long freeHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - usedAfterGc();
    }
}
