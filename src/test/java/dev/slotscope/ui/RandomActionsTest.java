package dev.slotscope.ui;

import dev.slotscope.growth.GrowthStep;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;
import dev.slotscope.theme.Theme;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The window under a seeded stream of random actions, as a careless user or a cat on the keyboard
 * would give it: runtimes, classes and attribute lists (bad ones among them), growth, the memory
 * tab, compare, themes, presenting, lessons good and bad. After every action: no exception reached
 * the JavaFX thread uncaught, the JavaFX thread never worked more than a second in one go (its
 * CPU time; nor left an event waiting 5 s, as a thread stuck on a lock would), and the
 * figure on screen is the model's figure for what the selectors say (or nothing is shown).
 * {@code -Dslotscope.random.actions=N} and {@code -Dslotscope.random.seed=S} run longer or other streams.
 */
@ExtendWith(ApplicationExtension.class)
class RandomActionsTest {

    private static final int ACTIONS = Integer.getInteger("slotscope.random.actions", 2000);
    private static final long SEED = Long.getLong("slotscope.random.seed", 20261203L);
    /** The most work the JavaFX thread may do in one go, in CPU time: the window's frozen second. */
    private static final long MAX_BLOCKED_MS = 1000;
    /** The longest the JavaFX thread may leave a posted event waiting, in wall time: it catches a thread waiting on a lock or a task, which uses no CPU. */
    private static final long MAX_UNRESPONSIVE_MS = 5000;
    private static final List<String> ATTRIBUTE_LISTS = List.of("x, y", "a, b, c", "x", "", "1abc", "x,,y", "x, x",
            "é, ñ, 名前", "\u001b[31mred", "class", "__dict__", "__weakref__", "a".repeat(300),
            String.join(", ", Collections.nCopies(1, "p")), names(12), names(40), "x y", "x, y, ");
    private static final List<String> NEXT_NAMES = List.of("z", "w", "1z", "", "__dict__", "ünïcode", "z z");
    private static final List<String> CLASS_NAMES = List.of("java.util.HashMap", "java.util.ArrayList", "no.such.Klass",
            "", "java.lang.Runnable", "int", "java.lang.Thread");
    private static final List<String> SOURCES = List.of("class A:\n    __slots__ = ('x',)\n",
            "class A:\n    def __init__(self):\n        self.x = 1\n", "class (:\n", "", "class B:\n    __slots__ = 'x', 'x'\n",
            "public class P { int x; long y; }", "class Q { int x", "class A:\n    __slots__ = ('__dict__', '__dict__')\n");

    private MainController main;
    private Stage stage;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean watching = true;
    /** Of the JavaFX thread, the CPU time it spent before running the watchdog's latest event, worst case so far. */
    private final AtomicLong longestBlock = new AtomicLong();
    /** The wall time the watchdog's events waited, worst case so far. */
    private final AtomicLong longestWait = new AtomicLong();
    /** The longest the JavaFX thread was held by an action of each kind, for the failure message. */
    private final java.util.Map<Integer, Long> slowest = new java.util.TreeMap<>();

    @TempDir
    Path dir;

    private static String names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("a" + i);
        }
        return String.join(", ", names);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    @AfterEach
    void stopWatching() {
        watching = false;
    }

    /**
     * Posts to the JavaFX thread every 20 ms and keeps, for the longest wait, both the wall time
     * and the CPU time the JavaFX thread spent meanwhile. On a busy shared machine wall time also
     * counts the time the thread was not scheduled; CPU time is the work the app put on it.
     */
    private void watchTheFxThread() throws TimeoutException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = OnFx.get(() -> Thread.currentThread().getId());
        Thread watchdog = new Thread(() -> {
            while (watching) {
                long posted = System.nanoTime();
                long cpuAtPost = threads.getThreadCpuTime(fxThread);
                Platform.runLater(() -> {
                    longestWait.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max);
                    longestBlock.accumulateAndGet((threads.getThreadCpuTime(fxThread) - cpuAtPost) / 1_000_000, Math::max);
                });
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @Test
    void thousandsOfRandomActionsLeaveNoExceptionNoFrozenWindowAndNoFigureOfOtherInputs()
            throws IOException, TimeoutException {
        Path corrupt = Files.writeString(dir.resolve("corrupt.slotscope.json"), "{\"scenes\": [[[[");
        Path deep = Files.writeString(dir.resolve("deep.slotscope.json"), "[".repeat(100_000));
        List<String> lessonSpecs = List.of("builtin:slots", corrupt.toString(), deep.toString(),
                dir.resolve("missing.slotscope.json").toString());
        Random random = new Random(SEED);
        List<Consumer<Random>> actions = List.of(
                r -> explorer(r).model().runtime().set(pick(r, Runtime.all())),
                r -> explorer(r).model().runtime().set(pick(r, Runtime.all())),
                r -> {
                    ExplorerModel model = explorer(r).model();
                    model.classChoice().set(pick(r, List.copyOf(model.classChoices())));
                },
                r -> explorer(r).model().attributes().set(pick(r, ATTRIBUTE_LISTS)),
                r -> explorer(r).model().attributes().set(pick(r, ATTRIBUTE_LISTS)),
                r -> explorer(r).model().className().set(pick(r, CLASS_NAMES)),
                r -> explorer(r).model().source().set(pick(r, SOURCES)),
                r -> {
                    GrowthViewModel growth = explorer(r).growth();
                    growth.nextName().set(pick(r, NEXT_NAMES));
                    growth.add();
                },
                r -> explorer(r).growth().back(),
                r -> explorer(r).growth().forward(),
                r -> explorer(r).growth().reset(),
                r -> explorer(r).showMemory(r.nextBoolean()),
                r -> main.theme().set(pick(r, List.of(Theme.values()))),
                r -> ((ToggleButton) stage.getScene().lookup("#compareToggle")).fire(),
                r -> {
                    if (r.nextInt(4) == 0) {
                        main.togglePresentation();
                    }
                },
                r -> {
                    if (r.nextInt(3) == 0) {
                        main.open(pick(r, lessonSpecs));
                    }
                });
        watchTheFxThread();
        for (int i = 0; i < ACTIONS; i++) {
            int which = random.nextInt(actions.size());
            long seed = random.nextLong();
            String step = "action " + i + " (kind " + which + ", seed " + SEED + ")";
            try {
                OnFx.get(() -> {
                    actions.get(which).accept(new Random(seed));
                    return null;
                });
            } catch (RuntimeException e) {
                fail(step + ": " + e, e);
            }
            settle();
            slowest.merge(which, longestBlock.get(), Math::max);
            if (!uncaught.isEmpty()) {
                fail(step + ": uncaught " + uncaught.get(0), uncaught.get(0));
            }
            assertTrue(longestBlock.get() <= MAX_BLOCKED_MS, step + ": the JavaFX thread worked " + longestBlock.get()
                    + " ms of CPU time in one go (the most after each kind of action: " + slowest + ")");
            assertTrue(longestWait.get() <= MAX_UNRESPONSIVE_MS, step + ": the JavaFX thread left an event waiting "
                    + longestWait.get() + " ms");
            List<Shown> shown = new ArrayList<>();
            shown.addAll(OnFx.get(() -> main.explorers().stream().map(Shown::of).toList()));
            for (Shown each : shown) {
                each.assertItsOwnFigure(step);
            }
            // The figures above are worked out on the test's thread; the next action's wait starts afresh.
            longestBlock.set(0);
            longestWait.set(0);
        }
    }

    private ExplorerController explorer(Random r) {
        List<ExplorerController> shown = main.explorers();
        return shown.get(r.nextInt(shown.size()));
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** Until every explorer's work, and its growth's, is done (the JVM's first walk starts JOL). */
    private void settle() throws TimeoutException {
        OnFx.waitFor(60, () -> main.explorers().stream().noneMatch(e -> e.model().busy().get() || e.growth().busy().get()));
    }

    /**
     * What one explorer shows, read on the JavaFX thread: its selectors, whether it shows nothing
     * or an error, and the figure on screen.
     */
    private record Shown(Runtime runtime, ClassChoice choice, String attributes, boolean blank, boolean drawingVisible,
                         boolean settledLessonClass, Optional<Subject> subject, List<String> added,
                         Optional<Integer> step, String bytesText) {

        static Shown of(ExplorerController explorer) {
            ExplorerModel model = explorer.model();
            // The attribute list is only read for the lesson's classes (your class ignores it).
            boolean settled = model.error().get().isEmpty() && model.state().get() != null
                    && model.classChoice().get().lessonClass();
            return new Shown(model.runtime().get(), model.classChoice().get(), model.attributes().get(),
                    model.blank().get(), isVisibleUpTheTree(explorer.layoutView()), settled,
                    settled ? Optional.of(model.subject()) : Optional.empty(), explorer.growth().added(),
                    explorer.growth().current().get().map(GrowthStep::step), explorer.bytesText());
        }

        /**
         * What is on screen is the figure of what the selectors say: with no error and nothing
         * being made, the bytes shown are the runtime's own for the class, attributes and growth
         * step selected; a blank view draws nothing.
         */
        void assertItsOwnFigure(String when) {
            if (blank) {
                assertFalse(drawingVisible, when + ": a blank view draws nothing");
                return;
            }
            if (!settledLessonClass) {
                return;
            }
            int expected = step.isPresent() ? runtime.grow(subject.get(), added).get(step.get()).bytesPerInstance()
                    : runtime.describe(subject.get()).bytesPerInstance();
            assertEquals(expected + " bytes", bytesText.substring(0, bytesText.indexOf(" bytes") + 6),
                    when + ": " + runtime.id() + " " + choice.id() + " " + attributes);
        }
    }

    private static boolean isVisibleUpTheTree(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
