package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.ClassSource;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what a lens describes into what an explorer shows. No JavaFX here: it runs on any thread. */
final class ViewStates {
    private final CPythonLens python = new CPythonLens();
    private final JvmLens jvm = new JvmLens();

    ViewState cpython(CPythonVersion version, Variant variant, AttributeNames attrs) {
        CPythonObject object = python.describe(version, variant, attrs);
        CPythonObject standard = python.describe(version, Variant.STANDARD, attrs);
        var f = object.figures();
        List<ViewState.Figure> figures = List.of(
                new ViewState.Figure("sys.getsizeof(obj)", Integer.toString(f.getsizeof())),
                new ViewState.Figure("__basicsize__", Integer.toString(f.basicsize())),
                new ViewState.Figure("__dictoffset__", Integer.toString(f.dictoffset())),
                new ViewState.Figure("__weakrefoffset__", Integer.toString(f.weakrefoffset())));
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

    /** What adding attribute {@code name} to an instance does: stored, or Python's exact error. */
    AttributeOutcome addAttribute(CPythonVersion version, Variant variant, AttributeNames attrs, String name) {
        return python.addAttribute(version, variant, attrs, name);
    }

    ViewState jvmVariant(JvmMode mode, JvmVariant variant, AttributeNames attrs) {
        JvmObject object = jvm.describe(variant, attrs, mode);
        int standard = variant == JvmVariant.STANDARD ? object.layout().ownedBytes()
                : jvm.describe(JvmVariant.STANDARD, attrs, mode).layout().ownedBytes();
        List<ViewState.Bar> bars = new ArrayList<>();
        for (JvmMode m : JvmMode.values()) {
            int bytes = m == mode ? object.layout().ownedBytes() : jvm.describe(variant, attrs, m).layout().ownedBytes();
            bars.add(new ViewState.Bar(barName(m), Optional.of(bytes), m == mode));
        }
        String headline = "JVM · " + variant.javaClass().getSimpleName() + " — " + variant.summary() + ".";
        int bytes = object.layout().ownedBytes();
        boolean baseline = variant == JvmVariant.STANDARD;
        return jvmState(object, headline, comparison(baseline, bytes, standard, "standard (HashMap)"),
                tone(baseline, bytes, standard), bars, javaSource(variant));
    }

    ViewState jvmClass(JvmMode mode, String className, List<Path> classpath, boolean walkGraph) {
        JvmObject object = jvm.describeClass(className, classpath, mode, walkGraph);
        List<ViewState.Bar> bars = new ArrayList<>();
        for (JvmMode m : JvmMode.values()) {
            JvmObject other = m == mode ? object : jvm.describeClass(className, classpath, m, walkGraph);
            bars.add(new ViewState.Bar(barName(m), Optional.of(bytesOf(other)), m == mode));
        }
        String headline = "JVM · " + className + (walkGraph ? " — a real instance and the objects it reaches."
                : " — the class's layout; no instance was made, none of its code ran.");
        return jvmState(object, headline, "", ViewState.Tone.PLAIN, bars, declaration(className, classpath));
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

    /** A VM mode's short name under its bar. */
    static String barName(JvmMode mode) {
        return switch (mode) {
            case LIVE -> "this VM";
            case COMPRESSED -> "compressed";
            case NO_COMPRESSED_OOPS -> "no coops";
            case COMPACT_HEADERS -> "compact";
            case BIT32 -> "32-bit";
        };
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
