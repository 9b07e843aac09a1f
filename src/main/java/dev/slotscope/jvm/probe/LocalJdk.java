package dev.slotscope.jvm.probe;

import java.nio.file.Path;

/**
 * A JDK installed on this machine, as its {@code release} file describes it.
 *
 * @param home    its home folder (the real path, symbolic links resolved)
 * @param feature its feature release: 17, 21, 25
 * @param version its full version, e.g. {@code 25.0.3}
 * @param vendor  who built it, as a user knows it: "Temurin", "Debian", "Oracle Corporation"
 */
public record LocalJdk(Path home, int feature, String version, String vendor) {

    /** Its {@code bin/java}. */
    public Path java() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }

    /** "JDK 25.0.3 (Temurin)". */
    public String displayName() {
        return "JDK " + version + (vendor.isEmpty() ? "" : " (" + vendor + ")");
    }

    /** "JDK 25": its name beside other runtimes. */
    public String shortName() {
        return "JDK " + feature;
    }
}
