package dev.slotscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.jvm.ClassFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 1: a user's constructor runs only in a child VM, so one that loops, exits or
 * prints costs the user one sentence and never hangs, ends or garbles Slotscope itself.
 */
class UserCodeIsolationTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path classFolder(String fileName, String source) throws IOException {
        return ClassFolders.compiled(dir, fileName, source);
    }

    @Test
    void aConstructorThatLoopsIsStoppedAfterTenSecondsWithItsProcesses() throws Exception {
        Path pids = dir.resolve("pids.txt");
        Path source = write("Spinner.java", """
                public class Spinner {
                    long[] data = new long[2];
                    public Spinner() throws Exception {
                        Process sleeper = new ProcessBuilder("sleep", "60").start();
                        java.nio.file.Files.writeString(java.nio.file.Path.of("%s"),
                                ProcessHandle.current().pid() + " " + sleeper.pid());
                        while (true) {
                            data[0]++;
                        }
                    }
                }
                """.formatted(pids.toString().replace("\\", "\\\\")));
        long start = System.nanoTime();
        CliRun run = CliRun.of("describe", "--runtime", "jvm", "--source", source.toString(), "--graph");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(2, run.status(), run.err());
        assertEquals("slotscope: the constructor of Spinner did not finish in 10 s; its VM was stopped",
                run.err().strip());
        assertEquals("", run.out());
        assertTrue(seconds < 20, "stopped on time: " + seconds + " s");
        for (String pid : Files.readString(pids).split(" ")) {
            // Killed with the child: each one's end is awaited (a TimeoutException fails the test).
            var process = ProcessHandle.of(Long.parseLong(pid));
            if (process.isPresent()) {
                process.get().onExit().get(5, TimeUnit.SECONDS);
            }
            assertFalse(process.map(ProcessHandle::isAlive).orElse(false), "process " + pid + " was killed with the child");
        }
    }

    @Test
    void aConstructorThatSleepsInAClassFromTheClasspathIsStoppedToo() throws Exception {
        Path classes = classFolder("Sleepy.java", """
                package demo;
                public class Sleepy {
                    int x;
                    public Sleepy() throws InterruptedException {
                        Thread.sleep(600_000);
                    }
                }
                """);
        CliRun run = CliRun.of("describe", "--runtime", "jvm", "--class", "demo.Sleepy", "--classpath", classes.toString(),
                "--graph");
        assertEquals(2, run.status(), run.err());
        assertEquals("slotscope: the constructor of demo.Sleepy did not finish in 10 s; its VM was stopped",
                run.err().strip());
        CliRun layoutOnly = CliRun.of("describe", "--runtime", "jvm", "--class", "demo.Sleepy", "--classpath",
                classes.toString());
        assertEquals(0, layoutOnly.status(), "without --graph no instance is made and nothing runs: " + layoutOnly.err());
    }

    @Test
    void aConstructorThatCallsSystemExitEndsOnlyTheChild() throws Exception {
        Path source = write("Quitter.java", """
                public class Quitter {
                    int x;
                    public Quitter() {
                        System.exit(3);
                    }
                }
                """);
        CliRun run = CliRun.of("describe", "--runtime", "jvm", "--source", source.toString(), "--graph", "--json");
        assertEquals(2, run.status(), run.err());
        assertEquals("slotscope: the constructor of Quitter ended the Java VM (System.exit(3)) before it was measured",
                run.err().strip());
        Path halting = write("Halter.java", "public class Halter { int x; public Halter() { Runtime.getRuntime().halt(4); } }");
        CliRun halted = CliRun.of("describe", "--runtime", "jvm", "--source", halting.toString(), "--graph");
        assertEquals(2, halted.status(), halted.err());
        assertEquals("slotscope: the constructor of Halter ended the Java VM (exit status 4) before it was measured",
                halted.err().strip());
        Path classes = classFolder("StaticQuitter.java", """
                package demo;
                public class StaticQuitter {
                    static { System.exit(0); }
                    int x;
                }
                """);
        CliRun fromClasspath = CliRun.of("describe", "--runtime", "jvm", "--class", "demo.StaticQuitter", "--classpath",
                classes.toString(), "--graph");
        assertEquals(2, fromClasspath.status(), fromClasspath.err());
        assertEquals("slotscope: the constructor of demo.StaticQuitter ended the Java VM (System.exit(0)) before it"
                + " was measured", fromClasspath.err().strip());
    }

    @Test
    void whatAConstructorPrintsNeverReachesOurOutput() throws Exception {
        Path source = write("Chatty.java", """
                public class Chatty {
                    int x = 1;
                    String name = "chatty";
                    public Chatty() {
                        for (int i = 0; i < 1000; i++) {
                            System.out.println("{\\"not\\": \\"json\\"}");
                            System.err.println("noise on stderr");
                        }
                    }
                }
                """);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            run = CliRun.of("describe", "--runtime", "jvm", "--source", source.toString(), "--graph", "--json");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        var json = new ObjectMapper().readTree(run.out());
        assertEquals("Chatty", json.get("className").asText());
        assertTrue(json.get("attached").toString().contains("chatty"), "the graph was walked in the child");
        assertEquals(System.getProperty("java.specification.version"), json.get("vm").get("jdk").asText().split("[.+]")[0]);
    }
}
