package dev.slotscope.jvm;

/**
 * What the banner says about the VM a layout is for.
 *
 * @param jdk                     the running JDK's version, whose classes are laid out
 * @param mode                    the runtime id, e.g. {@code jvm} or {@code jvm-estimate:32-bit}
 * @param measured                true for the live VM, false for an estimate
 * @param rules                   which JDK's field layout rules placed the fields
 * @param compressedOops          references take 4 bytes
 * @param compressedClassPointers the class word takes 4 bytes
 * @param compactHeaders          the class pointer is folded into the mark word
 * @param objectAlignment         every object starts at a multiple of this
 * @param headerSize              bytes of mark and class word of a plain object
 */
public record VmFacts(String jdk, String mode, boolean measured, FieldLayoutRules rules, boolean compressedOops,
                      boolean compressedClassPointers, boolean compactHeaders, int objectAlignment, int headerSize) {

    /**
     * "JDK 17.0.15 · measured · compressed oops · …" for the running VM; "JDK 25 rules · estimated ·
     * compact object headers · …" for an estimate, which does not depend on the VM that computes it.
     */
    public String banner() {
        StringBuilder s = new StringBuilder(measured ? "JDK " + jdk + " · measured" : rules.title() + " · estimated");
        if (compactHeaders) {
            s.append(" · compact object headers");
        }
        s.append(compressedOops ? " · compressed oops" : " · uncompressed oops");
        if (!compactHeaders) {
            s.append(compressedClassPointers ? " · compressed class pointers" : " · uncompressed class pointers");
        }
        return s.append(" · ").append(objectAlignment).append("-byte alignment · ").append(headerSize)
                .append("-byte header").toString();
    }
}
