package dev.slotscope.lesson;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.runtime.Subject;

import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.theme.Theme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One scene of a lesson: a view with everything that fixes what it shows, plus the teacher's
 * notes and questions for the learner.
 *
 * @param title      shown above the scene and used in exported file names
 * @param view       which view
 * @param runtime    the runtime, written in files as its id: {@code cpython-3.11}, {@code jvm},
 *                   {@code jvm-estimate:compressed}
 * @param variants   variant ids, each a lesson class the runtime offers, or {@code class:NAME} for a
 *                   class of {@code source}; the first is the one shown, {@link ViewKind#COMPARE}
 *                   shows them all
 * @param attributes the attributes set in {@code __init__} (or the Java constructor)
 * @param added      attributes added after construction, in order
 * @param step       the growth step shown, 0 to {@code added.size()}
 * @param count      the instance count N of the memory view, which shows every variant (or both),
 *                   sized as tracemalloc counts them, as exported slides do; nothing measured
 * @param theme      the looks
 * @param zoom       the window's zoom, percent, 100 to 300; presentation mode fits each scene's
 *                   drawing to the screen instead (+ and − adjust it there)
 * @param notes      the teacher's notes
 * @param questions  questions for the learner, each with its answer
 * @param source     the classes the {@code class:NAME} variants name, in the lens's language (Python
 *                   class statements on CPython, a Java compilation unit on the JVM); empty when none
 * @param timed      a {@link ViewKind#SPEED} scene's runs as they were timed where the lesson was made
 *                   (its {@code measuredBy} says where), shown until the class times them on its own
 *                   machine; empty before they are timed and for every other view
 */
public record Scene(String title, ViewKind view, Runtime runtime, List<String> variants, List<String> attributes,
                    List<String> added, int step, long count, Theme theme, int zoom, String notes,
                    List<Question> questions, String source, Optional<SpeedResult> timed) {

    /** The prefix of a variant that names a class of the scene's own source: {@code class:Student}. */
    public static final String WRITTEN_PREFIX = "class:";

    public static final int MIN_ZOOM = 100;
    public static final int MAX_ZOOM = 300;

    public Scene {
        Objects.requireNonNull(title);
        Objects.requireNonNull(view);
        Objects.requireNonNull(runtime);
        Objects.requireNonNull(theme);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(source);
        Objects.requireNonNull(timed);
        variants = List.copyOf(variants);
        attributes = List.copyOf(attributes);
        added = List.copyOf(added);
        questions = List.copyOf(questions);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a scene needs at least one variant");
        }
        for (String variant : variants) {
            if (variant.startsWith(WRITTEN_PREFIX)) {
                checkWritten(runtime, variant.substring(WRITTEN_PREFIX.length()), source);
            } else {
                runtime.lessonClass(variant);
            }
        }
        if (step < 0 || step > added.size()) {
            throw new IllegalArgumentException("step " + step + " is outside 0.." + added.size());
        }
        if (count < 1) {
            throw new IllegalArgumentException("the instance count must be at least 1, not " + count);
        }
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + zoom + "% is outside " + MIN_ZOOM + "–" + MAX_ZOOM + "%");
        }
        if (view == ViewKind.SPEED) {
            checkTimed(runtime, variants, attributes, timed);
        } else if (timed.isPresent()) {
            throw new IllegalArgumentException("only a speed scene keeps timed runs, not a " + view.id() + " scene");
        }
    }

    /** A scene that keeps no timed runs. */
    public Scene(String title, ViewKind view, Runtime runtime, List<String> variants, List<String> attributes,
                 List<String> added, int step, long count, Theme theme, int zoom, String notes, List<Question> questions,
                 String source) {
        this(title, view, runtime, variants, attributes, added, step, count, theme, zoom, notes, questions, source,
                Optional.empty());
    }

    /** A scene of the lesson classes only, without a source of its own. */
    public Scene(String title, ViewKind view, Runtime runtime, List<String> variants, List<String> attributes,
                 List<String> added, int step, long count, Theme theme, int zoom, String notes, List<Question> questions) {
        this(title, view, runtime, variants, attributes, added, step, count, theme, zoom, notes, questions, "");
    }

    /** This speed scene with {@code runs} as its timed runs. */
    public Scene withTimed(SpeedResult runs) {
        return new Scene(title, view, runtime, variants, attributes, added, step, count, theme, zoom, notes, questions,
                source, Optional.of(runs));
    }

    /**
     * A speed scene times two or more lesson classes where the runtime's code runs, and what it
     * recorded is of those classes, in that order.
     */
    private static void checkTimed(Runtime runtime, List<String> variants, List<String> attributes,
                                   Optional<SpeedResult> timed) {
        if (!runtime.timesAccess()) {
            throw new IllegalArgumentException("a speed scene times code that runs here, not " + runtime.displayName()
                    + ": choose a CPython version or jvm");
        }
        if (variants.size() < 2) {
            throw new IllegalArgumentException("a speed scene compares two classes, first against second; it names "
                    + variants.size());
        }
        if (variants.stream().anyMatch(v -> v.startsWith(WRITTEN_PREFIX))) {
            throw new IllegalArgumentException("a speed scene times the lesson's classes, not a class of its source");
        }
        runtime.checkTimable(variants.stream().map(runtime::lessonClass).toList(), AttributeNames.of(attributes));
        if (timed.isPresent() && !timed.get().variants().equals(variants)) {
            throw new IllegalArgumentException("the timed runs are of " + String.join(", ", timed.get().variants())
                    + ", not of the scene's " + String.join(", ", variants));
        }
    }

    private static void checkWritten(Runtime runtime, String className, String source) {
        if (source.isBlank()) {
            throw new IllegalArgumentException("variant 'class:" + className + "' names a class of the scene's 'source',"
                    + " and the scene has none");
        }
        if (!runtime.offers(new ClassChoice.WrittenClass())) {
            throw new IllegalArgumentException(runtime.displayName() + " does not read a class written in a scene's source");
        }
        List<String> names;
        try {
            // Python on CPython, Java on the JVM: the runtime reads its own lens's language.
            names = runtime.writtenClasses(source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'source' " + e.getMessage());
        }
        if (!names.contains(className)) {
            throw new IllegalArgumentException("variant 'class:" + className + "': the scene's 'source' defines "
                    + (names.isEmpty() ? "no class" : String.join(", ", names)) + ", not " + className);
        }
        try {
            // Python's own refusal (a slot that is also a class attribute, say), on the scene's version.
            runtime.describe(new Subject.Written(source, className));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'source' " + e.getMessage(), e);
        }
    }

    /** The classes shown, as the runtime offers them; the first is the one shown. */
    public List<ClassChoice> classes() {
        return variants.stream().map(v -> v.startsWith(WRITTEN_PREFIX) ? new ClassChoice.WrittenClass()
                : runtime.lessonClass(v)).toList();
    }

    /** What the scene's {@code variant} lays out: a lesson class with the attributes, or a class of its source. */
    public Subject subject(String variant) {
        if (variant.startsWith(WRITTEN_PREFIX)) {
            return new Subject.Written(source, variant.substring(WRITTEN_PREFIX.length()));
        }
        return new Subject.Chosen(runtime.lessonClass(variant), AttributeNames.of(attributes));
    }

    /** The variant shown (the first one). */
    public String variant() {
        return variants.get(0);
    }

    /** A question for the learner and the answer the view gives. */
    public record Question(String question, String answer) {
        public Question {
            Objects.requireNonNull(question);
            Objects.requireNonNull(answer);
        }
    }
}
