package dev.slotscope.cli;

import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JavaSourceCompiler;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code --source FILE.java} on a JVM runtime: the file compiled in memory and one of its classes laid
 * out, never initialised. Every failure is an {@link IllegalArgumentException} meant for the user.
 */
final class JavaSourceDescribe {

    /** The largest source read, as for a Python one: a file of classes, not a program. */
    static final long MAX_BYTES = 1_000_000;

    private JavaSourceDescribe() {
    }

    /** Lays out {@code className} of {@code file}, or its only top-level class when {@code className} is null. */
    static JvmObject describe(Path file, String className, JvmMode mode, boolean graph) {
        String text = readUtf8(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!name.endsWith(".java")) {
            throw new IllegalArgumentException(file + " is not a Java source file (.java): a JVM runtime compiles Java");
        }
        JavaCompilation.Compiled unit = JavaSourceCompiler.compile(name, text).compiled();
        return new JvmLens().describeCompiled(unit, Optional.ofNullable(className), mode, graph);
    }

    /** The file's text; a missing, unreadable or non-UTF-8 file is one sentence. */
    static String readUtf8(Path file) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder, not a source file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException(file + " is larger than " + MAX_BYTES / 1000 + " KB: a class source"
                        + " is compiled whole, and this one is not a few classes");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            // Some Windows editors begin UTF-8 files with a byte order mark, which javac would call an illegal character.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
