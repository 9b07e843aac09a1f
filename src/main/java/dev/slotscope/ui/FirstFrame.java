package dev.slotscope.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

import java.util.function.BooleanSupplier;

/**
 * Work to do once a window's first frame is up, and the line the start benchmark waits for: when
 * the window's first view has really been drawn, which a window manager's "viewable" does not say.
 */
final class FirstFrame {

    /** Set to {@code true}, the app prints {@link #DRAWN_LINE} on standard output when its first view is drawn. */
    static final String REPORT_PROPERTY = "slotscope.startup.report";

    /** What is printed, once, under {@link #REPORT_PROPERTY}. */
    static final String DRAWN_LINE = "slotscope-startup: first view drawn";

    private FirstFrame() {
    }

    /** Runs {@code work} on the JavaFX thread once the scene's next frame is laid out and handed to the renderer. */
    static void afterFirstFrame(Scene scene, Runnable work) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> Platform.runLater(() -> {
            // Once: and not while the scene goes through its listeners.
            if (listener[0] != null) {
                scene.removePostLayoutPulseListener(listener[0]);
                listener[0] = null;
                work.run();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Prints {@link #DRAWN_LINE} once a frame laid out with {@code ready} true is on screen. The
     * render thread paints frames and snapshots in the order they are handed to it, so a snapshot
     * asked for after that frame returns only once the frame has been painted.
     */
    static void report(Scene scene, BooleanSupplier ready) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (listener[0] != null && ready.getAsBoolean()) {
                Runnable self = listener[0];
                listener[0] = null;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(self);
                    new Rectangle(1, 1).snapshot(null, null);
                    System.out.println(DRAWN_LINE);
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
