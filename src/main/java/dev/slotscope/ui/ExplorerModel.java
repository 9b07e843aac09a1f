package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Subject;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.jvm.CompileDiagnostic;
import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JavaSourceCompiler;
import dev.slotscope.jvm.probe.LocalJdks;
import dev.slotscope.jvm.probe.LocalJvm;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * What one explorer shows: the user's choices as properties, and the {@link ViewState} that
 * follows from them. CPython layouts are computed at once; JVM layouts (JOL walks) on a
 * background thread, with {@link #busy()} set meanwhile, so the window never waits for them.
 * Bad input leaves the last good state in place and sets {@link #error()}.
 */
public final class ExplorerModel {

    /** What the class-source editor starts with: the lesson's point, as a learner would write it. */
    static final String EXAMPLE_SOURCE = """
            class Student:
                def __init__(self, name, age):
                    self.name = name
                    self.age = age


            class SlottedStudent:
                __slots__ = ('name', 'age')

                def __init__(self, name, age):
                    self.name = name
                    self.age = age
            """;

    /** What the editor starts with on the JVM: a subclass, whose fields the VM packs after its parent's. */
    static final String EXAMPLE_JAVA_SOURCE = """
            class Person {
                String name;
                int age;
            }

            class Student extends Person {
                boolean enrolled;
                long id;
            }
            """;

    /** Layouts are measured one after another, so the newest request is answered last and wins. */
    private static final ExecutorService JOL_THREAD = Background.thread("slotscope-jol");

    private final ViewStates states = new ViewStates();
    private final ObjectProperty<Runtime> runtime =
            new SimpleObjectProperty<>(new Runtime.CPython(dev.slotscope.cpython.CPythonVersion.V3_10));
    private final ObservableList<ClassChoice> classChoices = FXCollections.observableArrayList();
    private final ObservableList<Runtime> runtimes = FXCollections.observableArrayList(Runtime.all());

    /** The JDKs of this machine, each in each way worth measuring it: looked for once, when first asked. */
    private static final class LocalRuntimes {
        static final List<Runtime> FOUND = Runtime.Jvm.onLocalJdks();
    }

    private final ObjectProperty<ClassChoice> classChoice = new SimpleObjectProperty<>();
    private final StringProperty attributes = new SimpleStringProperty("x, y");
    private final StringProperty className = new SimpleStringProperty("java.util.HashMap");
    private final ObjectProperty<List<Path>> classpath = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty walkGraph = new SimpleBooleanProperty(false);
    private final StringProperty source = new SimpleStringProperty(EXAMPLE_SOURCE);
    private final StringProperty sourceClass = new SimpleStringProperty("");
    private final ObservableList<String> sourceClasses = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<ViewState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(false);
    /** The runtime and class the state shown was made for. */
    private Runtime shownRuntime;
    private ClassChoice shownChoice;
    private long generation;
    /** The editor's text in the other lens's language, kept while this lens shows its own. */
    private String otherLanguageSource = EXAMPLE_JAVA_SOURCE;

    private final Threads threads;

    public ExplorerModel() {
        this(Threads.app(JOL_THREAD));
    }

    /** @param threads where layouts that walk real objects (the JVM's) are made, and where their results are shown */
    public ExplorerModel(Threads threads) {
        this.threads = threads;
        // The JDKs of this machine join the menu once found: finding them reads folders, off the
        // JavaFX thread, once for all explorers.
        threads.background().execute(() -> {
            List<Runtime> local = LocalRuntimes.FOUND;
            threads.fx().execute(() -> runtimes.addAll(local));
        });
        classChoices.setAll(runtime.get().classChoices());
        classChoice.set(classChoices.get(0));
        runtime.addListener((o, old, now) -> {
            if ((old instanceof Runtime.Jvm) != (now instanceof Runtime.Jvm)) {
                // Your class is written in the lens's language: Python for CPython, Java for the JVM.
                String shown = source.get();
                source.set(otherLanguageSource);
                otherLanguageSource = shown;
            }
            String id = classChoice.get() == null ? "standard" : classChoice.get().id();
            List<ClassChoice> choices = now.classChoices();
            classChoices.setAll(choices);
            classChoice.set(choices.stream().filter(c -> c.id().equals(id)).findFirst().orElse(choices.get(0)));
            update();
        });
        classChoice.addListener((o, old, now) -> update());
        attributes.addListener((o, old, now) -> update());
        className.addListener((o, old, now) -> update());
        classpath.addListener((o, old, now) -> update());
        walkGraph.addListener((o, old, now) -> update());
        source.addListener((o, old, now) -> update());
        sourceClass.addListener((o, old, now) -> update());
        update();
    }

    private void update() {
        ClassChoice choice = classChoice.get();
        if (choice == null) {
            return;
        }
        long current = ++generation;
        if (choice instanceof ClassChoice.WrittenClass && runtime.get() instanceof Runtime.CPython py) {
            written(current, py);
            return;
        }
        if (choice instanceof ClassChoice.WrittenClass && runtime.get() instanceof Runtime.Jvm jvm) {
            writtenJava(current, jvm);
            return;
        }
        try {
            AttributeNames names = AttributeNames.parse(attributes.get());
            Runtime rt = runtime.get();
            ViewStates.NamedClass named = new ViewStates.NamedClass(className.get() == null ? "" : className.get().strip(),
                    classpath.get(), walkGraph.get());
            if (rt.quick()) {
                show(current, states.of(rt, choice, names, named));
            } else {
                measure(current, () -> states.of(rt, choice, names, named));
            }
        } catch (IllegalArgumentException e) {
            fail(current, e.getMessage());
        }
    }

    /** The class the user wrote: read, its classes listed, the chosen one (else the last) drawn. */
    private void written(long current, Runtime.CPython runtime) {
        try {
            PythonModule code = PythonModule.parse(source.get() == null ? "" : source.get());
            if (!sourceClasses.equals(code.names())) {
                sourceClasses.setAll(code.names());
            }
            if (code.names().isEmpty()) {
                throw new SourceException(1, "no class yet: write a class statement, such as class Point:");
            }
            String name = code.names().contains(sourceClass.get()) ? sourceClass.get() : code.lastClass().orElseThrow();
            if (!name.equals(sourceClass.get())) {
                // The picker says which class is drawn; setting it draws it (update() again).
                sourceClass.set(name);
                return;
            }
            show(current, states.written(runtime.version(), new ViewStates.Written(code, name)));
        } catch (SourceException e) {
            fail(current, e.sentence());
            errorLine.set(e.line());
        }
    }

    /**
     * Your Java class: compiled (once per text: {@link JavaSourceCompiler} remembers) and laid out on
     * the background thread, loaded but never run; its classes listed, the chosen one (else the last
     * top-level one) drawn, a compile error at its line.
     */
    private void writtenJava(long current, Runtime.Jvm jvm) {
        String text = source.get() == null ? "" : source.get();
        String wanted = sourceClass.get();
        busy.set(true);
        coverOther();
        threads.background().execute(() -> {
            try {
                JavaCompilation result = JavaSourceCompiler.compile(JavaSourceCompiler.TYPED_FILE_NAME, text);
                if (result instanceof JavaCompilation.Failed failed) {
                    threads.fx().execute(() -> failAt(current, failed));
                    return;
                }
                // A Java without a compiler throws here, with the sentence that says so.
                JavaCompilation.Compiled unit = result.compiled();
                List<String> names = unit.classNames();
                Optional<String> name = names.contains(wanted) ? Optional.of(wanted) : unit.lastTopLevelClass();
                Optional<ViewState> drawn = name.filter(n -> n.equals(wanted))
                        .map(n -> states.writtenJava(jvm, new ViewStates.WrittenJava(unit, n)));
                threads.fx().execute(() -> listed(current, names, name, drawn));
            } catch (IllegalArgumentException e) {
                threads.fx().execute(() -> fail(current, e.getMessage()));
            } catch (RuntimeException | LinkageError e) {
                threads.fx().execute(() -> fail(current, "could not lay this out: " + e));
            }
        });
    }

    /** The classes of the Java source listed, and the one drawn; picking a class draws it (update() again). */
    private void listed(long current, List<String> names, Optional<String> name, Optional<ViewState> drawn) {
        if (current != generation) {
            return;
        }
        if (!sourceClasses.equals(names)) {
            sourceClasses.setAll(names);
        }
        if (name.isEmpty()) {
            fail(current, "no class yet: write a class, such as class Point { int x; }");
        } else if (drawn.isEmpty()) {
            sourceClass.set(name.get());
        } else {
            show(current, drawn.get());
        }
    }

    /** The first compile error, at its line ("line 3: ';' expected"), and how many more there are. */
    private void failAt(long current, JavaCompilation.Failed failed) {
        CompileDiagnostic first = failed.errors().get(0);
        int more = failed.errors().size() - 1;
        fail(current, (first.line() > 0 ? "line " + first.line() + ": " : "") + first.oneLine()
                + (more == 0 ? "" : more == 1 ? " (and 1 more error)" : " (and " + more + " more errors)"));
        if (current == generation) {
            errorLine.set((int) first.line());
        }
    }

    private void measure(long current, Supplier<ViewState> work) {
        busy.set(true);
        coverOther();
        threads.background().execute(() -> {
            try {
                ViewState result = work.get();
                threads.fx().execute(() -> show(current, result));
            } catch (IllegalArgumentException e) {
                threads.fx().execute(() -> fail(current, e.getMessage()));
            } catch (RuntimeException | LinkageError e) {
                threads.fx().execute(() -> fail(current, "could not lay this out: " + e));
            }
        });
    }

    private void show(long current, ViewState result) {
        if (current == generation) {
            shownRuntime = runtime.get();
            shownChoice = classChoice.get();
            state.set(result);
            stale.set(false);
            blank.set(false);
            error.set("");
            errorLine.set(0);
            busy.set(false);
        }
    }

    private void fail(long current, String message) {
        if (current == generation) {
            error.set(message);
            errorLine.set(0);
            stale.set(showsSelected());
            coverOther();
            busy.set(false);
        }
    }

    /** Whether the state shown was made for the runtime and class selected now (if for other text). */
    private boolean showsSelected() {
        return state.get() != null && runtime.get().equals(shownRuntime) && Objects.equals(classChoice.get(), shownChoice);
    }

    /** Hides a state made for another runtime or class: the selectors never sit above another's figures. */
    private void coverOther() {
        blank.set(state.get() != null && !showsSelected());
    }

    public ObjectProperty<Runtime> runtime() {
        return runtime;
    }

    /**
     * The runtimes the menu offers: every CPython version, the JVM that runs Slotscope and its
     * estimates, then each JDK found on this machine in each way worth measuring it.
     */
    public ObservableList<Runtime> runtimes() {
        return runtimes;
    }

    /**
     * Offers the JDK at {@code homeOrJava} (its folder, or its {@code bin/java}) in each way worth
     * measuring it, and shows the first; a path that is no JDK Slotscope can use is the error.
     * Reading the JDK's folder is done off the JavaFX thread.
     */
    public void useJdk(Path homeOrJava) {
        long asked = ++generation;
        busy.set(true);
        threads.background().execute(() -> {
            try {
                List<Runtime> offered = LocalJvm.layoutChoices(LocalJdks.at(homeOrJava)).stream()
                        .<Runtime>map(Runtime.Jvm::measuredOn).toList();
                threads.fx().execute(() -> {
                    offered.stream().filter(r -> !runtimes.contains(r)).forEach(runtimes::add);
                    runtime.set(offered.get(0));
                    if (generation == asked) {
                        // Already shown: nothing new is being made.
                        busy.set(false);
                    }
                });
            } catch (IllegalArgumentException e) {
                threads.fx().execute(() -> fail(asked, e.getMessage()));
            }
        });
    }

    /** The class choices of the current runtime. */
    public ObservableList<ClassChoice> classChoices() {
        return classChoices;
    }

    public ObjectProperty<ClassChoice> classChoice() {
        return classChoice;
    }

    public StringProperty attributes() {
        return attributes;
    }

    /**
     * CPython: what setting attribute {@code name} on an instance as constructed does (stored, or
     * Python's exact error); empty on the JVM, for a name that is not an identifier, or while the
     * attribute list is not valid.
     */
    public Optional<AttributeOutcome> outcomeOfAdding(String name) {
        try {
            AttributeNames names = AttributeNames.parse(attributes.get());
            String add = name == null ? "" : name.strip();
            AttributeNames.checkName(add);
            return states.addAttribute(runtime.get(), classChoice.get(), names, add);
        } catch (IllegalArgumentException e) {
            // Said where the name or the list is typed; here there is nothing to predict.
        }
        return Optional.empty();
    }

    /** JVM, any class: its binary name. */
    public StringProperty className() {
        return className;
    }

    /** JVM, any class: jars and class folders to look in besides the JDK and the app. */
    public ObjectProperty<List<Path>> classpath() {
        return classpath;
    }

    /** JVM, any class: make an instance (running its constructor) and walk its graph. */
    public BooleanProperty walkGraph() {
        return walkGraph;
    }

    /**
     * What is laid out: the class chosen with the attribute names given, or your class's source;
     * an {@link IllegalArgumentException} when the names are not valid.
     */
    public Subject subject() {
        ClassChoice choice = classChoice.get();
        return choice.subject(AttributeNames.parse(attributes.get()), source.get(), sourceClass.get());
    }

    /** Your class: the source in the editor, in the lens's language (Python on CPython, Java on the JVM). */
    public StringProperty source() {
        return source;
    }

    /** Your class: the class of the source to draw; empty (or gone from the source) means the last one. */
    public StringProperty sourceClass() {
        return sourceClass;
    }

    /** Your class: the classes the source defines, in order. */
    public ObservableList<String> sourceClasses() {
        return sourceClasses;
    }

    /** The line of the source {@link #error()} is about; 0 when the error is not about a line of it. */
    public ReadOnlyIntegerProperty errorLine() {
        return errorLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ViewState> state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /**
     * Whether the state shown was made for another runtime or class than the ones selected, which
     * cannot be drawn (yet): the view then shows none of it.
     */
    public ReadOnlyBooleanProperty blank() {
        return blank.getReadOnlyProperty();
    }

    /**
     * Whether the state shown is of the selected runtime and class but of text before the one that
     * cannot be drawn now ({@link #error()} says why): the view shows it faded.
     */
    public ReadOnlyBooleanProperty stale() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
