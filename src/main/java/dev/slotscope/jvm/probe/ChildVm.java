package dev.slotscope.jvm.probe;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slotscope.jvm.JvmLensException;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.Progress;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs the {@link Probe} in a child VM of a local JDK, with a timeout: the child and every process
 * it started are killed when it runs out of time, and whatever goes wrong (a JDK that refuses an
 * option, a class that exits or loops) becomes one sentence. Blocks for as long as the child runs:
 * never call it on the JavaFX thread.
 */
final class ChildVm {

    /** What the probe needs of any VM to read layouts as the lens does in this one. */
    private static final List<String> JOL_OPTIONS = List.of("-Djdk.attach.allowAttachSelf=true",
            "-Djol.magicFieldOffset=true", "--add-exports=java.base/jdk.internal.vm.annotation=ALL-UNNAMED",
            // The probe lives a second or two: the C1 compiler alone leaves the other core to the app.
            "-XX:TieredStopAtLevel=1");
    /** JDK 21+ warns about JOL's dynamically loaded agent, and 24+ about sun.misc.Unsafe, unless told these. */
    private static final String DYNAMIC_AGENT = "-XX:+EnableDynamicAgentLoading";
    private static final String UNSAFE_ALLOWED = "--sun-misc-unsafe-memory-access=allow";
    private static final long POLL_MILLIS = 50;
    private static final long KILL_WAIT_SECONDS = 2;
    private static final int CONSOLE_BYTES = 4000;

    private final LocalJdk jdk;
    private final List<VmOption> options;
    private final Duration timeout;

    ChildVm(LocalJdk jdk, List<VmOption> options, Duration timeout) {
        this.jdk = jdk;
        this.options = List.copyOf(options);
        this.timeout = timeout;
    }

    /** Whether {@code argument} is one the probe adds to every child, not one the user chose. */
    static boolean probeOwn(String argument) {
        return JOL_OPTIONS.contains(argument) || argument.equals(DYNAMIC_AGENT) || argument.equals(UNSAFE_ALLOWED)
                || argument.startsWith("-D" + Probe.VENDOR_PROPERTY + "=");
    }

    /** The child's answer to {@code request}; its error, or its failure to answer, as a {@link JvmLensException}. */
    JsonNode ask(ProbeRequest request, Progress progress) {
        if (!Files.isExecutable(jdk.java())) {
            throw new JvmLensException(jdk.displayName() + " at " + jdk.home() + " has no runnable bin/java");
        }
        if (jdk.feature() < LocalJdks.OLDEST) {
            throw new JvmLensException(jdk.displayName() + " is too old: Slotscope's probe needs JDK " + LocalJdks.OLDEST
                    + " or newer");
        }
        if (jdk.feature() < 24 && options.stream().anyMatch(o -> o instanceof VmOption.CompactHeaders)) {
            throw new JvmLensException(jdk.displayName() + " has no compact object headers (-XX:±UseCompactObjectHeaders):"
                    + " they came with JDK 24");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("slotscope-probe");
            ProbeJson.MAPPER.writeValue(dir.resolve(Probe.REQUEST).toFile(), request.json());
            Path console = dir.resolve("console.txt");
            ProcessBuilder builder = new ProcessBuilder(command(dir)).redirectErrorStream(true)
                    .redirectOutput(console.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile()));
            // Options from the environment would measure a VM other than the one the user chose.
            builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS"));
            Process child = builder.start();
            if (!finished(child, progress, dir.resolve(Probe.PROGRESS))) {
                kill(child);
                throw new JvmLensException(request.userCode().map(code -> code + " did not finish in " + seconds())
                        .orElse(jdk.displayName() + " gave no answer in " + seconds()) + "; its VM was stopped");
            }
            Path response = dir.resolve(Probe.RESPONSE);
            if (!Files.exists(response)) {
                throw new JvmLensException(noAnswer(request, child.exitValue(), read(console)));
            }
            JsonNode answer = ProbeJson.MAPPER.readTree(response.toFile());
            if (answer.has("error")) {
                throw new JvmLensException(answer.get("error").asText());
            }
            if (answer.has("exited")) {
                String running = answer.get("exited").asText();
                throw new JvmLensException((running.isEmpty() ? "the class's code" : running) + " ended the Java VM"
                        + " (System.exit(" + child.exitValue() + ")) before it was measured");
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the probe on " + jdk.displayName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MeasurementCancelledException();
        } finally {
            delete(dir);
        }
    }

    /** {@code java [the user's options] [the probe's options] -cp <Slotscope's own classes> Probe DIR}. */
    private List<String> command(Path dir) {
        List<String> command = new ArrayList<>();
        command.add(jdk.java().toString());
        if (jdk.feature() == 24 && options.contains(new VmOption.CompactHeaders(true))) {
            // Compact headers became a product option in JDK 25; on 24 they are experimental.
            command.add("-XX:+UnlockExperimentalVMOptions");
        }
        options.forEach(o -> command.add(o.argument()));
        command.addAll(JOL_OPTIONS);
        if (jdk.feature() >= 21) {
            command.add(DYNAMIC_AGENT);
        }
        if (jdk.feature() >= 23) {
            command.add(UNSAFE_ALLOWED);
        }
        command.add("-D" + Probe.VENDOR_PROPERTY + "=" + jdk.vendor());
        command.add("-cp");
        command.add(classpath());
        command.add(Probe.class.getName());
        command.add(dir.toString());
        return command;
    }

    /** Where Slotscope's own classes, JOL and Jackson were loaded from: a folder or jar each. */
    static String classpath() {
        Set<String> paths = new LinkedHashSet<>();
        for (Class<?> c : List.of(Probe.class, org.openjdk.jol.vm.VM.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonProperty.class)) {
            try {
                paths.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("cannot tell where " + c.getName() + " was loaded from", e);
            }
        }
        return String.join(File.pathSeparator, paths);
    }

    /** Whether the child ended in time; meanwhile its progress is passed on and a cancel kills it. */
    private boolean finished(Process child, Progress progress, Path progressFile) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!child.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (progress.cancelled()) {
                    kill(child);
                    throw new MeasurementCancelledException();
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                readProgress(progressFile).ifPresent(progress::update);
            }
        } catch (InterruptedException e) {
            // Whoever waits gave up: the child must not run on unwatched.
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
            throw e;
        }
        readProgress(progressFile).ifPresent(progress::update);
        return true;
    }

    private static Optional<Double> readProgress(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Double.parseDouble(Files.readString(file).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            // Being replaced just now: the next look reads it.
            return Optional.empty();
        }
    }

    /** The child and everything it started: a user's class may start processes of its own. */
    private static void kill(Process child) throws InterruptedException {
        // Found before the child dies: after, they belong to no one and are no longer its descendants.
        List<ProcessHandle> started = child.descendants().toList();
        started.forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        child.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
        try {
            CompletableFuture.allOf(started.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Killed all the same; the system collects them.
        }
    }

    /** Why the child ended without an answer, from what the VM itself printed. */
    private String noAnswer(ProbeRequest request, int status, String console) {
        List<String> lines = console.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("WARNING:")).toList();
        if (console.contains("Could not create the Java Virtual Machine")) {
            String reason = lines.stream().filter(l -> !l.startsWith("Error:")).findFirst().orElse("it did not start");
            return jdk.displayName() + " refused the VM options " + String.join(" ", options.stream().map(VmOption::argument).toList())
                    + ": " + reason;
        }
        if (request.userCode().isPresent()) {
            // Runtime.halt skips the probe's shutdown hook: the class's code ended the VM all the same.
            return request.userCode().get() + " ended the Java VM (exit status " + status + ") before it was measured";
        }
        return jdk.displayName() + " ended without an answer (exit status " + status + ")"
                + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1));
    }

    private String seconds() {
        return timeout.toSeconds() + " s";
    }

    private static String read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(CONSOLE_BYTES), StandardCharsets.UTF_8);
        }
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the answer is what matters.
        }
    }
}
