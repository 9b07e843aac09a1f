package dev.slotscope.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Class folders for {@code --classpath}, compiled from source in a test: a user's classes as javac leaves them. */
public final class ClassFolders {
    private ClassFolders() {
    }

    /** Compiles {@code source} into class files in {@code dir/classes} and returns that folder. */
    public static Path compiled(Path dir, String fileName, String source) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        for (Map.Entry<String, byte[]> file : JavaSourceCompiler.compile(fileName, source).compiled().classFiles().entrySet()) {
            Path target = classes.resolve(file.getKey().replace('.', '/') + ".class");
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return classes;
    }
}
