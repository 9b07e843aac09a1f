package dev.slotscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long the packaged app takes to show its window, against a bare FXML window with a toolbar on
 * the same runtime, started alternately in one run so that both see the machine in the same mood.
 * Two figures of each start: "shown" is when the X server reports the window by its title as
 * viewable ({@code xwininfo}); "drawn" is when the window says its first view is painted (the app
 * under {@code -Dslotscope.startup.report=true}, given it here in {@code JAVA_TOOL_OPTIONS}), which
 * for the app is its explorer, not the "Opening…" it shows before. It needs a display: {@code xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/test-classes
 * dev.slotscope.bench.StartupBenchmark target/dist/Slotscope 6}.
 */
public final class StartupBenchmark {
    /** By name: this VM has no JavaFX, and loading {@link BareWindow} here would need it. */
    private static final String BARE_WINDOW = "dev.slotscope.bench.BareWindow";
    /** The line both windows print when their first view is drawn. */
    static final String DRAWN = "first view drawn";

    /** Seconds from the start of a window's process until it was shown, and until its first view was drawn. */
    private record Start(double shown, double drawn) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args.length > 0 ? args[0] : "target/dist/Slotscope").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Path launcher = image.resolve("bin/Slotscope");
        Path java = image.resolve("lib/runtime/bin/java");
        if (!Files.isExecutable(launcher) || !Files.isExecutable(java)) {
            throw new IllegalArgumentException("no app image at " + image + ": run mvn -Pdist package first");
        }
        // The bare window runs on the image's own runtime, with the JIT and GC options the launcher
        // gives the app, so that only what the app does differs.
        List<String> bare = List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:MaxGCPauseMillis=5",
                "-cp", System.getProperty("java.class.path"), BARE_WINDOW);
        // A third argument times another command for the app (e.g. "java -jar target/slotscope.jar").
        List<String> slotscope = args.length > 2 ? List.of(args[2].split(" ")) : List.of(launcher.toString());
        List<Start> app = new ArrayList<>();
        List<Start> yardstick = new ArrayList<>();
        // One of each untimed first: the first start of a run reads the files from disk.
        start(slotscope, "Slotscope");
        start(bare, BareWindow.TITLE);
        for (int i = 0; i < rounds; i++) {
            // Alternate which goes first, so neither always follows the other's exit.
            if (i % 2 == 0) {
                app.add(start(slotscope, "Slotscope"));
                yardstick.add(start(bare, BareWindow.TITLE));
            } else {
                yardstick.add(start(bare, BareWindow.TITLE));
                app.add(start(slotscope, "Slotscope"));
            }
            System.out.printf(Locale.ROOT, "round %d: shown: Slotscope %.2f s, bare FXML window %.2f s;"
                    + " first view drawn: Slotscope %.2f s, bare FXML window %.2f s%n",
                    i + 1, app.get(i).shown(), yardstick.get(i).shown(), app.get(i).drawn(), yardstick.get(i).drawn());
        }
        double a = median(app.stream().map(Start::shown).toList());
        double b = median(yardstick.stream().map(Start::shown).toList());
        System.out.printf(Locale.ROOT, "median shown: Slotscope %.2f s, bare FXML window %.2f s, ratio %.2f (target 1.20 or less)%n",
                a, b, a / b);
        double c = median(app.stream().map(Start::drawn).toList());
        double d = median(yardstick.stream().map(Start::drawn).toList());
        System.out.printf(Locale.ROOT, "median first view drawn: Slotscope %.2f s, bare FXML window %.2f s, ratio %.2f%n",
                c, d, c / d);
    }

    /**
     * Starts {@code command} and times it until a window titled {@code title} is viewable and the
     * process has said its first view is drawn; then the process is ended.
     */
    private static Start start(List<String> command, String title) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dslotscope.startup.report=true");
        Process process = builder.start();
        AtomicLong drawnAt = new AtomicLong();
        Thread reader = new Thread(() -> {
            // Read to the end: a window whose output is not read would stop when the pipe is full.
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains(DRAWN)) {
                        drawnAt.compareAndSet(0, System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // The process was ended: nothing more to read.
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long shownAt = 0;
            while (shownAt == 0 || drawnAt.get() == 0) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(command + " ended with " + process.exitValue() + " before showing a window");
                }
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(60)) {
                    throw new IllegalStateException(command + " showed no window, or did not draw it, in 60 s");
                }
                if (shownAt == 0 && viewable(title)) {
                    shownAt = System.nanoTime();
                }
                // Asking the X server takes two processes; back to back they would take a core
                // from the window being timed (on two cores). 10 ms is the resolution left.
                Thread.sleep(10);
            }
            return new Start((shownAt - start) / 1e9, (drawnAt.get() - start) / 1e9);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Whether the X server has a viewable window of that title and a JavaFX stage's size; GTK also
     * makes a 10x10 window of the same name that is never mapped.
     */
    private static boolean viewable(String title) throws IOException, InterruptedException {
        for (String line : run("xwininfo", "-root", "-tree").lines().toList()) {
            String l = line.strip();
            if (l.startsWith("0x") && l.contains(" \"" + title + "\": (") && !l.contains(" 10x10+")) {
                String id = l.substring(0, l.indexOf(' '));
                if (run("xwininfo", "-id", id).contains("IsViewable")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
