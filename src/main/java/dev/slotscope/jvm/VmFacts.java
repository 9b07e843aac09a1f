package dev.slotscope.jvm;

import java.util.List;

/**
 * What the banner says about the VM a layout is for.
 *
 * @param jdk                     the version of the JDK that measured it: this one, or a local JDK in a child VM;
 *                                for an estimate, the running JDK, whose classes are laid out
 * @param mode                    the runtime id, e.g. {@code jvm} or {@code jvm-estimate:32-bit}
 * @param measured                true for the live VM, false for an estimate
 * @param rules                   which JDK's field layout rules placed the fields
 * @param compressedOops          references take 4 bytes
 * @param compressedClassPointers the class word takes 4 bytes
 * @param compactHeaders          the class pointer is folded into the mark word
 * @param objectAlignment         every object starts at a multiple of this
 * @param headerSize              bytes of mark and class word of a plain object
 * @param vendor                  who built the JDK that measured it ("Temurin"); empty for this VM and estimates
 * @param vmOptions               the options a local JVM was started with to measure it; empty for this VM
 */
public record VmFacts(String jdk, String mode, boolean measured, FieldLayoutRules rules, boolean compressedOops,
                      boolean compressedClassPointers, boolean compactHeaders, int objectAlignment, int headerSize,
                      String vendor, List<String> vmOptions) {

    public VmFacts {
        vmOptions = List.copyOf(vmOptions);
    }

    /** Facts of this VM or of an estimate, which no other JDK or option measured. */
    public VmFacts(String jdk, String mode, boolean measured, FieldLayoutRules rules, boolean compressedOops,
                   boolean compressedClassPointers, boolean compactHeaders, int objectAlignment, int headerSize) {
        this(jdk, mode, measured, rules, compressedOops, compressedClassPointers, compactHeaders, objectAlignment,
                headerSize, "", List.of());
    }

    /** The same facts, as measured by a local JDK of {@code vendor} started with {@code options}. */
    public VmFacts measuredBy(String vendor, List<String> options) {
        return new VmFacts(jdk, mode, measured, rules, compressedOops, compressedClassPointers, compactHeaders,
                objectAlignment, headerSize, vendor, options);
    }

    /**
     * "JDK 17.0.15 · measured · compressed oops · …" for the running VM; "JDK 25 rules · estimated ·
     * compact object headers · …" for an estimate, which does not depend on the VM that computes it.
     */
    public String banner() {
        StringBuilder s = new StringBuilder(measured
                ? "JDK " + jdk + (vendor.isEmpty() ? "" : " (" + vendor + ")") + " · measured"
                : rules.title() + " · estimated");
        if (compactHeaders) {
            s.append(" · compact object headers");
        }
        s.append(compressedOops ? " · compressed oops" : " · uncompressed oops");
        if (!compactHeaders) {
            s.append(compressedClassPointers ? " · compressed class pointers" : " · uncompressed class pointers");
        }
        return s.append(" · ").append(objectAlignment).append("-byte alignment · ").append(headerSize)
                .append("-byte header").append(vmOptions.isEmpty() ? "" : " · started with " + String.join(" ", vmOptions))
                .toString();
    }
}
