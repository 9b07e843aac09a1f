package dev.slotscope.cpython;

import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.MeasurementFailedException;
import dev.slotscope.memory.Progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Measures N real instances with a local CPython of the chosen version, if one is installed
 * ({@code python3.X} on {@code PATH}, or under pyenv), the same way the fixtures were recorded.
 */
public final class CPythonMeasurement {

    private static final long TIMEOUT_SECONDS = 300;

    private final Interpreters interpreters;

    /** Measures with the interpreters of this machine. */
    public CPythonMeasurement() {
        this(Interpreters.ofThisMachine());
    }

    /** Measures with an interpreter found among {@code interpreters}. */
    public CPythonMeasurement(Interpreters interpreters) {
        this.interpreters = interpreters;
    }

    /** Runs the measurement; throws {@link NoInterpreterException} when the version is not installed. */
    public Measurement measure(CPythonVersion version, Variant variant, AttributeNames attrs, InstanceCount n,
                               Progress progress) {
        if (!variant.availableIn(version)) {
            throw new UnsupportedVariantException(variant.unavailableIn(version));
        }
        Path python = interpreters.require(version);
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
        try {
            Path file = ChildPython.script("measure.py");
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
