package dev.slotscope.jvm.probe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.memory.Progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The probe: Slotscope's own main class, started in a child VM of a local JDK to measure there
 * with JOL what the lens measures in this VM. It reads its request from {@code DIR/request.json}
 * and writes its one answer to {@code DIR/response.json}: standard output and error are
 * silenced before anything runs, so nothing JOL or a user's class prints can pass for an answer.
 */
public final class Probe {

    static final String REQUEST = "request.json";
    static final String RESPONSE = "response.json";
    /** How far a long request is, as a fraction, rewritten as it goes: the parent shows it. */
    static final String PROGRESS = "progress.txt";
    /** The VM's own facts the answer carries: the vendor as its release file names it, and the options the parent started it with. */
    static final String VENDOR_PROPERTY = "slotscope.probe.vendor";

    private final Path dir;
    private volatile String userCodeRunning;
    private boolean answered;

    private Probe(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(silent);
        System.setErr(silent);
        Probe probe = new Probe(Path.of(args[0]));
        // A user's class may call System.exit: the hook still says so, and what was running.
        Runtime.getRuntime().addShutdownHook(new Thread(probe::exitedEarly));
        probe.run();
        // Threads a user's class started must not keep the VM alive, nor its shutdown hooks run.
        Runtime.getRuntime().halt(0);
    }

    private void run() {
        ObjectNode answer;
        try {
            ProbeRequest request = ProbeRequest.of(ProbeJson.MAPPER.readTree(dir.resolve(REQUEST).toFile()));
            userCodeRunning = request.userCode().orElse(null);
            answer = request.answer(JvmLens.unisolated(), new FileProgress(dir.resolve(PROGRESS)));
            userCodeRunning = null;
            answer.set("probeVm", ProbeJson.MAPPER.createObjectNode()
                    .put("vendor", System.getProperty(VENDOR_PROPERTY, ""))
                    .set("options", ProbeJson.strings(vmOptions())));
        } catch (IllegalArgumentException e) {
            answer = ProbeJson.MAPPER.createObjectNode().put("error", String.valueOf(e.getMessage()));
        } catch (Throwable e) {
            answer = ProbeJson.MAPPER.createObjectNode().put("error", "the probe failed: " + e);
        }
        write(answer);
    }

    /** The options of this VM that the parent chose ({@code -XX:…}), not the probe's own. */
    private static List<String> vmOptions() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !ChildVm.probeOwn(a)).toList();
    }

    /** Progress written to a file for the parent to read; never cancelled here (the parent kills the child instead). */
    private record FileProgress(Path file) implements Progress {
        @Override
        public void update(double done) {
            try {
                Path partial = file.resolveSibling(PROGRESS + ".part");
                Files.writeString(partial, Double.toString(done));
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                // Progress is a courtesy; the answer still comes.
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    private void exitedEarly() {
        String running = userCodeRunning;
        write(ProbeJson.MAPPER.createObjectNode().put("exited", running == null ? "" : running));
    }

    private synchronized void write(ObjectNode answer) {
        if (answered) {
            return;
        }
        answered = true;
        try {
            Path partial = dir.resolve(RESPONSE + ".part");
            ProbeJson.MAPPER.writeValue(partial.toFile(), answer);
            Files.move(partial, dir.resolve(RESPONSE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
