package dev.slotscope.cpython;

import dev.slotscope.memory.MeasurementCancelledException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Python script of Slotscope's resources run by a local interpreter in a child process, never
 * in Slotscope's own: the script is written to a temporary file once, and a run is bounded in
 * time and in the output it may print.
 */
final class ChildPython {

    private static final Map<String, Path> SCRIPTS = new ConcurrentHashMap<>();

    private ChildPython() {
    }

    /** How a bounded run ended. */
    sealed interface Ending {
        /** The interpreter ended by itself, having printed {@code output} (stdout and stderr). */
        record Exited(int status, String output) implements Ending {
        }

        /** It was still running at the time limit and was killed. */
        record TimedOut(Duration limit) implements Ending {
        }

        /** It printed more than the limit and was killed. */
        record Flooded(int limitBytes) implements Ending {
        }
    }

    /** The resource {@code name} (beside this class) as a file an interpreter can run. */
    static Path script(String name) throws IOException {
        // A temporary folder cleaned while the app runs takes the file with it: write it again.
        SCRIPTS.computeIfPresent(name, (n, file) -> Files.isRegularFile(file) ? file : null);
        try {
            return SCRIPTS.computeIfAbsent(name, n -> {
                try (InputStream in = ChildPython.class.getResourceAsStream(n)) {
                    Path file = Files.createTempFile("slotscope-" + n.replace(".py", "-"), ".py");
                    file.toFile().deleteOnExit();
                    Files.write(file, in.readAllBytes());
                    return file;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Runs {@code python -I script args…} and waits for it, at most {@code limit}; its output
     * beyond {@code maxOutputBytes} is not kept: the process is killed. An interrupt kills it
     * and throws {@link MeasurementCancelledException}.
     */
    static Ending run(Path python, String scriptName, List<String> args, Duration limit, int maxOutputBytes)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(python.toString(), "-I", script(scriptName).toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        AtomicBoolean flooded = new AtomicBoolean();
        Thread reader = new Thread(() -> read(process, output, maxOutputBytes, flooded), "slotscope-child-python");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                kill(process);
                return flooded.get() ? new Ending.Flooded(maxOutputBytes) : new Ending.TimedOut(limit);
            }
            reader.join(limit.toMillis());
            if (flooded.get()) {
                return new Ending.Flooded(maxOutputBytes);
            }
            synchronized (output) {
                return new Ending.Exited(process.exitValue(), output.toString(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MeasurementCancelledException();
        } finally {
            kill(process);
        }
    }

    private static void read(Process process, ByteArrayOutputStream output, int max, AtomicBoolean flooded) {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (output) {
                    if (output.size() + n > max) {
                        flooded.set(true);
                        kill(process);
                        return;
                    }
                    output.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // The stream closes when the process is killed: what was read is all there is.
        }
    }

    private static void kill(Process process) {
        // Whatever the source started dies with it.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
