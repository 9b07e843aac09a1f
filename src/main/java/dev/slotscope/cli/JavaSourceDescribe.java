package dev.slotscope.cli;

import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JavaSourceCompiler;
import dev.slotscope.jvm.JvmLayouts;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.runtime.Subject;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code --source FILE.java} on a JVM runtime: the file compiled in memory and one of its classes laid
 * out, never initialised. Every failure is an {@link IllegalArgumentException} meant for the user.
 */
final class JavaSourceDescribe {

    private JavaSourceDescribe() {
    }

    /** Lays out (where {@code lens} reads) {@code className} of {@code file}, or its only top-level class when {@code className} is null. */
    static JvmObject describe(JvmLayouts lens, Path file, String className, JvmMode mode, boolean graph) {
        return lens.describeCompiled(compile(file, readJava(file)), Optional.ofNullable(className), mode, graph);
    }

    /**
     * What a command lays out of a Java source file: {@code className} of it (checked, so an unknown
     * name names the file), or its only top-level class when {@code className} is null.
     */
    static Subject.Written subject(Path file, String className) {
        String text = readJava(file);
        JavaCompilation.Compiled unit = compile(file, text);
        return new Subject.Written(text, className == null ? unit.onlyTopLevelClass() : checked(unit, className));
    }

    private static String checked(JavaCompilation.Compiled unit, String className) {
        unit.binaryName(className);
        return className;
    }

    /** The text of a Java source file; anything else (missing, not UTF-8, not {@code .java}) is one sentence. */
    static String readJava(Path file) {
        String text = SourceText.read(file);
        if (!fileName(file).endsWith(".java")) {
            throw new IllegalArgumentException(file + " is not a Java source file (.java): a JVM runtime compiles Java");
        }
        return text;
    }

    /** {@code text}, read from {@code file}, compiled; errors name the file and line. */
    private static JavaCompilation.Compiled compile(Path file, String text) {
        return JavaSourceCompiler.compile(fileName(file), text).compiled();
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
