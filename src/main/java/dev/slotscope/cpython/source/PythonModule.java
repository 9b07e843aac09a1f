package dev.slotscope.cpython.source;

import java.util.List;
import java.util.Optional;

/**
 * A user's Python source: its text and the class statements read from it, in order.
 * {@link #parse(String)} reads it without running any of it.
 */
public record PythonModule(String text, List<ClassStatement> classes) {

    public PythonModule {
        classes = List.copyOf(classes);
    }

    /** Reads {@code text}; throws {@link SourceException} at the first line outside the subset. */
    public static PythonModule parse(String text) {
        return new PythonModule(text, new ClassParser(text).parse());
    }

    public Optional<ClassStatement> find(String name) {
        return classes.stream().filter(c -> c.name().equals(name)).reduce((first, later) -> later);
    }

    /** The class names, in the order they are defined. */
    public List<String> names() {
        return classes.stream().map(ClassStatement::name).distinct().toList();
    }

    /** The class the user most likely means: the last one defined (a child after its parents). */
    public Optional<String> lastClass() {
        return classes.isEmpty() ? Optional.empty() : Optional.of(classes.get(classes.size() - 1).name());
    }
}
