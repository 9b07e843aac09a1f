package dev.slotscope.memory;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;

/**
 * What CPython's small-object allocator (pymalloc) really hands out: requests up to 512 bytes
 * are rounded up to a multiple of 16 ({@code Objects/obmalloc.c}: {@code ALIGNMENT},
 * {@code SMALL_REQUEST_THRESHOLD}); bigger ones go to the system's malloc and are counted as
 * requested. tracemalloc counts requested sizes, so this is a separate, labelled figure.
 */
public final class Allocator {
    static final int ALIGNMENT = 16;
    static final int SMALL_REQUEST_THRESHOLD = 512;

    private Allocator() {
    }

    /** Bytes pymalloc sets aside for one request of {@code size} bytes. */
    public static long pymallocBlock(long size) {
        if (size > SMALL_REQUEST_THRESHOLD) {
            return size;
        }
        return (size + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** Bytes per instance in pymalloc blocks: each object the instance owns is one allocation. */
    public static long pymallocBytesPerInstance(ObjectLayout layout) {
        return layout.objects().stream().filter(o -> !o.shared()).mapToLong(MemoryObject::size)
                .map(Allocator::pymallocBlock).sum();
    }
}
