package dev.slotscope;

import dev.slotscope.cli.SlotscopeCommand;
import dev.slotscope.ui.SlotscopeApp;
import javafx.application.Application;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Entry point of {@code slotscope.jar} and of the installed app's launcher: the window when started
 * without arguments or with one lesson file (a double-clicked {@code .slotscope.json}), the command
 * line otherwise. It is not itself a JavaFX {@link Application}, so the JavaFX runtime can come
 * from the class path.
 */
public final class Main {
    private Main() {
    }

    /** What a start does with its arguments. */
    sealed interface Start {
        /** The window, with the lesson to open at its first scene, if any. */
        record Window(Optional<String> lesson) implements Start {
        }

        /** A command of the command line. */
        record Command(List<String> args) implements Start {
        }
    }

    /**
     * The window for no arguments or a single {@code .json} path (whether it exists is the window's
     * to report, in one sentence), a command otherwise: commands are words such as
     * {@code describe}, never file names.
     */
    static Start decide(String[] args) {
        if (args.length == 0) {
            return new Start.Window(Optional.empty());
        }
        if (args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(".json")) {
            return new Start.Window(Optional.of(args[0]));
        }
        return new Start.Command(List.of(args));
    }

    public static void main(String[] args) {
        Start start = decide(args);
        if (start instanceof Start.Window window) {
            Application.launch(SlotscopeApp.class, window.lesson().stream().toArray(String[]::new));
        } else if (start instanceof Start.Command command) {
            // Exports paint with Java2D off screen; a shell with no display must be enough.
            System.setProperty("java.awt.headless", "true");
            // Standard output is the command's own (its JSON must parse): whatever a library prints
            // there (JOL's warnings, say) goes to standard error instead.
            PrintStream out = System.out;
            System.setOut(System.err);
            System.exit(SlotscopeCommand.run(command.args().toArray(String[]::new), out, System.err));
        }
    }
}
