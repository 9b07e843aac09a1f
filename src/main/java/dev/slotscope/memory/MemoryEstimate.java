package dev.slotscope.memory;

/**
 * What N instances of one class cost, predicted from one instance's layout: N times what each
 * instance owns, plus what all of them share once.
 *
 * @param label            the class, e.g. {@code slotted} or {@code CPython 3.11}
 * @param count            how many instances
 * @param bytesPerInstance what one more instance costs
 * @param sharedBytes      what every instance shares, paid once (a keys table, interned strings)
 */
public record MemoryEstimate(String label, InstanceCount count, long bytesPerInstance, long sharedBytes) {

    public long totalBytes() {
        return count.value() * bytesPerInstance + sharedBytes;
    }

    /** The same class for another count. */
    public MemoryEstimate at(InstanceCount other) {
        return new MemoryEstimate(label, other, bytesPerInstance, sharedBytes);
    }
}
