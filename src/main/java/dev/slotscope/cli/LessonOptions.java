package dev.slotscope.cli;

import picocli.CommandLine.Option;

/** The options every lesson command takes: which runtime, which variant, which attributes. */
final class LessonOptions {

    @Option(names = "--runtime", required = true, paramLabel = "RUNTIME",
            description = "cpython-3.8 ... cpython-3.15, jvm (the running VM, measured), or jvm-estimate:MODE"
                    + " with MODE one of compressed, no-compressed-oops, compact-headers, 32-bit (JDK 15-24 rules),"
                    + " jdk25, jdk25-compact (JDK 25 rules); or jvm@JDK_HOME[,VM_OPTION]... (a local JDK, measured in a"
                    + " child VM)")
    String runtime;

    @Option(names = "--variant", defaultValue = "standard", paramLabel = "VARIANT",
            description = "CPython: standard, slotted, dataclass-slots, child-of-slotted, slotted-weakref;"
                    + " JVM: standard, slotted, dataclass-slots, child-of-slotted, boxed (default: ${DEFAULT-VALUE})")
    String variant;

    @Option(names = "--attrs", defaultValue = "x,y", paramLabel = "NAMES",
            description = "comma-separated attribute names; '' for none (default: ${DEFAULT-VALUE})")
    String attrs;
}
