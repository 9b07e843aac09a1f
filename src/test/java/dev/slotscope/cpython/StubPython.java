package dev.slotscope.cpython;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Stub interpreters for the live check's tests: a shell script named {@code python3.12} that prints
 * what the real one printed (or misbehaves), so no test needs a Python.
 */
public final class StubPython {

    /** A class the stubs answer for. */
    public static final String STUDENT = """
            class Student:
                def __init__(self, name, age=0):
                    self.name = name
                    self.age = age
            """;

    /** What /root/.pyenv/versions/3.12.1/bin/python3.12 answered for {@link #STUDENT} through live_check.py. */
    public static final String STUDENT_3_12 = "{\"noneFor\": [\"name\"], \"basicsize\": 16, \"dictoffset\": -1,"
            + " \"weakrefoffset\": -32, \"getsizeof\": 48, \"bytesPerInstance\": 80, \"slots\": [],"
            + " \"dictKeys\": [\"name\", \"age\"], \"python\": \"3.12.1\", \"printed\": \"\"}";

    private StubPython() {
    }

    /** A stub {@code python3.12} in {@code dir} running {@code body} as a POSIX shell script. */
    public static Path stub(Path dir, String body) throws IOException {
        Path exe = dir.resolve("python3.12");
        Files.writeString(exe, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        return exe;
    }

    /** A stub that answers {@code json} as live_check.py would, after a line it prints first. */
    public static Path answering(Path dir, String json) throws IOException {
        return stub(dir, "echo 'ignored line'\ncat <<'JSON'\nslotscope-live-check " + json + "\nJSON");
    }
}
