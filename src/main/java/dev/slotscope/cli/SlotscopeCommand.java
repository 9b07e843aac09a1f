package dev.slotscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;

/** The {@code slotscope} command line: one subcommand per verb, all over the same model. */
@Command(name = "slotscope", mixinStandardHelpOptions = true, version = "Slotscope 0.1",
        description = "Shows what an object really looks like in memory.",
        subcommands = {DescribeCommand.class, GrowCommand.class, MemoryCommand.class, ExportCommand.class})
public final class SlotscopeCommand implements Runnable {

    /** Exit status for bad arguments or input. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit status; errors are one line on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new SlotscopeCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("slotscope: " + ex.getMessage()
                    + " (see 'slotscope " + ex.getCommandLine().getCommandName() + " --help')");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof IllegalArgumentException) {
                commandLine.getErr().println("slotscope: " + ex.getMessage());
                return USAGE_ERROR;
            }
            if (ex instanceof dev.slotscope.memory.MeasurementFailedException) {
                commandLine.getErr().println("slotscope: measurement failed: " + ex.getMessage());
                return 1;
            }
            commandLine.getErr().println("slotscope: internal error: " + ex);
            return 1;
        });
        return cli.execute(args);
    }
}
