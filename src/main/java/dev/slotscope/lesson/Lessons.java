package dev.slotscope.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where lessons come from: the ones shipped with the app ({@code builtin:slots}) and files. A
 * built-in lesson is a resource in the same format as any file and goes through the same reader,
 * so it is checked as strictly as a teacher's own.
 */
public final class Lessons {

    /** Marks a built-in lesson where a file path could also be given: {@code builtin:slots}. */
    public static final String BUILTIN_PREFIX = "builtin:";

    private static final List<String> BUILTIN_NAMES = List.of("slots");

    private Lessons() {
    }

    /** The built-in lessons' names, without the prefix: {@code slots}. */
    public static List<String> builtinNames() {
        return BUILTIN_NAMES;
    }

    /** A built-in lesson by name, with or without {@value #BUILTIN_PREFIX}. */
    public static Lesson builtin(String name) {
        String bare = name.startsWith(BUILTIN_PREFIX) ? name.substring(BUILTIN_PREFIX.length()) : name;
        if (!BUILTIN_NAMES.contains(bare)) {
            throw new LessonFileException("there is no built-in lesson '" + name + "'; built-in lessons: "
                    + BUILTIN_NAMES.stream().map(n -> BUILTIN_PREFIX + n).collect(Collectors.joining(", ")));
        }
        String resource = bare + LessonFile.EXTENSION;
        try (InputStream in = Lessons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in lesson " + resource + " is missing from the build");
            }
            return LessonFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILTIN_PREFIX + bare);
        } catch (IOException e) {
            // A resource inside the application's own jar that cannot be read means a broken install.
            throw new UncheckedIOException("cannot read the built-in lesson " + resource, e);
        }
    }

    /** {@code builtin:NAME} for a built-in lesson, anything else a path to a lesson file. */
    public static Lesson open(String spec) {
        if (spec.startsWith(BUILTIN_PREFIX)) {
            return builtin(spec);
        }
        Path file;
        try {
            file = Path.of(spec);
        } catch (InvalidPathException e) {
            throw new LessonFileException("'" + spec + "' is neither a built-in lesson (" + BUILTIN_PREFIX
                    + "NAME) nor a usable file path", e);
        }
        return LessonFile.read(file);
    }
}
