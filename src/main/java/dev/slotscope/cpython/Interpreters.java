package dev.slotscope.cpython;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where local CPython interpreters are found: {@code python3.X} in a {@code PATH} folder, or in a
 * pyenv {@code versions} folder. The measurement of N instances and the live check of a user's
 * class both look here.
 *
 * @param path      the folders searched first, as the {@code PATH} variable spells them
 * @param pyenvRoot pyenv's root, whose {@code versions/3.X.*} folders are searched next
 */
public record Interpreters(String path, Path pyenvRoot) {

    /** This machine's: {@code PATH}, and {@code PYENV_ROOT} or {@code ~/.pyenv}. */
    public static Interpreters ofThisMachine() {
        String path = System.getenv("PATH");
        String root = System.getenv("PYENV_ROOT");
        return new Interpreters(path == null ? "" : path,
                root != null ? Path.of(root) : Path.of(System.getProperty("user.home"), ".pyenv"));
    }

    /** The interpreter this version would use, if there is one. */
    public Optional<Path> find(CPythonVersion version) {
        return candidates(version).stream().filter(Files::isExecutable).findFirst();
    }

    /** The interpreter this version would use; {@link NoInterpreterException} naming where it looked if none. */
    public Path require(CPythonVersion version) {
        return find(version).orElseThrow(() -> new NoInterpreterException(
                "no CPython " + version.number() + " found: looked for " + searchedPlaces(version)));
    }

    /** Where {@link #find} looks, in order: for the message when nothing is found. */
    public String searchedPlaces(CPythonVersion version) {
        return "python" + version.number() + " on PATH, or " + pyenvRoot.resolve("versions")
                + "/" + version.number() + ".*/bin/python" + version.number();
    }

    private List<Path> candidates(CPythonVersion version) {
        List<Path> found = new ArrayList<>();
        String exe = "python" + version.number();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            // pyenv's shims answer for every version but fail for one not selected; its
            // versions folder is searched directly below.
            if (!dir.isBlank() && !dir.replace('\\', '/').endsWith(".pyenv/shims")) {
                found.add(Path.of(dir, exe));
            }
        }
        Path versions = pyenvRoot.resolve("versions");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> dirs = Files.list(versions)) {
                dirs.filter(d -> d.getFileName().toString().startsWith(version.number() + "."))
                        .sorted(Comparator.reverseOrder())
                        .forEach(d -> found.add(d.resolve("bin").resolve(exe)));
            } catch (IOException e) {
                // An unreadable pyenv folder just means no interpreter from there.
            }
        }
        return found;
    }
}
