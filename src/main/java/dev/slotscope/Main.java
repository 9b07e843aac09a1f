package dev.slotscope;

import dev.slotscope.cli.SlotscopeCommand;
import dev.slotscope.ui.SlotscopeApp;
import javafx.application.Application;

import java.io.PrintStream;

/**
 * Entry point of {@code slotscope.jar}: the window when started without arguments, the command
 * line otherwise. It is not itself a JavaFX {@link Application}, so the JavaFX runtime can come
 * from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(SlotscopeApp.class, args);
        } else {
            // Exports paint with Java2D off screen; a shell with no display must be enough.
            System.setProperty("java.awt.headless", "true");
            // Standard output is the command's own (its JSON must parse): whatever a library prints
            // there (JOL's warnings, say) goes to standard error instead.
            PrintStream out = System.out;
            System.setOut(System.err);
            System.exit(SlotscopeCommand.run(args, out, System.err));
        }
    }
}
