package dev.slotscope.jvm;

/**
 * What the banner says about the VM a layout is for.
 *
 * @param jdk                     the running JDK's version (the estimates use its field layout rules too)
 * @param mode                    the runtime id, e.g. {@code jvm} or {@code jvm-estimate:32-bit}
 * @param measured                true for the live VM, false for an estimate
 * @param compressedOops          references take 4 bytes
 * @param compressedClassPointers the class word takes 4 bytes
 * @param compactHeaders          the class pointer is folded into the mark word
 * @param objectAlignment         every object starts at a multiple of this
 * @param headerSize              bytes of mark and class word of a plain object
 */
public record VmFacts(String jdk, String mode, boolean measured, boolean compressedOops,
                      boolean compressedClassPointers, boolean compactHeaders, int objectAlignment, int headerSize) {

    /** "JDK 17.0.15 · measured · compressed oops · compressed class pointers · 8-byte alignment". */
    public String banner() {
        StringBuilder s = new StringBuilder("JDK ").append(jdk).append(" · ").append(measured ? "measured" : "estimated");
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
