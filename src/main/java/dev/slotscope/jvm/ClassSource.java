package dev.slotscope.jvm;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Finds a class by binary name in the JDK, the app, jars and class folders the user names, or the
 * classes a user's source compiled to, <em>without initialising it</em>: no static initialiser of a
 * user's class ever runs here.
 */
public final class ClassSource implements AutoCloseable {

    private static final Pattern BINARY_NAME =
            Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    private final ClassLoader loader;
    private final URLClassLoader ownLoader;
    private final String where;

    private ClassSource(ClassLoader loader, URLClassLoader ownLoader, String where) {
        this.loader = loader;
        this.ownLoader = ownLoader;
        this.where = where;
    }

    /** The JDK and the app's own classes. */
    public static ClassSource ofApp() {
        return new ClassSource(ClassSource.class.getClassLoader(), null, "the JDK or Slotscope");
    }

    /** Jars and class folders, checked up front so a broken one is named in the message. */
    public static ClassSource of(List<Path> classpath) {
        if (classpath.isEmpty()) {
            return ofApp();
        }
        List<URL> urls = new ArrayList<>();
        for (Path path : classpath) {
            urls.add(checkedUrl(path));
        }
        URLClassLoader own = new URLClassLoader(urls.toArray(new URL[0]), ClassSource.class.getClassLoader());
        return new ClassSource(own, own, classpath.toString());
    }

    /** The classes compiled from a user's source, in a loader of their own that sees only the JDK. */
    public static ClassSource of(JavaCompilation.Compiled unit) {
        return new ClassSource(new MemoryClassLoader(unit.classFiles()), null, unit.fileName());
    }

    private static URL checkedUrl(Path path) {
        if (!Files.exists(path)) {
            throw new JvmLensException("no such file or folder: " + path);
        }
        if (!Files.isReadable(path)) {
            throw new JvmLensException("cannot read " + path);
        }
        if (Files.isRegularFile(path)) {
            try (JarFile jar = new JarFile(path.toFile())) {
                jar.size();
            } catch (IOException e) {
                throw new JvmLensException(path + " is not a readable jar (" + e.getMessage() + ")");
            }
        }
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new JvmLensException("cannot use " + path + ": " + e.getMessage());
        }
    }

    /** Whether {@code klass} came from the user's jars, folders or source rather than the JDK or Slotscope. */
    public boolean isUsers(Class<?> klass) {
        ClassLoader l = klass.getClassLoader();
        return l != null && l == loader && loader != ClassSource.class.getClassLoader();
    }

    /** Loads {@code binaryName} without running its static initialiser. */
    public Class<?> load(String binaryName) {
        if (binaryName == null || !BINARY_NAME.matcher(binaryName).matches()) {
            throw new JvmLensException("'" + binaryName + "' is not a Java class name (expected e.g. java.util.HashMap)");
        }
        try {
            return Class.forName(binaryName, false, loader);
        } catch (ClassNotFoundException e) {
            throw new JvmLensException("no class named " + binaryName + " in " + where);
        } catch (LinkageError e) {
            throw new JvmLensException(binaryName + " could not be loaded: " + e);
        }
    }

    /** Defines classes from bytes held in memory, only when asked for (so never initialised here). */
    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classFiles;

        MemoryClassLoader(Map<String, byte[]> classFiles) {
            super("slotscope-source", ClassLoader.getPlatformClassLoader());
            this.classFiles = classFiles;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classFiles.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    @Override
    public void close() {
        if (ownLoader != null) {
            try {
                ownLoader.close();
            } catch (IOException e) {
                // Nothing was written; a jar left open until exit is harmless.
            }
        }
    }
}
