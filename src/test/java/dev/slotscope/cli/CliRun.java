package dev.slotscope.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One run of the command line in this JVM: its exit status, standard output and standard error. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SlotscopeCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code describe args} refuses its input: exit status 2, nothing on standard output, one line starting with {@code expected}. */
    static void assertDescribeRefuses(String expected, String... args) {
        String[] argv = new String[args.length + 1];
        argv[0] = "describe";
        System.arraycopy(args, 0, argv, 1, args.length);
        CliRun run = of(argv);
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("slotscope: " + expected), err);
    }
}
