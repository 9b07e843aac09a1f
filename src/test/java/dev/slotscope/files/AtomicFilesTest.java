package dev.slotscope.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A write either replaces the file with the whole new content or leaves everything as it was. */
class AtomicFilesTest {

    @TempDir
    Path folder;

    private Path existing() throws IOException {
        Path file = folder.resolve("lesson.slotscope.json");
        Files.writeString(file, "the old content");
        return file;
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileByteForByte() throws IOException {
        Path file = existing();
        byte[] before = Files.readAllBytes(file);
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(file, out -> {
            out.write("{\"format\": \"slotscope-lesson\", \"ver".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + file + ": the disk is full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void aContentThatBreaksLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = existing();
        byte[] before = Files.readAllBytes(file);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("serialisation broke");
        }));
        assertEquals("serialisation broke", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void otherFailuresGiveTheSystemsReasonInOneLine() throws IOException {
        Path file = folder.resolve("new.png");
        FileWriteException e = assertThrows(FileWriteException.class, () -> AtomicFiles.write(file, out -> {
            throw new IOException("Input/output error");
        }));
        assertEquals("cannot write " + file + ": Input/output error", e.getMessage());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByAll() throws IOException {
        Path file = existing();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, out -> out.write(1));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Path fresh = folder.resolve("fresh.svg");
        AtomicFiles.write(fresh, out -> out.write(1));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
