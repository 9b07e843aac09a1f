package dev.slotscope.ui;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * Where a view-model's work runs: what can take longer than a frame on {@code background}, and
 * what it found, back on {@code fx}, the thread that owns the view-model's properties. The app
 * passes a background thread and the JavaFX thread; plain JUnit tests pass {@link #DIRECT}.
 */
public record Threads(Executor background, Executor fx) {

    /** Everything at once, on the caller's thread: a view-model driven by a test, without a screen. */
    public static final Threads DIRECT = new Threads(Runnable::run, Runnable::run);

    /** The app's: work on {@code background}, results on the JavaFX thread. */
    static Threads app(Executor background) {
        return new Threads(background, Platform::runLater);
    }
}
