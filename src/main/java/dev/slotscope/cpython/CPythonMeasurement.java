package dev.slotscope.cpython;

import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.MeasurementFailedException;
import dev.slotscope.memory.Progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures N real instances with a local CPython of the chosen version, if one is installed
 * ({@code python3.X} on {@code PATH}, or under pyenv), the same way the fixtures were recorded.
 */
public final class CPythonMeasurement {

    private static final long TIMEOUT_SECONDS = 300;

    /** The interpreter this version would use, if there is one. */
    public Optional<Path> findInterpreter(CPythonVersion version) {
        for (Path candidate : candidates(version)) {
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Where {@link #findInterpreter} looks, in order: for the message when nothing is found. */
    public String searchedPlaces(CPythonVersion version) {
        return "python" + version.number() + " on PATH, or " + pyenvRoot().resolve("versions")
                + "/" + version.number() + ".*/bin/python" + version.number();
    }

    private List<Path> candidates(CPythonVersion version) {
        List<Path> found = new ArrayList<>();
        String exe = "python" + version.number();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                // pyenv's shims answer for every version but fail for one not selected; its
                // versions folder is searched directly below.
                if (!dir.isBlank() && !dir.replace('\\', '/').endsWith(".pyenv/shims")) {
                    found.add(Path.of(dir, exe));
                }
            }
        }
        Path versions = pyenvRoot().resolve("versions");
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

    private static Path pyenvRoot() {
        String root = System.getenv("PYENV_ROOT");
        return root != null ? Path.of(root) : Path.of(System.getProperty("user.home"), ".pyenv");
    }

    /** Runs the measurement; throws {@link NoInterpreterException} when the version is not installed. */
    public Measurement measure(CPythonVersion version, Variant variant, AttributeNames attrs, InstanceCount n,
                               Progress progress) {
        if (!variant.availableIn(version)) {
            throw new UnsupportedVariantException(variant.unavailableIn(version));
        }
        Path python = findInterpreter(version).orElseThrow(() -> new NoInterpreterException(
                "no CPython " + version.number() + " found: looked for " + searchedPlaces(version)));
        Process process = start(python, variant, attrs, n);
        try {
            long bytes = readResult(process, progress);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new MeasurementFailedException(python + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            return new Measurement(n, bytes, python + " (" + version.displayName() + "): tracemalloc, "
                    + n.display() + " instances made together");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MeasurementCancelledException();
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process start(Path python, Variant variant, AttributeNames attrs, InstanceCount n) {
        try (InputStream script = CPythonMeasurement.class.getResourceAsStream("measure.py")) {
            Path file = Files.createTempFile("slotscope-measure", ".py");
            file.toFile().deleteOnExit();
            Files.write(file, script.readAllBytes());
            Process process = new ProcessBuilder(python.toString(), "-I", file.toString(), variant.className(),
                    Integer.toString(variant.stored(attrs).size()), Long.toString(n.value())).redirectErrorStream(true).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(variant.pythonSource(attrs).getBytes(StandardCharsets.UTF_8));
            }
            return process;
        } catch (IOException e) {
            throw new MeasurementFailedException("could not start " + python + ": " + e.getMessage());
        }
    }

    private static long readResult(Process process, Progress progress) throws InterruptedException {
        StringBuilder other = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (progress.cancelled()) {
                    process.destroyForcibly();
                    throw new MeasurementCancelledException();
                }
                if (line.startsWith("progress ")) {
                    progress.update(Double.parseDouble(line.substring("progress ".length())));
                } else if (line.startsWith("bytes ")) {
                    progress.update(1);
                    return Long.parseLong(line.substring("bytes ".length()));
                } else {
                    other.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new MeasurementFailedException("could not read the interpreter's answer: " + e.getMessage());
        }
        process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        throw new MeasurementFailedException("the interpreter printed no result: " + other.toString().strip());
    }
}
