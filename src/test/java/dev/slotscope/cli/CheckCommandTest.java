package dev.slotscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slotscope.cpython.StubPython;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.slotscope.cpython.StubPython.STUDENT;
import static dev.slotscope.cpython.StubPython.STUDENT_3_12;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code describe --source F.py --check --python PATH}, with a stub interpreter that prints what
 * python3.12 answered for this source, so no Python is needed.
 */
class CheckCommandTest {

    @TempDir
    Path folder;

    private Path source() throws Exception {
        Path file = folder.resolve("student.py");
        Files.writeString(file, STUDENT);
        return file;
    }

    private Path python(String body) throws Exception {
        return StubPython.stub(folder, body);
    }

    private Path answering(String json) throws Exception {
        return StubPython.answering(folder, json);
    }

    @Test
    void theTableShowsTheModelBesideTheInterpreter() throws Exception {
        Path python = answering(STUDENT_3_12);
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--source", source().toString(), "--class",
                "Student", "--check", "--python", python.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Checked with " + python), run.out());
        assertTrue(run.out().contains("Made with None for name"), run.out());
        assertTrue(run.out().contains("model (3.12)  Python 3.12.1"), run.out());
        assertTrue(run.out().contains("bytes per instance   80            80             same"), run.out());
        assertTrue(run.out().contains("__dict__ keys        name, age     name, age      same"), run.out());
        assertTrue(run.out().contains("The model and the interpreter agree on every figure."), run.out());
    }

    @Test
    void aDifferenceIsListedInTheJsonAndTheExitStatus() throws Exception {
        Path python = answering(STUDENT_3_12.replace("\"getsizeof\": 48", "\"getsizeof\": 56"));
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--source", source().toString(), "--check",
                "--python", python.toString(), "--json");
        assertEquals(CheckOutput.DIFFERENT, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(48, json.get("getsizeof").asInt(), "the model's figures stay where describe puts them");
        JsonNode check = json.get("check");
        assertEquals(python.toString(), check.get("interpreter").asText());
        assertEquals("3.12.1", check.get("python").asText());
        assertEquals(56, check.get("getsizeof").asInt());
        assertEquals("name", check.get("noneFor").get(0).asText());
        assertEquals(1, check.get("differences").size());
        JsonNode difference = check.get("differences").get(0);
        assertEquals("getsizeof", difference.get("figure").asText());
        assertEquals("48", difference.get("model").asText());
        assertEquals("56", difference.get("measured").asText());
        assertTrue(CliRun.of("describe", "--runtime", "cpython-3.12", "--source", source().toString(), "--check",
                "--python", python.toString()).out().contains("sys.getsizeof        48            56             DIFFERENT"));
    }

    @Test
    void noAnswerHasItsOwnExitStatus() throws Exception {
        Path python = python("sleep 600 & exit 0");
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--source", source().toString(), "--check",
                "--python", python.toString(), "--json");
        assertEquals(CheckOutput.UNANSWERED, run.status(), run.err());
        JsonNode check = new ObjectMapper().readTree(run.out()).get("check");
        assertEquals(false, check.get("answered").asBoolean());
        assertEquals("python3.12 ended (exit status 0) without measuring", check.get("reason").asText());
    }

    @Test
    void noInterpreterIsExitStatusThree() throws Exception {
        Path missing = folder.resolve("python3.12");
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--source", source().toString(), "--check",
                "--python", missing.toString());
        assertEquals(MemoryCommand.NO_INTERPRETER, run.status());
        assertEquals("slotscope: no CPython 3.12 at " + missing + ": it is not an executable file", run.err().strip());
    }

    @Test
    void checkGoesWithASource() {
        CliRun run = CliRun.of("describe", "--runtime", "cpython-3.12", "--variant", "slotted", "--check");
        assertEquals(SlotscopeCommand.USAGE_ERROR, run.status());
        assertEquals("slotscope: --check and --python go with a CPython runtime and --source FILE.py", run.err().strip());
    }

    @Test
    void theHelpSaysTheExitStatuses() {
        String help = CliRun.of("describe", "--help").out();
        assertTrue(help.contains("4   --check: a figure differs"), help);
        assertTrue(help.contains("3   --check found no interpreter of that version"), help);
    }
}
