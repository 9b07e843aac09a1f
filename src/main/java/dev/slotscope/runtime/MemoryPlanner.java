package dev.slotscope.runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.memory.Allocator;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmLayouts;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;

import java.util.ArrayList;
import java.util.List;

/**
 * Memory for N instances, predicted from the lenses' layouts: every variant of a runtime, one
 * variant across CPython versions, or a CPython variant beside its JVM analogue. JVM figures walk
 * real objects with JOL, so ask for them off the JavaFX thread.
 */
public final class MemoryPlanner {

    /** The lesson's claim: a million slotted points save about 40 to 60 MB. */
    public static final double CLAIM_LOW_MB = 40;
    public static final double CLAIM_HIGH_MB = 60;

    private final CPythonLens python = new CPythonLens();
    private final JvmLens jvm = new JvmLens();

    public MemoryEstimate cpython(CPythonVersion version, Variant variant, AttributeNames attrs, InstanceCount n) {
        return of(variant.id(), python.describe(version, variant, attrs), n);
    }

    /** The same in pymalloc's blocks: what the allocator hands out rather than what is asked for. */
    public MemoryEstimate cpythonBlocks(CPythonVersion version, Variant variant, AttributeNames attrs, InstanceCount n) {
        CPythonObject object = python.describe(version, variant, attrs);
        return new MemoryEstimate(variant.id(), n, Allocator.pymallocBytesPerInstance(object.layout()),
                object.layout().sharedBytes());
    }

    public MemoryEstimate jvm(JvmMode mode, JvmVariant variant, AttributeNames attrs, InstanceCount n) {
        return jvm(jvm, mode, variant, attrs, n);
    }

    /** The same, laid out where {@code layouts} reads (a local JDK, say). */
    public MemoryEstimate jvm(JvmLayouts layouts, JvmMode mode, JvmVariant variant, AttributeNames attrs, InstanceCount n) {
        JvmObject object = layouts.describe(variant, attrs, mode);
        return new MemoryEstimate(variant.id(), n, object.layout().ownedBytes(), object.layout().sharedBytes());
    }

    /** Every variant the version has, in the lesson's order. */
    public List<MemoryEstimate> cpythonVariants(CPythonVersion version, AttributeNames attrs, InstanceCount n) {
        List<MemoryEstimate> all = new ArrayList<>();
        for (Variant v : Variant.values()) {
            if (v.availableIn(version)) {
                all.add(cpython(version, v, attrs, n));
            }
        }
        return all;
    }

    /** One variant on every version that has it, labelled by version. */
    public List<MemoryEstimate> acrossVersions(Variant variant, AttributeNames attrs, InstanceCount n) {
        List<MemoryEstimate> all = new ArrayList<>();
        for (CPythonVersion v : CPythonVersion.values()) {
            if (variant.availableIn(v)) {
                CPythonObject o = python.describe(v, variant, attrs);
                all.add(new MemoryEstimate(v.number(), n, o.figures().bytesPerInstance(), o.layout().sharedBytes()));
            }
        }
        return all;
    }

    public List<MemoryEstimate> jvmVariants(JvmMode mode, AttributeNames attrs, InstanceCount n) {
        List<MemoryEstimate> all = new ArrayList<>();
        for (JvmVariant v : JvmVariant.values()) {
            all.add(jvm(mode, v, attrs, n));
        }
        return all;
    }

    /** What {@code slotted} saves against {@code standard} for the same count. */
    public static Saving saving(MemoryEstimate standard, MemoryEstimate slotted) {
        long saved = standard.totalBytes() - slotted.totalBytes();
        return new Saving(saved / 1e6, 100.0 * saved / standard.totalBytes());
    }

    private static MemoryEstimate of(String label, CPythonObject object, InstanceCount n) {
        return new MemoryEstimate(label, n, object.figures().bytesPerInstance(), object.layout().sharedBytes());
    }

    /** Bytes saved, in MB (10^6 bytes), and as a share of the larger figure. */
    public record Saving(double megabytes, double percent) {
        /** Whether a saving at a million instances falls in the lesson's "~40–60 MB". */
        public boolean withinLessonClaim() {
            return megabytes >= CLAIM_LOW_MB && megabytes <= CLAIM_HIGH_MB;
        }
    }
}
