package dev.slotscope.ui;

import dev.slotscope.memory.Progress;
import javafx.beans.property.DoubleProperty;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The progress of a measurement running off the JavaFX thread, shown in a property on the JavaFX
 * thread, and cancelled by its flag: what the memory and speed tabs both hand their workers.
 *
 * @param threads   where the property is set
 * @param shown     the fraction done, as the progress bar shows it
 * @param stop      set to stop the measurement at its next step
 */
record ShownProgress(Threads threads, DoubleProperty shown, AtomicBoolean stop) implements Progress {

    @Override
    public void update(double done) {
        threads.fx().execute(() -> shown.set(done));
    }

    @Override
    public boolean cancelled() {
        return stop.get();
    }
}
