package dev.slotscope;

import dev.slotscope.Main.Start;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a start does with its arguments: the window (with a lesson file or not) or a command. */
class MainTest {

    @Test
    void noArgumentsOpenTheWindow() {
        assertEquals(new Start.Window(Optional.empty()), Main.decide(new String[0]));
    }

    @Test
    void aSingleLessonFileOpensTheWindowWithIt() {
        assertEquals(new Start.Window(Optional.of("/home/t/slots.slotscope.json")),
                Main.decide(new String[] {"/home/t/slots.slotscope.json"}));
        // A lesson saved under another name or in capitals is still a lesson file; whether it
        // exists or parses is for the window to say.
        assertEquals(new Start.Window(Optional.of("C:\\Lessons\\WEEK1.JSON")), Main.decide(new String[] {"C:\\Lessons\\WEEK1.JSON"}));
        assertEquals(new Start.Window(Optional.of("missing.slotscope.json")), Main.decide(new String[] {"missing.slotscope.json"}));
    }

    @Test
    void commandsStayCommands() {
        assertEquals(new Start.Command(List.of("describe", "--runtime", "cpython-3.12", "--variant", "slotted", "--json")),
                Main.decide(new String[] {"describe", "--runtime", "cpython-3.12", "--variant", "slotted", "--json"}));
        assertEquals(new Start.Command(List.of("--help")), Main.decide(new String[] {"--help"}));
        assertEquals(new Start.Command(List.of("describe")), Main.decide(new String[] {"describe"}));
        // A lesson file after a command word is that command's argument, not a window.
        assertEquals(new Start.Command(List.of("export", "--lesson", "a.slotscope.json")),
                Main.decide(new String[] {"export", "--lesson", "a.slotscope.json"}));
    }
}
