package dev.slotscope.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Named daemon threads for work that must stay off the JavaFX thread. */
final class Background {
    private Background() {
    }

    /** One thread, so tasks run in the order they were asked for; it never keeps the app alive. */
    static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
