package dev.slotscope.runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonBuild;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonMeasurement;
import dev.slotscope.cpython.CPythonSpeed;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.UnsupportedVariantException;
import dev.slotscope.cpython.Variant;
import dev.slotscope.cpython.PythonClass;
import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JavaSourceCompiler;
import dev.slotscope.jvm.JvmGrowth;
import dev.slotscope.jvm.JvmLayouts;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmSpeed;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.jvm.probe.LocalJdk;
import dev.slotscope.jvm.probe.LocalJdks;
import dev.slotscope.jvm.probe.LocalJvm;
import dev.slotscope.memory.Allocator;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.memory.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A runtime whose objects Slotscope lays out: one CPython version, or the JVM (this VM,
 * measured, or JOL's estimate of another mode). It owns its id (as the command line and lesson
 * files spell it), its names, the classes it offers, and its lens's answers: grow an object, predict
 * the memory of N of them, measure them. The window, the CLI, lessons and export ask the runtime
 * instead of testing which kind it is; a new version or VM is data and rules here and in its lens.
 */
public sealed interface Runtime {

    /** As the command line and lesson files spell it: {@code cpython-3.12}, {@code jvm}, {@code jvm-estimate:compressed}. */
    String id();

    /** As the window names it: "CPython 3.12", "JVM · this VM (measured)". */
    String displayName();

    /** Its name beside the other runtimes of its lens, on a bar or a chart's series: "3.12", "this VM", "no compressed oops". */
    String shortName();

    /** Its name in a comparison across lenses: "CPython 3.12", "JVM". */
    String lensName();

    /** It, in a sentence: "CPython 3.12", "the JVM (this VM)". */
    String inWords();

    /** It, as a heading: "CPython 3.12", "JVM (this VM)". */
    String heading();

    /** Its siblings that offer {@code choice}, in a sentence: "on CPython 3.10 to 3.13", "in every VM mode". */
    String siblingsInWords(ClassChoice choice);

    /** Whether its objects come in allocator blocks worth counting (pymalloc's). */
    boolean hasAllocatorBlocks();

    /** The lesson's "a million slotted points save ~40–60 MB", against this lens's real figures. */
    String lessonClaim(AttributeNames attrs);

    /** The runtimes of its lens, this one among them, in order: the versions, or the VM modes. */
    List<Runtime> siblings();

    /** The lesson classes it offers, in the lesson's order, then (where the lens takes one) any class by name. */
    List<ClassChoice> classChoices();

    /** Whether it can lay out {@code choice}: {@code @dataclass(slots=True)} needs Python 3.10. */
    boolean offers(ClassChoice choice);

    /** Why it does not offer {@code choice}, in a few words for a menu: "3.10+". */
    String missingNote(ClassChoice choice);

    /** The lens's lesson class that the variant id names (ids match across lenses where the idea does). */
    ClassChoice lessonClass(String variantId);

    /** The runtime of the other lens a comparison sets beside this one. */
    Runtime analogue();

    /** Whether laying its objects out is quick enough for the JavaFX thread (the JVM's walks real objects with JOL). */
    boolean quick();

    /** Whether {@link #measure} can make real instances (CPython with an interpreter; the JVM that runs Slotscope). */
    boolean measurable();

    /** Memory for {@code n} instances of a lesson class, predicted from its layout; in pymalloc's blocks when asked and the lens has them. */
    MemoryEstimate predict(ClassChoice choice, AttributeNames attrs, InstanceCount n, boolean allocatorBlocks);

    /**
     * Memory for {@code n} instances of the subject, labelled with its class's name for a class
     * written here (where the lens reads one, else an {@link IllegalArgumentException}).
     */
    default MemoryEstimate predict(Subject subject, InstanceCount n, boolean allocatorBlocks) {
        if (subject instanceof Subject.Chosen chosen) {
            return predict(chosen.choice(), chosen.attrs(), n, allocatorBlocks);
        }
        throw new IllegalArgumentException(displayName() + " does not read a class written here");
    }

    /** A lesson class's object as constructed, laid out. */
    Described describe(ClassChoice choice, AttributeNames attrs);

    /** The subject's object, fresh: a class written here where the lens reads one, else an {@link IllegalArgumentException}. */
    default Described describe(Subject subject) {
        if (subject instanceof Subject.Chosen chosen) {
            return describe(chosen.choice(), chosen.attrs());
        }
        throw new IllegalArgumentException(displayName() + " does not read a class written here");
    }

    /** What the class-source editor holds for this lens, for its heading: "Your class (Python)". */
    default String writtenHeading() {
        return "Your class";
    }

    /** One line under the editor: what is done with the source, and what never is. */
    default String writtenHint() {
        return "";
    }

    /**
     * The classes a source written for this lens defines, as the class picker names them; where the
     * source cannot be read (or the lens reads none), an {@link IllegalArgumentException} saying why.
     */
    default List<String> writtenClasses(String source) {
        throw new IllegalArgumentException(displayName() + " does not read a class written here");
    }

    /** The name of the subject's class, as its headings say it. */
    default String className(Subject subject) {
        return subject instanceof Subject.Written written ? written.className() : ((Subject.Chosen) subject).choice().className();
    }

    /** A lesson class's object as constructed, then after each attribute in {@code add} is set. */
    List<GrowthStep> grow(ClassChoice choice, AttributeNames attrs, List<String> add);

    /**
     * The subject's object as constructed, then after each attribute in {@code add} is set; a
     * class the user wrote where the lens reads one, else an {@link IllegalArgumentException}.
     */
    default List<GrowthStep> grow(Subject subject, List<String> add) {
        if (subject instanceof Subject.Chosen chosen) {
            return grow(chosen.choice(), chosen.attrs(), add);
        }
        throw new IllegalArgumentException(displayName() + " does not read a class written here");
    }

    /** Makes {@code n} real instances in a separate process or this VM and counts their bytes. */
    Measurement measure(ClassChoice choice, AttributeNames attrs, InstanceCount n, Progress progress);

    /**
     * Whether {@link #time} can time attribute access: the runtime's code runs here (CPython in a
     * local interpreter, the JVM that runs Slotscope); an estimate has no code to time.
     */
    boolean timesAccess();

    /**
     * Reads and writes of the lesson classes' attributes, timed where the runtime's code runs (a child
     * interpreter, this VM), every class in every run; {@link IllegalArgumentException} where
     * {@link #timesAccess} is false or for classes the runtime cannot time.
     */
    SpeedResult time(List<ClassChoice> choices, AttributeNames attrs, int repeats, Progress progress);

    /** Refuses, in one sentence, what {@link #time} could not time: {@link IllegalArgumentException}. */
    void checkTimable(List<ClassChoice> choices, AttributeNames attrs);

    /** The runtime {@code id} names, or an {@link IllegalArgumentException} of one line listing the known ids. */
    static Runtime fromId(String id) {
        Optional<Runtime> local = Jvm.fromLocalId(id);
        if (local.isPresent()) {
            return local.get();
        }
        return all().stream().filter(r -> r.id().equals(id)
                        || r instanceof CPython py && (py.version().number() + py.build().idSuffix()).equals(id))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown runtime '" + id + "'; known: "
                        + all().stream().map(Runtime::id).collect(Collectors.joining(", "))));
    }

    /** Every runtime, CPython versions first. */
    static List<Runtime> all() {
        return Stream.concat(CPython.ALL.stream(), Jvm.ALL.stream()).toList();
    }

    /**
     * One build of one CPython version, laid out from the rules its lens has checked against
     * recorded interpreters. Every version comes in the default build today; another build
     * ({@link CPythonBuild}) would sit beside it with an id and a name of its own.
     */
    record CPython(CPythonVersion version, CPythonBuild build) implements Runtime {

        private static final List<Runtime> ALL = Arrays.stream(CPythonVersion.values())
                .flatMap(v -> Arrays.stream(CPythonBuild.values()).map(b -> new CPython(v, b))).<Runtime>map(r -> r).toList();
        private static final MemoryPlanner PLANNER = new MemoryPlanner();

        /** The version's default build. */
        public CPython(CPythonVersion version) {
            this(version, CPythonBuild.DEFAULT);
        }

        @Override
        public String id() {
            return version.id() + build.idSuffix();
        }

        @Override
        public String displayName() {
            return version.displayName() + build.nameSuffix();
        }

        @Override
        public String shortName() {
            return version.number() + build.idSuffix();
        }

        @Override
        public String lensName() {
            return displayName();
        }

        @Override
        public String inWords() {
            return displayName();
        }

        @Override
        public String heading() {
            return displayName();
        }

        @Override
        public Described describe(ClassChoice choice, AttributeNames attrs) {
            CPythonObject object = new CPythonLens().describe(version, variant(choice), attrs);
            return new Described(object.layout(), object.figures().bytesPerInstance(), "as tracemalloc counts it");
        }

        @Override
        public String siblingsInWords(ClassChoice choice) {
            List<Runtime> having = ALL.stream().filter(r -> r.offers(choice)).toList();
            return having.isEmpty() ? "on no CPython version"
                    : "on " + having.get(0).displayName() + " to " + having.get(having.size() - 1).shortName();
        }

        @Override
        public boolean hasAllocatorBlocks() {
            return true;
        }

        @Override
        public String lessonClaim(AttributeNames attrs) {
            return Readouts.cpythonClaim(PLANNER, attrs);
        }

        @Override
        public List<Runtime> siblings() {
            return ALL;
        }

        @Override
        public List<ClassChoice> classChoices() {
            List<ClassChoice> choices = new ArrayList<>();
            for (Variant v : Variant.values()) {
                choices.add(new ClassChoice.Python(v));
            }
            choices.add(new ClassChoice.WrittenClass());
            return List.copyOf(choices);
        }

        @Override
        public boolean offers(ClassChoice choice) {
            return choice instanceof ClassChoice.Python p && p.variant().availableIn(version)
                    || choice instanceof ClassChoice.WrittenClass;
        }

        @Override
        public String missingNote(ClassChoice choice) {
            return choice instanceof ClassChoice.Python p && !p.variant().availableIn(version)
                    ? p.variant().firstVersion().number() + "+" : "not in this lens";
        }

        @Override
        public ClassChoice lessonClass(String variantId) {
            Variant v = Variant.fromId(variantId).orElseThrow(() -> new IllegalArgumentException(
                    "unknown variant '" + variantId + "'; known: " + Arrays.stream(Variant.values())
                            .map(Variant::id).collect(Collectors.joining(", "))));
            if (!v.availableIn(version)) {
                throw new UnsupportedVariantException(v.unavailableIn(version));
            }
            return new ClassChoice.Python(v);
        }

        @Override
        public Runtime analogue() {
            return new Jvm(JvmMode.LIVE);
        }

        @Override
        public boolean quick() {
            return true;
        }

        @Override
        public boolean measurable() {
            return true;
        }

        @Override
        public MemoryEstimate predict(ClassChoice choice, AttributeNames attrs, InstanceCount n, boolean allocatorBlocks) {
            Variant v = variant(choice);
            return allocatorBlocks ? PLANNER.cpythonBlocks(version, v, attrs, n) : PLANNER.cpython(version, v, attrs, n);
        }

        @Override
        public List<GrowthStep> grow(ClassChoice choice, AttributeNames attrs, List<String> add) {
            return new CPythonGrowth().grow(version, variant(choice), attrs, add);
        }

        @Override
        public MemoryEstimate predict(Subject subject, InstanceCount n, boolean allocatorBlocks) {
            if (subject instanceof Subject.Written written) {
                try {
                    CPythonObject object = new CPythonLens().describe(version, written(written));
                    long bytes = allocatorBlocks ? Allocator.pymallocBytesPerInstance(object.layout())
                            : object.figures().bytesPerInstance();
                    return new MemoryEstimate(written.className(), n, bytes, object.layout().sharedBytes());
                } catch (SourceException e) {
                    throw new IllegalArgumentException(e.sentence(), e);
                }
            }
            return Runtime.super.predict(subject, n, allocatorBlocks);
        }

        @Override
        public Described describe(Subject subject) {
            if (subject instanceof Subject.Written written) {
                try {
                    CPythonObject object = new CPythonLens().describe(version, written(written));
                    return new Described(object.layout(), object.figures().bytesPerInstance(), "as tracemalloc counts it");
                } catch (SourceException e) {
                    throw new IllegalArgumentException(e.sentence(), e);
                }
            }
            return Runtime.super.describe(subject);
        }

        @Override
        public String writtenHeading() {
            return "Your class (Python)";
        }

        @Override
        public String writtenHint() {
            return "Classes, __slots__, @dataclass and what __init__ assigns to self are read here, never run;"
                    + " Check runs them in a separate Python, only when pressed.";
        }

        @Override
        public List<String> writtenClasses(String source) {
            try {
                return PythonModule.parse(source).names();
            } catch (SourceException e) {
                throw new IllegalArgumentException(e.sentence(), e);
            }
        }

        private static PythonClass.Written written(Subject.Written written) {
            return new PythonClass.Written(PythonModule.parse(written.source()), written.className());
        }

        @Override
        public List<GrowthStep> grow(Subject subject, List<String> add) {
            if (subject instanceof Subject.Written written) {
                try {
                    return new CPythonGrowth().grow(version, written(written), add);
                } catch (SourceException e) {
                    throw new IllegalArgumentException(e.sentence(), e);
                }
            }
            return Runtime.super.grow(subject, add);
        }

        @Override
        public Measurement measure(ClassChoice choice, AttributeNames attrs, InstanceCount n, Progress progress) {
            return new CPythonMeasurement().measure(version, variant(choice), attrs, n, progress);
        }

        @Override
        public boolean timesAccess() {
            return true;
        }

        @Override
        public SpeedResult time(List<ClassChoice> choices, AttributeNames attrs, int repeats, Progress progress) {
            return new CPythonSpeed().measure(version, choices.stream().map(this::variant).toList(), attrs, repeats, progress);
        }

        @Override
        public void checkTimable(List<ClassChoice> choices, AttributeNames attrs) {
            choices.forEach(this::variant);
        }

        private Variant variant(ClassChoice choice) {
            if (!(choice instanceof ClassChoice.Python p)) {
                throw new IllegalArgumentException(displayName() + " lays out the lesson's Python classes only");
            }
            if (!p.variant().availableIn(version)) {
                throw new UnsupportedVariantException(p.variant().unavailableIn(version));
            }
            return p.variant();
        }
    }

    /**
     * The JVM, read with JOL: the VM that runs Slotscope, measured, or an estimate of another mode;
     * or, with {@code local}, a JDK of this machine started with some VM options and measured in a
     * child VM (mode {@link JvmMode#LIVE}).
     *
     * @param mode  which VM mode
     * @param local the local JDK that measures it, if not this VM
     */
    record Jvm(JvmMode mode, Optional<LocalJvm> local) implements Runtime {

        private static final List<Runtime> ALL = Arrays.stream(JvmMode.values()).<Runtime>map(Jvm::new).toList();
        private static final MemoryPlanner PLANNER = new MemoryPlanner();
        /** Ids of local JDKs: {@code jvm@HOME} and the VM options after commas. */
        private static final String LOCAL_PREFIX = "jvm@";

        public Jvm {
            Objects.requireNonNull(local);
            if (local.isPresent() && !mode.measured()) {
                throw new IllegalArgumentException("a local JDK is measured, not estimated");
            }
        }

        /** This VM, or an estimate of another mode. */
        public Jvm(JvmMode mode) {
            this(mode, Optional.empty());
        }

        /** A local JDK, with its VM options, measured in a child VM. */
        public static Jvm measuredOn(LocalJvm local) {
            return new Jvm(JvmMode.LIVE, Optional.of(local));
        }

        /**
         * A runtime for each JDK of this machine in each way worth measuring it ({@link LocalJvm#layoutChoices}):
         * what a menu of local JDKs offers. It reads folders: call it off the JavaFX thread.
         */
        public static List<Runtime> onLocalJdks() {
            return LocalJdks.find().stream().flatMap(jdk -> LocalJvm.layoutChoices(jdk).stream())
                    .<Runtime>map(Jvm::measuredOn).toList();
        }

        /** Where its layouts are read: this VM, or the local JDK's child VM. */
        public JvmLayouts layouts() {
            return local.<JvmLayouts>map(l -> l).orElseGet(JvmLens::new);
        }

        /** The local JDK {@code id} names ({@code jvm@/usr/lib/jvm/jdk-25,-XX:+UseCompactObjectHeaders}), if it names one. */
        static Optional<Runtime> fromLocalId(String id) {
            if (!id.startsWith(LOCAL_PREFIX)) {
                return Optional.empty();
            }
            List<String> parts = List.of(id.substring(LOCAL_PREFIX.length()).split(","));
            LocalJdk jdk = LocalJdks.at(Path.of(parts.get(0)));
            return Optional.of(measuredOn(LocalJvm.of(jdk, parts.subList(1, parts.size()))));
        }

        @Override
        public String id() {
            return local.map(l -> LOCAL_PREFIX + l.jdk().home() + l.arguments().stream().map(a -> "," + a)
                    .collect(Collectors.joining())).orElseGet(mode::runtimeId);
        }

        @Override
        public String displayName() {
            return "JVM · " + local.map(l -> l.title() + " (measured)").orElseGet(mode::titleWithSource);
        }

        @Override
        public String shortName() {
            return local.map(LocalJvm::title).orElseGet(mode::title);
        }

        @Override
        public String lensName() {
            return "JVM";
        }

        @Override
        public String inWords() {
            return "the " + heading();
        }

        @Override
        public String heading() {
            return "JVM (" + local.map(l -> l.title().replace(" · ", ", "))
                    .orElseGet(() -> mode.measured() ? mode.title() : mode.title() + ", estimate") + ")";
        }

        @Override
        public Described describe(ClassChoice choice, AttributeNames attrs) {
            ObjectLayout layout = layouts().describe(variant(choice), attrs, mode).layout();
            return new Described(layout, layout.ownedBytes(), "the object and everything only it reaches");
        }

        @Override
        public String siblingsInWords(ClassChoice choice) {
            return "in every VM mode";
        }

        @Override
        public boolean hasAllocatorBlocks() {
            return false;
        }

        @Override
        public String lessonClaim(AttributeNames attrs) {
            return local.map(l -> Readouts.jvmClaim(PLANNER, l, mode, l.title(), attrs))
                    .orElseGet(() -> Readouts.jvmClaim(PLANNER, mode, attrs));
        }

        @Override
        public List<Runtime> siblings() {
            return local.isEmpty() ? ALL : Stream.concat(ALL.stream(), Stream.of(this)).toList();
        }

        @Override
        public List<ClassChoice> classChoices() {
            List<ClassChoice> choices = new ArrayList<>();
            for (JvmVariant v : JvmVariant.values()) {
                choices.add(new ClassChoice.Java(v));
            }
            choices.add(new ClassChoice.NamedClass());
            choices.add(new ClassChoice.WrittenClass());
            return List.copyOf(choices);
        }

        @Override
        public boolean offers(ClassChoice choice) {
            return choice instanceof ClassChoice.Java || choice instanceof ClassChoice.NamedClass
                    || choice instanceof ClassChoice.WrittenClass;
        }

        @Override
        public String missingNote(ClassChoice choice) {
            return "not in this lens";
        }

        @Override
        public ClassChoice lessonClass(String variantId) {
            return new ClassChoice.Java(JvmVariant.fromId(variantId).orElseThrow(() -> new IllegalArgumentException(
                    "unknown JVM variant '" + variantId + "'; known: " + Arrays.stream(JvmVariant.values())
                            .map(JvmVariant::id).collect(Collectors.joining(", ")))));
        }

        @Override
        public Runtime analogue() {
            return new CPython(CPythonVersion.latest());
        }

        @Override
        public boolean quick() {
            return false;
        }

        @Override
        public boolean measurable() {
            return mode.measured();
        }

        @Override
        public MemoryEstimate predict(ClassChoice choice, AttributeNames attrs, InstanceCount n, boolean allocatorBlocks) {
            return PLANNER.jvm(layouts(), mode, variant(choice), attrs, n);
        }

        @Override
        public List<GrowthStep> grow(ClassChoice choice, AttributeNames attrs, List<String> add) {
            return layouts().grow(variant(choice), attrs, add, mode);
        }

        @Override
        public Described describe(Subject subject) {
            if (subject instanceof Subject.Written written) {
                JvmObject object = layouts().describeCompiled(compiled(written.source()),
                        Optional.of(written.className()), mode, false);
                return new Described(object.layout(), object.instanceSize(), "the instance, as its class lays it out");
            }
            return Runtime.super.describe(subject);
        }

        @Override
        public String writtenHeading() {
            return "Your class (Java)";
        }

        @Override
        public String writtenHint() {
            return "Compiled here by javac and loaded without initialising: none of it runs.";
        }

        @Override
        public List<String> writtenClasses(String source) {
            return compiled(source).classNames();
        }

        /** No instance of a written class is made: each of {@code n} is its class's instance size, its fields empty. */
        @Override
        public MemoryEstimate predict(Subject subject, InstanceCount n, boolean allocatorBlocks) {
            if (subject instanceof Subject.Written written) {
                return new MemoryEstimate(written.className(), n, describe(subject).bytesPerInstance(), 0);
            }
            return Runtime.super.predict(subject, n, allocatorBlocks);
        }

        @Override
        public List<GrowthStep> grow(Subject subject, List<String> add) {
            if (subject instanceof Subject.Written written) {
                return new JvmGrowth().grow(layouts(), compiled(written.source()), written.className(), add, mode);
            }
            return Runtime.super.grow(subject, add);
        }

        /** A Java source written here, compiled (the same text once); its errors, or no compiler, as the exception. */
        private static JavaCompilation.Compiled compiled(String source) {
            return JavaSourceCompiler.compile(JavaSourceCompiler.TYPED_FILE_NAME, source).compiled();
        }

        @Override
        public Measurement measure(ClassChoice choice, AttributeNames attrs, InstanceCount n, Progress progress) {
            if (!mode.measured()) {
                throw new IllegalArgumentException("an estimate of " + mode.title() + " cannot be measured: only a real VM can (this one, or a local JDK)");
            }
            return layouts().measure(variant(choice), attrs, n, progress);
        }

        @Override
        public boolean timesAccess() {
            return mode == JvmMode.LIVE && local.isEmpty();
        }

        @Override
        public SpeedResult time(List<ClassChoice> choices, AttributeNames attrs, int repeats, Progress progress) {
            checkTimable(choices, attrs);
            return new JvmSpeed().measure(repeats, progress);
        }

        @Override
        public void checkTimable(List<ClassChoice> choices, AttributeNames attrs) {
            if (!timesAccess()) {
                throw new IllegalArgumentException("Timing needs code that runs: choose a CPython version or the JVM"
                        + " (this VM); " + displayName() + " is not run here.");
            }
            if (!choices.stream().map(ClassChoice::id).toList().equals(List.of("standard", "slotted"))
                    || !attrs.equals(AttributeNames.DEFAULT)) {
                throw new IllegalArgumentException("On the JVM, speed times x and y of standard (a HashMap) against"
                        + " slotted (fields).");
            }
        }

        private JvmVariant variant(ClassChoice choice) {
            if (choice instanceof ClassChoice.Java j) {
                return j.variant();
            }
            throw new IllegalArgumentException("only the lesson's classes can be grown and counted by the million,"
                    + " not a class named or written by hand");
        }
    }

    /** The lesson class of {@code variantId} on this runtime, if it has one (a JVM analogue of a Python variant). */
    default Optional<ClassChoice> lessonClassIfAny(String variantId) {
        try {
            return Optional.of(lessonClass(variantId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
