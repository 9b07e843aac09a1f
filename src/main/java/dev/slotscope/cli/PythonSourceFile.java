package dev.slotscope.cli;

import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A Python file given with {@code --source}, read as UTF-8 and parsed; every problem with it,
 * from a missing file to Python's own {@code TypeError}, becomes one line naming the file and line.
 */
record PythonSourceFile(Path path, PythonModule source) {

    /** The largest source read: a file of class statements, not a program. */
    static final long MAX_BYTES = 1_000_000;

    static PythonSourceFile read(Path path) {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new IllegalArgumentException(path + " is larger than " + MAX_BYTES / 1000 + " KB: a class source"
                        + " is read whole, and this one is not a few classes");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + path);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(path + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + ": " + e.getMessage());
        }
        String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
        PythonSourceFile file = new PythonSourceFile(path, null);
        PythonModule parsed = file.within(() -> PythonModule.parse(withoutMark));
        return new PythonSourceFile(path, parsed);
    }

    /** The class meant when none is named: the last one the file defines. */
    String lastClass() {
        return source.lastClass().orElseThrow(() -> new IllegalArgumentException(path + " defines no class"));
    }

    /** Runs {@code work}, a problem of the source becoming one line that names the file. */
    <T> T within(Supplier<T> work) {
        try {
            return work.get();
        } catch (SourceException e) {
            throw new IllegalArgumentException(path.getFileName() + " " + e.sentence());
        }
    }
}
