package dev.slotscope.bench;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmMeasurement;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.Progress;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.ui.ExplorerController;
import dev.slotscope.ui.MainController;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.ui.SlotscopeApp;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * The project's performance figures, printed, not asserted: the time between frames while
 * ten-step growth animations play (JVM map, CPython dict), while attributes are added and while
 * the instance-count slider sweeps from 1 to 10 million, the time to measure a million JVM
 * instances, and the time of headless exports as a user runs them (a whole {@code java} process
 * each). Run with {@code mvn -Pbench verify} (headless, like the UI tests), or with
 * {@code -Dheaded} as well in a real window on the display in {@code DISPLAY}.
 */
public final class Benchmark {

    /** Frames each growth step stays on screen: ten steps at 10 a second. */
    private static final int FRAMES_PER_STEP = 6;
    private static final int GROWTH_STEPS = 10;
    /** The thirteenth entry passes 0.75 of 16 buckets: the table doubles. */
    private static final int RESIZE_STEP = 13;
    private static final long SETTLE_MILLIS = 200;
    /** While attributes are added: the next is asked for at most every half second. */
    private static final int ADD_EVERY_FRAMES = 30;
    private static final int QUIET_FRAMES = 60;
    private static final int SWEEP_FRAMES = 420;
    /** Times the JVM map's growth is played through once the app has run a while. */
    private static final int REPLAYS = 20;
    /** The budget: no frame over 33 ms while animating or dragging the slider. */
    private static final double FRAME_BUDGET_MILLIS = 33;
    /** A frame whose handler took longer than this changed what the window shows. */
    private static final double WORKED_MILLIS = 0.5;

    /** The collections during the last {@link #frames} run, for its report. */
    private static String lastCollections = "";
    /** How long into each frame of the last {@link #frames} run its handler ended, in ms. */
    private static final List<Double> handlers = Collections.synchronizedList(new ArrayList<>());
    /** When each frame of the last {@link #frames} run began, in ms since the VM started. */
    private static final List<Double> frameStarts = Collections.synchronizedList(new ArrayList<>());
    /**
     * How long into each frame of the last {@link #frames} run the JavaFX thread had laid the
     * window out (the handler, then styling and layout), in ms, by frame.
     */
    private static final Map<Integer, Double> laidOut = new ConcurrentHashMap<>();
    /** Every collection pause so far, as {start, end} in ms since the VM started. */
    private static final List<long[]> pauses = Collections.synchronizedList(new ArrayList<>());
    /** Subtracted from {@link System#nanoTime()} to give ms since the VM started. */
    private static final double NANO_TIME_AT_START =
            System.nanoTime() / 1e6 - ManagementFactory.getRuntimeMXBean().getUptime();
    /**
     * The time of day (ms since the epoch) when this class was loaded, and that moment in ms since
     * the VM started: times of day are counted from here, by the clock, because the VM's start time
     * plus its uptime ran about 28 ms ahead of the clock on this machine.
     */
    private static final long EPOCH_MILLIS_AT_LOAD = System.currentTimeMillis();
    private static final double SINCE_START_AT_LOAD = System.nanoTime() / 1e6 - NANO_TIME_AT_START;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        recordPauses();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Scene[] scene = new Scene[1];
        Platform.runLater(() -> {
            Stage stage = new Stage();
            SlotscopeApp.startOpened(stage);
            scene[0] = stage.getScene();
        });
        waitFx();
        Platform.runLater(() -> scene[0].addPostLayoutPulseListener(() -> {
            int frame = frameStarts.size() - 1;
            if (frame >= 0) {
                laidOut.putIfAbsent(frame, System.nanoTime() / 1e6 - NANO_TIME_AT_START - frameStarts.get(frame));
            }
        }));
        MainController main = MainController.of(scene[0]);
        ExplorerController explorer = main.explorers().get(0);

        choose(explorer, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD), "");
        addAttributes(explorer, 1, GROWTH_STEPS);
        IntPredicate play = frame -> {
            int step = frame / FRAMES_PER_STEP;
            if (step <= GROWTH_STEPS) {
                explorer.growth().index().set(step);
            }
            return step <= GROWTH_STEPS;
        };
        frames(play);
        report("growth animation, 10 steps (JVM HashMap), after one warm-up run", frames(play));

        // A user adding attributes: each is computed off the JavaFX thread, then its step is shown
        // and played while the next is asked for; measured until a second after the last.
        IntPredicate adding = new IntPredicate() {
            private int added = GROWTH_STEPS;
            private int quietFrames;

            @Override
            public boolean test(int frame) {
                boolean busy = explorer.growth().busy().get();
                if (!busy && frame % ADD_EVERY_FRAMES == 0 && added < RESIZE_STEP) {
                    added++;
                    explorer.growth().nextName().set("a" + added);
                    explorer.growth().add();
                }
                return added < RESIZE_STEP || busy || quietFrames++ < QUIET_FRAMES;
            }
        };
        report("adding attributes a11 to a13 (computed off the JavaFX thread, each step shown and played)",
                frames(adding));
        IntPredicate resize = frame -> {
            int step = GROWTH_STEPS + frame / FRAMES_PER_STEP;
            if (step <= RESIZE_STEP) {
                explorer.growth().index().set(step);
            }
            return step <= RESIZE_STEP;
        };
        Platform.runLater(() -> explorer.growth().index().set(GROWTH_STEPS - 1));
        waitFx();
        // As in the window, a step stays on screen a while before the next: here 200 ms.
        Thread.sleep(SETTLE_MILLIS);
        report("growth through the table's resize (steps 10 to 13: 16 to 32 buckets)", frames(resize));

        // CPython 3.10: the instance's split table gains keys, is resized and turned combined.
        choose(explorer, new Runtime.CPython(CPythonVersion.V3_10), new ClassChoice.Python(Variant.STANDARD), "x, y");
        addAttributes(explorer, 1, GROWTH_STEPS);
        frames(play);
        report("growth animation, 10 steps (CPython 3.10 StandardPoint), after one warm-up run", frames(play));

        Platform.runLater(() -> {
            explorer.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_11));
            explorer.model().attributes().set("x, y");
            ((TabPane) scene[0].lookup("#tabs")).getSelectionModel().select(1);
        });
        waitFx();
        IntPredicate sweep = frame -> {
            explorer.memory().model().count().set(InstanceCount.fromSliderPosition(7.0 * frame / SWEEP_FRAMES));
            return frame < SWEEP_FRAMES;
        };
        frames(sweep);
        report("slider sweep 1 to 10,000,000 (CPython 3.11, every variant), after one warm-up run", frames(sweep));

        // The sections above run in the app's first seconds, while the JIT compiler still takes
        // one of the two cores: the JVM map's steps again and again show the frames after that.
        Platform.runLater(() -> ((TabPane) scene[0].lookup("#tabs")).getSelectionModel().select(0));
        choose(explorer, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.STANDARD), "");
        addAttributes(explorer, 1, RESIZE_STEP);
        int stepsPerPlay = RESIZE_STEP + 1;
        IntPredicate replay = frame -> {
            int step = frame / FRAMES_PER_STEP;
            if (step < REPLAYS * stepsPerPlay) {
                explorer.growth().index().set(step % stepsPerPlay);
            }
            return step < REPLAYS * stepsPerPlay;
        };
        report("steps 0 to 13 of the JVM map (resize included) played " + REPLAYS + " times, after the sections above",
                frames(replay));

        long start = System.nanoTime();
        Measurement m = new JvmMeasurement().measure(JvmVariant.STANDARD, AttributeNames.DEFAULT, InstanceCount.MILLION,
                Progress.NONE);
        System.out.printf("measure 1,000,000 JVM instances (MapPoint x, y): %.2f s, %,d bytes%n",
                (System.nanoTime() - start) / 1e9, m.totalBytes());
        exportTimes();
        Platform.exit();
        System.exit(0);
    }

    /** Picks a runtime, a class and its attributes, and waits for the view. */
    private static void choose(ExplorerController explorer, Runtime runtime, ClassChoice choice, String attrs)
            throws InterruptedException {
        Platform.runLater(() -> {
            explorer.model().runtime().set(runtime);
            explorer.model().classChoice().set(choice);
            explorer.model().attributes().set(attrs);
        });
        waitFor(() -> !explorer.model().busy().get());
    }

    /** Adds attributes a{@code from} to a{@code to}, one growth step each, as a user would. */
    private static void addAttributes(ExplorerController explorer, int from, int to) throws InterruptedException {
        for (int i = from; i <= to; i++) {
            String name = "a" + i;
            Platform.runLater(() -> {
                explorer.growth().nextName().set(name);
                explorer.growth().add();
            });
            waitFor(() -> !explorer.growth().busy().get());
        }
    }

    /**
     * Headless exports, each a fresh {@code java} process with no display, as from a shell: one
     * view as a 2x PNG, and the built-in lesson as 2x PNGs and SVGs. Best of three.
     */
    private static void exportTimes() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("slotscope-bench");
        report("headless export of one view (CPython 3.12 standard, 2x PNG), whole process", dir,
                "export", "--runtime", "cpython-3.12", "--variant", "standard", "--scale", "2", "--out",
                dir.resolve("view.png").toString());
        report("headless export of builtin:slots (every scene, 2x PNG and SVG), whole process", dir,
                "export", "--lesson", "builtin:slots", "--format", "both", "--scale", "2", "--out",
                dir.resolve("deck").toString());
    }

    private static void report(String what, java.nio.file.Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.slotscope.Main"));
        command.addAll(List.of(args));
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out.txt").toFile());
            builder.environment().remove("DISPLAY");
            long start = System.nanoTime();
            int status = builder.start().waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException(what + " failed: " + java.nio.file.Files.readString(dir.resolve("out.txt")));
            }
            best = Math.min(best, seconds);
        }
        System.out.printf("%s: %.2f s (best of 3)%n", what, best);
    }

    /** Collections, their total time in ms, and the bytes allocated by live threads, so far. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            allocated += Math.max(0, bytes);
        }
        return new long[] {count, millis, allocated};
    }

    /**
     * Calls {@code step} on every frame until it returns false; returns the times between frames,
     * in ms, and remembers how many garbage collections ran meanwhile (a pause stops every thread).
     */
    private static List<Double> frames(IntPredicate step) throws InterruptedException {
        long[] before = collections();
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        handlers.clear();
        frameStarts.clear();
        laidOut.clear();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            private long last;
            private int frame;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    times.add((now - last) / 1e6);
                }
                frameStarts.add(now / 1e6 - NANO_TIME_AT_START);
                last = now;
                boolean more = step.test(frame++);
                handlers.add((System.nanoTime() - now) / 1e6);
                if (!more) {
                    stop();
                    done.countDown();
                }
            }
        }.start());
        done.await(120, TimeUnit.SECONDS);
        long[] after = collections();
        lastCollections = String.format("%d MB allocated, %d garbage collections, %d ms", (after[2] - before[2]) >> 20,
                after[0] - before[0], after[1] - before[1]);
        return times;
    }

    private static void report(String what, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        double max = sorted.get(sorted.size() - 1);
        long over = times.stream().filter(ms -> ms > FRAME_BUDGET_MILLIS).count();
        System.out.printf("%s: %d frames, median %.1f ms, 99th percentile %.1f ms, max %.1f ms (frame %d), %d over %.0f ms; %s%n",
                what, sorted.size(), median, p99, max, times.indexOf(max) + 1, over, FRAME_BUDGET_MILLIS, lastCollections);
        // The frames in which the benchmark itself changed the view (a frame that only asks for a
        // step off the JavaFX thread, or changes nothing, takes well under WORKED_MILLIS).
        List<Double> work = new ArrayList<>(handlers.stream().filter(ms -> ms > WORKED_MILLIS).sorted().toList());
        if (!work.isEmpty()) {
            System.out.printf("  (%d frames changed the view: done a median %.1f ms, at most %.1f ms after the frame began)%n",
                    work.size(), work.get(work.size() / 2), work.get(work.size() - 1));
        }
        int slowest = times.indexOf(max);
        System.out.printf("  (the JavaFX thread had laid a frame out at most %.1f ms after it began)%n",
                laidOut.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        System.out.printf("  (it began at %s; in the frame before it, the step was shown %.1f ms and laid out %.1f ms"
                        + " after the frame began; %s)%n", wallClock(frameStarts.get(slowest)), handlers.get(slowest),
                laidOut.getOrDefault(slowest, Double.NaN),
                pausesWithin(frameStarts.get(slowest), frameStarts.get(slowest + 1)));
    }

    /**
     * A moment given in ms since the VM started, as a time of day to the ms: to line a slow frame
     * up with what else the machine did then (a profiler's recording, a probe's log).
     */
    private static String wallClock(double sinceStart) {
        long epochMillis = EPOCH_MILLIS_AT_LOAD + Math.round(sinceStart - SINCE_START_AT_LOAD);
        return LocalTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneId.systemDefault()).toString();
    }

    /**
     * Listens for collections, to tell whether one paused the application in the slowest frame.
     * On JDK 17 the collectors report young, mixed and full collections this way, not G1's remark
     * and cleanup pauses (JDK 20 added a bean for those).
     */
    private static void recordPauses() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    pauses.add(new long[] {info.getStartTime(), info.getEndTime()});
                }
            }, null, null);
        }
    }

    /** The collection pauses between two moments (ms since the VM started), in words. */
    private static String pausesWithin(double from, double to) {
        long millis = 0;
        synchronized (pauses) {
            for (long[] pause : pauses) {
                millis += Math.max(0, Math.min(pause[1], (long) Math.ceil(to)) - Math.max(pause[0], (long) Math.floor(from)));
            }
        }
        return millis == 0 ? "no collection paused within it" : "collections paused " + millis + " ms within it";
    }

    private static void waitFx() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(latch::countDown);
        latch.await(30, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            waitFx();
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting for the window");
    }
}
