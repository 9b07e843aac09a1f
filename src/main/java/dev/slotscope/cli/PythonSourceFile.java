package dev.slotscope.cli;

import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A Python file given with {@code --source}, read as UTF-8 and parsed; every problem with it,
 * from a missing file to Python's own {@code TypeError}, becomes one line naming the file and line.
 */
record PythonSourceFile(Path path, PythonModule source) {

    static PythonSourceFile read(Path path) {
        String text = SourceText.read(path);
        PythonSourceFile file = new PythonSourceFile(path, null);
        return new PythonSourceFile(path, file.within(() -> PythonModule.parse(text)));
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
