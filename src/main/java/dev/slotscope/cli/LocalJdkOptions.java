package dev.slotscope.cli;

import dev.slotscope.jvm.probe.LocalJdk;
import dev.slotscope.jvm.probe.LocalJdks;
import dev.slotscope.jvm.probe.LocalJvm;
import dev.slotscope.runtime.Runtime;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options that measure on a JDK of this machine, in a child VM, rather than in Slotscope's own VM. */
final class LocalJdkOptions {

    @Option(names = "--java", paramLabel = "JDK", description = "with --runtime jvm: measure on this local JDK (its home"
            + " folder or its bin/java), in a child VM of it, at most 10 s")
    Path java;

    @Option(names = "--vm-option", paramLabel = "OPTION", description = "with --runtime jvm: start the child VM with"
            + " this option (repeatable), e.g. --vm-option=-XX:+UseCompactObjectHeaders, -XX:-UseCompressedOops,"
            + " -XX:ObjectAlignmentInBytes=16; without --java, on the JDK that runs Slotscope")
    List<String> vmOptions = new ArrayList<>();

    /** The runtime {@code id} names, or with {@code --java} or {@code --vm-option}, the local JDK they name. */
    Runtime runtime(String id) {
        Runtime named = Runtime.fromId(id);
        if (java == null && vmOptions.isEmpty()) {
            return named;
        }
        if (!id.equals("jvm")) {
            throw new IllegalArgumentException("--java and --vm-option go with --runtime jvm: a local JDK is measured,"
                    + " not estimated");
        }
        LocalJdk jdk = java == null ? LocalJdks.running() : LocalJdks.at(java);
        return Runtime.Jvm.measuredOn(LocalJvm.of(jdk, vmOptions));
    }

    /** What the JSON says of the VM a local JDK's runtime measured in: its JDK and options; empty for other runtimes. */
    static Optional<Map<String, Object>> vm(Runtime runtime) {
        if (!(runtime instanceof Runtime.Jvm jvm) || jvm.local().isEmpty()) {
            return Optional.empty();
        }
        LocalJvm local = jvm.local().get();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jdk", local.jdk().version());
        m.put("vendor", local.jdk().vendor());
        m.put("home", local.jdk().home().toString());
        m.put("vmOptions", local.arguments());
        return Optional.of(m);
    }
}
