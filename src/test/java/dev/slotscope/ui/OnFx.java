package dev.slotscope.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Looks at the scene graph on the JavaFX thread: measuring text or walking children from the test's
 * thread races the layout and animations that run there (an index out of bounds now and then).
 */
final class OnFx {
    private OnFx() {
    }

    /** {@code query}'s answer, asked on the JavaFX thread. */
    static <T> T get(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition}, polled on the JavaFX thread, holds. */
    static void waitFor(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> get(condition));
    }
}
