package dev.slotscope.cli;

import dev.slotscope.export.ScenePictures;
import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The command line under careless or hostile input: honest statuses, one printable line, no lies in captions. */
class HostileInputCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownCommandSuggestsTheRealHelp() {
        CliRun run = CliRun.of("bogus");
        assertEquals(SlotscopeCommand.USAGE_ERROR, run.status());
        assertEquals("slotscope: Unmatched argument at index 0: 'bogus' (see 'slotscope --help')\n", run.err());
        CliRun sub = CliRun.of("describe", "--runtime", "cpython-3.12", "--bogus");
        assertEquals("slotscope: Unknown option: '--bogus' (see 'slotscope describe --help')\n", sub.err());
    }

    @Test
    void outputThatCannotBeWrittenIsAnErrorNotASilentSuccess() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SlotscopeCommand.run(new String[] {"describe", "--runtime", "cpython-3.12"},
                new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("slotscope: could not write the output: standard output is full or closed\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void terminalEscapesInAnAttributeNameAreShownNotObeyed() {
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--attrs", "x\u001b[2J\u001b[31mred,\u0007bell");
        assertEquals(SlotscopeCommand.USAGE_ERROR, run.status());
        assertEquals("slotscope: 'x\\u001b[2J\\u001b[31mred' is not a Python identifier\n", run.err());
        CliRun newline = CliRun.of("describe", "--runtime", "cpython-3.12", "--attrs", "a\nb");
        assertEquals("slotscope: 'a\\u000ab' is not a Python identifier\n", newline.err());
    }

    @Test
    void anEscapeInAFileNameIsShownNotObeyed() {
        Path lesson = dir.resolve("evil\u001b]0;owned\u0007.slotscope.json");
        CliRun run = CliRun.of("export", "--lesson", lesson.toString(), "--out", dir.resolve("deck").toString());
        assertEquals(SlotscopeCommand.USAGE_ERROR, run.status());
        assertFalse(run.err().contains("\u001b") || run.err().contains("\u0007"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aLayoutOfTwoVariantsIsRefusedRatherThanDrawingOneAndNamingBoth() {
        Path out = dir.resolve("two.png");
        for (String view : List.of("layout", "grow")) {
            CliRun run = CliRun.of("export", "--view", view, "--runtime", "cpython-3.12", "--variant", "standard,slotted",
                    "--add", "z", "--out", out.toString());
            assertEquals(SlotscopeCommand.USAGE_ERROR, run.status(), run.err());
            assertEquals("slotscope: --view " + view + " shows one class, not standard, slotted; --view compare sets them"
                    + " side by side\n", run.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void aLessonsLayoutSceneOfTwoVariantsIsCaptionedWithTheOneDrawn() {
        Scene scene = new Scene("Layout", ViewKind.LAYOUT, Runtime.fromId("cpython-3.12"), List.of("standard", "slotted"),
                List.of("x", "y"), List.of(), 0, 1, Theme.LIGHT, Scene.MIN_ZOOM, "", List.of());
        assertEquals("Slotscope · CPython 3.12 · standard · x, y", ScenePictures.captionOf(scene));
    }
}
