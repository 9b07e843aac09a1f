package dev.slotscope.jvm;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Compiles a user's Java compilation unit in this process with the JDK's own compiler, in memory:
 * no file is read or written. The unit sees the JDK only, not Slotscope's classes, so what compiles
 * here compiles with a plain {@code javac}.
 */
public final class JavaSourceCompiler {

    /** The name a source typed in the window goes by in messages: it has no file name of its own. */
    public static final String TYPED_FILE_NAME = "YourClass.java";

    /** No annotation processor of the class path runs on a user's source. */
    private static final List<String> OPTIONS = List.of("-proc:none");

    /** The last unit compiled: the window asks again for each VM mode, class picked and growth step. */
    private static final AtomicReference<Remembered> LAST = new AtomicReference<>();

    private record Remembered(String fileName, String source, JavaCompilation result) {
    }

    private JavaSourceCompiler() {
    }

    /**
     * Compiles {@code source}, shown as {@code fileName} (e.g. {@code Point.java}) in messages; the
     * same text asked again gets the same answer without compiling again.
     */
    public static JavaCompilation compile(String fileName, String source) {
        Remembered last = LAST.get();
        if (last != null && last.fileName().equals(fileName) && last.source().equals(source)) {
            return last.result();
        }
        JavaCompilation result = compile(fileName, source, ToolProvider::getSystemJavaCompiler);
        LAST.set(new Remembered(fileName, source, result));
        return result;
    }

    static JavaCompilation compile(String fileName, String source, Supplier<JavaCompiler> compilers) {
        JavaCompiler compiler = compilers.get();
        if (compiler == null) {
            return new JavaCompilation.NoCompiler(System.getProperty("java.home"));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard =
                compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8);
        try (MemoryFileManager files = new MemoryFileManager(standard)) {
            boolean ok = compiler.getTask(null, files, diagnostics, OPTIONS, null, List.of(new Unit(fileName, source)))
                    .call();
            List<CompileDiagnostic> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(new CompileDiagnostic(Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()),
                            d.getMessage(Locale.ENGLISH)));
                }
            }
            if (!ok || !errors.isEmpty()) {
                return new JavaCompilation.Failed(fileName, errors.isEmpty()
                        ? List.of(new CompileDiagnostic(0, 0, "the compiler failed without saying why")) : errors);
            }
            return new JavaCompilation.Compiled(fileName, files.classFiles());
        } catch (IOException e) {
            // Only closing the in-memory manager can throw here, and nothing of it is kept.
            throw new IllegalStateException(e);
        }
    }

    /** The user's text as the compiler's one source file. */
    private static final class Unit extends SimpleJavaFileObject {
        private final String text;

        Unit(String fileName, String text) {
            super(uri(fileName), Kind.SOURCE);
            this.text = text;
        }

        private static URI uri(String fileName) {
            try {
                return new URI("string", null, "/" + fileName, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("'" + fileName + "' cannot name a Java source", e);
            }
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        /**
         * Any public class may stand in the unit: a typed text has no file name to agree with, and
         * the name does not change a layout.
         */
        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }
    }

    /** Keeps class files in a map instead of writing them, and hides the class path from the unit. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("memory:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    outputs.put(className, bytes);
                    return bytes;
                }
            };
        }

        @Override
        public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                             boolean recurse) throws IOException {
            // Slotscope's own jar and libraries are on the class path: the user's unit does not see them.
            return location == StandardLocation.CLASS_PATH ? List.of() : super.list(location, packageName, kinds, recurse);
        }

        Map<String, byte[]> classFiles() {
            Map<String, byte[]> classes = new LinkedHashMap<>();
            outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
            return classes;
        }
    }
}
