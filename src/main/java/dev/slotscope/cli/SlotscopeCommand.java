package dev.slotscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;

/** The {@code slotscope} command line: one subcommand per verb, all over the same model. */
@Command(name = "slotscope", mixinStandardHelpOptions = true, version = "Slotscope 0.1",
        description = "Shows what an object really looks like in memory.",
        subcommands = {DescribeCommand.class, GrowCommand.class, MemoryCommand.class, SpeedCommand.class,
                ExportCommand.class})
public final class SlotscopeCommand implements Runnable {

    /** Exit status for bad arguments or input. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and returns its exit status; errors are one line on {@code err}, with
     * any control characters of the user's text escaped. Output that could not be written (a full
     * disk, a closed pipe) is an error too, not a silent success.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new SlotscopeCommand());
        PrintWriter stdout = new PrintWriter(out, true);
        cli.setOut(stdout);
        cli.setErr(new PrintWriter(Printable.escaping(new PrintWriter(err, true)), true));
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("slotscope: " + Printable.escaped(ex.getMessage())
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("slotscope: " + Printable.escaped(ex.getMessage()));
                return USAGE_ERROR;
            }
            if (ex instanceof dev.slotscope.memory.MeasurementFailedException) {
                commandLine.getErr().println("slotscope: measurement failed: " + Printable.escaped(ex.getMessage()));
                return 1;
            }
            commandLine.getErr().println("slotscope: internal error: " + Printable.escaped(String.valueOf(ex)));
            return 1;
        });
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Within the limits a default heap is enough; a heap made small on purpose may not be.
            cli.getErr().println("slotscope: Java ran out of memory; start it with a bigger heap (java -Xmx1g -jar …)");
            return 1;
        }
        if (stdout.checkError()) {
            cli.getErr().println("slotscope: could not write the output: standard output is full or closed");
            return status == 0 ? 1 : status;
        }
        return status;
    }
}
