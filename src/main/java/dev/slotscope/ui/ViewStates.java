package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonFigures;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.cpython.source.PythonModule;
import dev.slotscope.cpython.source.SourceException;
import dev.slotscope.jvm.ClassSource;
import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JvmLayouts;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.explain.Explanation;
import dev.slotscope.explain.Explanations;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns what a lens describes into what an explorer shows. No JavaFX here: it runs on any thread. */
final class ViewStates {
    private final CPythonLens python = new CPythonLens();

    /** A class named by the user (JVM): its binary name, where else to look for it, and whether to make an instance. */
    record NamedClass(String name, List<Path> classpath, boolean walkGraph) {
    }

    /** A class the user wrote (CPython): the source read from the editor, and the class of it to draw. */
    record Written(PythonModule source, String className) {
    }

    /** A class the user wrote in Java (JVM): the unit its source compiled to, and the class of it to draw. */
    record WrittenJava(JavaCompilation.Compiled unit, String className) {
    }

    /** How the growth steps of the runtime's lens are made, when its steps follow a recorded scenario. */
    static Optional<String> growthScenario(Runtime runtime) {
        return runtime instanceof Runtime.CPython ? Optional.of(PYTHON_GROWTH_SCENARIO) : Optional.empty();
    }

    /** What the runtime's shared bytes are, in a few words. */
    static String sharedWhat(Runtime runtime) {
        return runtime instanceof Runtime.CPython ? PYTHON_SHARED : JVM_SHARED;
    }

    /**
     * Whether the headline names the instance's attributes, so that it follows the attributes
     * added: for the lesson's Python classes, given attribute names; a class the user wrote says its own.
     */
    static boolean headlineNamesAttributes(Runtime runtime, ClassChoice choice) {
        return runtime instanceof Runtime.CPython && choice instanceof ClassChoice.Python;
    }

    /** Whether the lens can say beforehand what setting a new attribute does (Python: stored, or its exact error). */
    static boolean previewsAdding(Runtime runtime) {
        return runtime instanceof Runtime.CPython;
    }

    /** What a region of the object {@code owner} is, in the runtime's own terms. */
    static Explanation explain(Runtime runtime, Optional<MemoryObject> owner, Region region) {
        if (runtime instanceof Runtime.CPython py) {
            return owner.map(o -> Explanations.cpython(py.version(), o, region)).orElseGet(() -> Explanations.cpython(py.version(), region));
        }
        return owner.map(o -> Explanations.jvm(o, region)).orElseGet(() -> Explanations.jvm(region));
    }

    private static final String PYTHON_GROWTH_SCENARIO = "Each step follows one scenario: an instance gets the added attributes"
            + " and is freed, then 20,000 get them and stay alive, and one more is shown. History matters: up to 3.10 a class"
            + " shares its dict keys until a resize meets other live instances; from 3.11 the class's keys fill up and further"
            + " attributes give each instance a dict of its own. Buckets are where keys land with PYTHONHASHSEED=0; real runs"
            + " randomise string hashes.";

    /**
     * What an explorer shows of {@code choice} on {@code runtime}; the one place that knows which
     * lens's texts go with which runtime. JVM layouts walk real objects: call it off the JavaFX thread.
     */
    ViewState of(Runtime runtime, ClassChoice choice, AttributeNames attrs, NamedClass named) {
        if (runtime instanceof Runtime.CPython py && choice instanceof ClassChoice.Python p) {
            return cpython(py.version(), p.variant(), attrs);
        }
        if (runtime instanceof Runtime.Jvm jvm && choice instanceof ClassChoice.Java j) {
            return jvmVariant(jvm, j.variant(), attrs);
        }
        if (runtime instanceof Runtime.Jvm jvm && choice instanceof ClassChoice.NamedClass) {
            return jvmClass(jvm, named.name(), named.classpath(), named.walkGraph());
        }
        throw new IllegalArgumentException(runtime.displayName() + " does not offer " + choice.displayName());
    }

    /**
     * What an explorer shows of a class the user wrote, on {@code version}; throws
     * {@link SourceException} where the source cannot be read or Python would refuse it.
     */
    ViewState written(CPythonVersion version, Written written) {
        CPythonObject object = python.describe(version, written.source(), written.className());
        var f = object.figures();
        List<ViewState.Figure> figures = figures(f);
        List<ViewState.Bar> bars = new ArrayList<>();
        for (CPythonVersion v : CPythonVersion.values()) {
            Optional<Integer> bytes;
            try {
                bytes = Optional.of(v == version ? f.bytesPerInstance()
                        : python.describe(v, written.source(), written.className()).figures().bytesPerInstance());
            } catch (SourceException e) {
                // Python of that version refuses the class (dataclass options it lacks, say): no bar.
                bytes = Optional.empty();
            }
            bars.add(new ViewState.Bar(v.number(), bytes, v == version));
        }
        String stored = object.dictKeys().isEmpty() ? "nothing outside its slots"
                : String.join(", ", object.dictKeys()) + " in its dict";
        String headline = version.displayName() + " · " + written.className() + " — your class: " + stored + ".";
        String banner = "Laid out from your source by CPython's rules, without running it; checked against the real "
                + version.displayName() + " on recorded and random classes (64-bit). The instance is a fresh one made"
                + " with " + written.className() + "() while many others are alive.";
        return new ViewState(object.layout(), headline, banner, f.bytesPerInstance(),
                "per instance, as tracemalloc counts it", "", ViewState.Tone.PLAIN, figures,
                sharedText(object.layout().sharedBytes(), PYTHON_SHARED), List.of(), "", bars);
    }

    private ViewState cpython(CPythonVersion version, Variant variant, AttributeNames attrs) {
        CPythonObject object = python.describe(version, variant, attrs);
        CPythonObject standard = python.describe(version, Variant.STANDARD, attrs.withoutSlotRequests());
        var f = object.figures();
        List<ViewState.Figure> figures = figures(f);
        List<ViewState.Bar> bars = new ArrayList<>();
        for (CPythonVersion v : CPythonVersion.values()) {
            Optional<Integer> bytes = variant.availableIn(v)
                    ? Optional.of(python.describe(v, variant, attrs).figures().bytesPerInstance()) : Optional.empty();
            bars.add(new ViewState.Bar(v.number(), bytes, v == version));
        }
        // The attributes are not part of it: the window adds them as they are at the growth step shown.
        String headline = version.displayName() + " · " + variant.className() + " — " + variant.summary() + ".";
        String banner = "Modelled from CPython's sources and checked against figures recorded from the real "
                + version.displayName() + " (64-bit). The instance is a fresh one made while many others are alive.";
        int standardBytes = standard.figures().bytesPerInstance();
        return new ViewState(object.layout(), headline, banner, f.bytesPerInstance(),
                "per instance, as tracemalloc counts it", comparison(variant == Variant.STANDARD, f.bytesPerInstance(),
                standardBytes, "standard"), tone(variant == Variant.STANDARD, f.bytesPerInstance(), standardBytes),
                figures, sharedText(object.layout().sharedBytes(), PYTHON_SHARED), List.of(),
                object.source().strip(), bars);
    }

    /** The figures Python itself reports for the class and its instance. */
    private static List<ViewState.Figure> figures(CPythonFigures f) {
        return List.of(
                new ViewState.Figure("sys.getsizeof(obj)", Integer.toString(f.getsizeof())),
                new ViewState.Figure("__basicsize__", Integer.toString(f.basicsize())),
                new ViewState.Figure("__dictoffset__", Integer.toString(f.dictoffset())),
                new ViewState.Figure("__weakrefoffset__", Integer.toString(f.weakrefoffset())));
    }

    /** What adding attribute {@code name} to an instance does: stored, or Python's exact error. */
    Optional<AttributeOutcome> addAttribute(Runtime runtime, ClassChoice choice, AttributeNames attrs, String name) {
        if (runtime instanceof Runtime.CPython py && choice instanceof ClassChoice.Python p && runtime.offers(choice)) {
            return Optional.of(python.addAttribute(py.version(), p.variant(), attrs, name));
        }
        return Optional.empty();
    }

    private ViewState jvmVariant(Runtime.Jvm runtime, JvmVariant variant, AttributeNames attrs) {
        JvmLayouts layouts = runtime.layouts();
        JvmObject object = layouts.describe(variant, attrs, runtime.mode());
        int standard = variant == JvmVariant.STANDARD ? object.layout().ownedBytes()
                : layouts.describe(JvmVariant.STANDARD, attrs, runtime.mode()).layout().ownedBytes();
        List<ViewState.Bar> bars = bars(runtime, object, jvm -> jvm.layouts().describe(variant, attrs, jvm.mode()));
        String headline = "JVM · " + variant.javaClass().getSimpleName() + " — " + variant.summary() + ".";
        int bytes = object.layout().ownedBytes();
        boolean baseline = variant == JvmVariant.STANDARD;
        return jvmState(object, headline, comparison(baseline, bytes, standard, "standard (HashMap)"),
                tone(baseline, bytes, standard), bars, javaSource(variant));
    }

    private ViewState jvmClass(Runtime.Jvm runtime, String className, List<Path> classpath, boolean walkGraph) {
        JvmObject object = runtime.layouts().describeClass(className, classpath, runtime.mode(), walkGraph);
        List<ViewState.Bar> bars = bars(runtime, object,
                jvm -> jvm.layouts().describeClass(className, classpath, jvm.mode(), walkGraph));
        String headline = "JVM · " + className + (walkGraph ? " — a real instance and the objects it reaches."
                : " — the class's layout; no instance was made, none of its code ran.");
        return jvmState(object, headline, "", ViewState.Tone.PLAIN, bars, declaration(className, classpath));
    }

    /**
     * What an explorer shows of a Java class the user wrote, on {@code runtime}: its layout, on every
     * runtime beside it for the bars; the class is loaded, never initialised. Call it off the JavaFX thread.
     */
    ViewState writtenJava(Runtime.Jvm runtime, WrittenJava written) {
        Optional<String> name = Optional.of(written.className());
        JvmObject object = runtime.layouts().describeCompiled(written.unit(), name, runtime.mode(), false);
        List<ViewState.Bar> bars = bars(runtime, object,
                jvm -> jvm.layouts().describeCompiled(written.unit(), name, jvm.mode(), false));
        String headline = "JVM · " + written.className() + " — your class, compiled here by javac: its layout;"
                + " no instance was made, none of its code ran.";
        // The source is in its editor, not repeated here.
        return jvmState(object, headline, "", ViewState.Tone.PLAIN, bars, "");
    }

    /** A bar for each runtime beside {@code runtime} (the VM modes; a local JDK among them), {@code object} for its own. */
    private static List<ViewState.Bar> bars(Runtime.Jvm runtime, JvmObject object, Function<Runtime.Jvm, JvmObject> other) {
        List<ViewState.Bar> bars = new ArrayList<>();
        for (Runtime sibling : runtime.siblings()) {
            Runtime.Jvm jvm = (Runtime.Jvm) sibling;
            JvmObject shown = jvm.equals(runtime) ? object : other.apply(jvm);
            bars.add(new ViewState.Bar(jvm.shortName(), Optional.of(bytesOf(shown)), jvm.equals(runtime)));
        }
        return bars;
    }

    /** The class's declaration as reflection sees it; loading it again runs none of its code. */
    private static String declaration(String className, List<Path> classpath) {
        try (ClassSource source = ClassSource.of(classpath)) {
            return JavaDeclaration.of(source.load(className));
        }
    }

    private ViewState jvmState(JvmObject object, String headline, String comparison, ViewState.Tone tone,
                               List<ViewState.Bar> bars, String source) {
        List<ViewState.Figure> figures = new ArrayList<>();
        figures.add(new ViewState.Figure("instance size", Integer.toString(object.instanceSize())));
        figures.add(new ViewState.Figure("header", Integer.toString(object.vm().headerSize())));
        if (object.graphWalked()) {
            figures.add(new ViewState.Figure("objects reached", Integer.toString(object.layout().objects().size())));
            figures.add(new ViewState.Figure("shared bytes", Integer.toString(object.layout().sharedBytes())));
        }
        String label = object.graphWalked() ? "per instance: the object and everything only it reaches" : "instance size";
        return new ViewState(object.layout(), headline, object.vm().banner(), bytesOf(object), label, comparison, tone,
                figures, sharedText(object.layout().sharedBytes(), JVM_SHARED),
                object.notes(), source, bars);
    }

    private static int bytesOf(JvmObject object) {
        return object.graphWalked() ? object.layout().ownedBytes() : object.instanceSize();
    }

    private static String comparison(boolean isBaseline, int bytes, int baseline, String baselineName) {
        if (isBaseline) {
            return "The baseline: attributes in a hash table.";
        }
        int diff = bytes - baseline;
        if (diff == 0) {
            return "Same as " + baselineName + " (" + baseline + " bytes).";
        }
        long percent = Math.round(100.0 * Math.abs(diff) / baseline);
        return Math.abs(diff) + " bytes (" + percent + "%) " + (diff < 0 ? "less" : "more") + " than " + baselineName
                + " (" + baseline + " bytes).";
    }

    /** A saving reads as good news; the same cost or more than the baseline is a caution; the baseline is plain. */
    static ViewState.Tone tone(boolean isBaseline, int bytes, int baseline) {
        return isBaseline ? ViewState.Tone.PLAIN : bytes < baseline ? ViewState.Tone.GOOD : ViewState.Tone.CAUTION;
    }

    /** What CPython instances share: the class's keys table. */
    static final String PYTHON_SHARED = "the class's keys table";
    /** What JVM instances share: interned strings and the like. */
    static final String JVM_SHARED = "interned key strings and other objects every instance reaches";

    /** The sentence on what instances share, {@code shared} bytes of {@code what}. */
    static String sharedText(int shared, String what) {
        return shared == 0 ? "Nothing is shared between instances."
                : "Plus " + shared + " bytes shared by all instances (" + what + "), paid once.";
    }

    /** The Java analogue's declaration, as the app's lesson classes define it. */
    private static String javaSource(JvmVariant variant) {
        return switch (variant) {
            case STANDARD -> "final class MapPoint {\n    Map<String, Object> attributes = new HashMap<>();\n}";
            case SLOTTED -> "final class FieldPoint {\n    double x;\n    double y;\n}";
            case DATACLASS_SLOTS -> "record RecordPoint(double x, double y) {}";
            case CHILD_OF_SLOTTED -> "class ExtensiblePoint { double x; double y; }\n\nfinal class ChildPoint extends ExtensiblePoint {\n"
                    + "    Map<String, Object> extra = new HashMap<>();\n}";
            case BOXED -> "final class BoxedPoint {\n    Double x;\n    Double y;\n}";
        };
    }

}
