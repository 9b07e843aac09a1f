package dev.slotscope.jvm.probe;

import dev.slotscope.jvm.JvmLensException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Finds the JDKs installed on this machine where users and their tools put them: the running one,
 * {@code JAVA_HOME}, the folder the operating system's packages install JDKs into side by side,
 * SDKMAN's and IntelliJ's download folders. Each is known by its {@code release} file; nothing is
 * started to find them, so a listing is quick (but it reads folders: keep it off the JavaFX thread).
 */
public final class LocalJdks {

    /** The oldest JDK the probe runs on: its class files are release 17. */
    public static final int OLDEST = 17;

    private LocalJdks() {
    }

    /** The JDKs of this machine, the running one first, then newest first; each once, however many links name it. */
    public static List<LocalJdk> find() {
        return find(candidates(System.getenv(), System.getProperties()));
    }

    /** The JDKs among {@code folders} (JDK homes), in that order, each real folder once, too-old ones left out. */
    static List<LocalJdk> find(List<Path> folders) {
        Map<Path, LocalJdk> found = new LinkedHashMap<>();
        for (Path folder : folders) {
            read(folder).filter(jdk -> jdk.feature() >= OLDEST).ifPresent(jdk -> found.putIfAbsent(jdk.home(), jdk));
        }
        List<LocalJdk> all = new ArrayList<>(found.values());
        LocalJdk first = all.isEmpty() ? null : all.get(0);
        all.sort(Comparator.comparing((LocalJdk jdk) -> jdk != first)
                .thenComparing(Comparator.comparingInt(LocalJdk::feature).reversed())
                .thenComparing(LocalJdk::version, Comparator.reverseOrder()));
        return List.copyOf(all);
    }

    /** The JDK that runs Slotscope. */
    public static LocalJdk running() {
        Path home = Path.of(System.getProperty("java.home"));
        return read(home).orElseGet(() -> new LocalJdk(realPath(home), Runtime.version().feature(),
                Runtime.version().toString(), System.getProperty("java.vendor", "")));
    }

    /**
     * The JDK a user points to, by its home folder or its {@code bin/java}; a path that is not one,
     * or a JDK older than {@value #OLDEST}, is a {@link JvmLensException} of one sentence.
     */
    public static LocalJdk at(Path homeOrJava) {
        if (!Files.exists(homeOrJava)) {
            throw new JvmLensException("no JDK at " + homeOrJava + ": there is no such file or folder");
        }
        Path home = homeOrJava;
        if (Files.isRegularFile(homeOrJava)) {
            Path bin = homeOrJava.toAbsolutePath().getParent();
            home = bin == null || bin.getParent() == null ? homeOrJava : bin.getParent();
            if (Files.isSymbolicLink(homeOrJava)) {
                Path real = realPath(homeOrJava).getParent();
                home = real != null && real.getParent() != null ? real.getParent() : home;
            }
        }
        if (Files.isDirectory(home.resolve("Contents/Home"))) {
            // A macOS bundle (jdk-25.jdk): its home lies inside.
            home = home.resolve("Contents/Home");
        }
        LocalJdk jdk = read(home).orElseThrow(() -> new JvmLensException(homeOrJava + " is not a JDK: give a JDK's home"
                + " folder (the one with a 'release' file and bin/java) or its bin/java"));
        if (jdk.feature() < OLDEST) {
            throw new JvmLensException(jdk.displayName() + " at " + jdk.home() + " is too old: Slotscope's probe needs"
                    + " JDK " + OLDEST + " or newer");
        }
        return jdk;
    }

    /** A JDK home's release file read, or empty when the folder is no JDK (no release file, no version, no bin/java). */
    static Optional<LocalJdk> read(Path home) {
        Path real = realPath(home);
        Path release = real.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String version = unquoted(p.getProperty("JAVA_VERSION", ""));
        LocalJdk jdk = new LocalJdk(real, feature(version), version, vendor(p));
        if (jdk.feature() <= 0 || !Files.isRegularFile(jdk.java())) {
            return Optional.empty();
        }
        return Optional.of(jdk);
    }

    /** The name a user knows the build by: Temurin (from "Temurin-25.0.3+9"), else the implementor. */
    private static String vendor(Properties p) {
        String implementorVersion = unquoted(p.getProperty("IMPLEMENTOR_VERSION", ""));
        int dash = implementorVersion.indexOf('-');
        if (dash > 0 && Character.isLetter(implementorVersion.charAt(0))) {
            return implementorVersion.substring(0, dash);
        }
        return unquoted(p.getProperty("IMPLEMENTOR", ""));
    }

    /** The feature release of a {@code JAVA_VERSION}: 25 of "25.0.3", 8 of "1.8.0_292", 0 when unreadable. */
    static int feature(String version) {
        String[] parts = version.split("[.+_-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String unquoted(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** Where JDKs are looked for, in this order: the running JDK, JAVA_HOME, the system's folders, SDKMAN, IntelliJ, PATH. */
    static List<Path> candidates(Map<String, String> env, Properties system) {
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of(system.getProperty("java.home")));
        String javaHome = env.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            folders.add(Path.of(javaHome));
        }
        String os = system.getProperty("os.name", "");
        Path user = Path.of(system.getProperty("user.home", "."));
        if (os.startsWith("Mac")) {
            children(Path.of("/Library/Java/JavaVirtualMachines"), "Contents/Home", folders);
            children(user.resolve("Library/Java/JavaVirtualMachines"), "Contents/Home", folders);
        } else if (os.startsWith("Windows")) {
            for (String programs : List.of(env.getOrDefault("ProgramFiles", "C:\\Program Files"))) {
                for (String vendor : List.of("Java", "Eclipse Adoptium", "Microsoft", "Zulu", "Amazon Corretto")) {
                    children(Path.of(programs, vendor), "", folders);
                }
            }
        } else {
            // Debian and Ubuntu (/usr/lib/jvm), RPM-based systems (/usr/lib/jvm, /usr/java), manual installs (/opt).
            for (String root : List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt/jdk")) {
                children(Path.of(root), "", folders);
            }
        }
        children(user.resolve(".sdkman/candidates/java"), "", folders);
        children(user.resolve(".jdks"), "", folders);
        onPath(env.getOrDefault("PATH", env.getOrDefault("Path", "")), folders);
        return folders;
    }

    /** The JDK of each {@code java} on the PATH (Homebrew's, a tarball's), its home two folders above the real file. */
    private static void onPath(String path, List<Path> into) {
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("java", "java.exe")) {
                Path java = dir.isBlank() ? null : Path.of(dir, name);
                if (java != null && Files.isRegularFile(java)) {
                    Path bin = realPath(java).getParent();
                    if (bin != null && bin.getParent() != null) {
                        into.add(bin.getParent());
                    }
                }
            }
        }
    }

    /** Each folder in {@code parent}, with {@code within} appended (macOS keeps a JDK's home in Contents/Home). */
    private static void children(Path parent, String within, List<Path> into) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(parent)) {
            for (Path p : dir) {
                if (Files.isDirectory(p)) {
                    found.add(within.isEmpty() ? p : p.resolve(within));
                }
            }
        } catch (IOException e) {
            // An unreadable folder holds no JDK we could run.
            return;
        }
        found.sort(Comparator.naturalOrder());
        into.addAll(found);
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
