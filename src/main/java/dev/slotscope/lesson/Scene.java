package dev.slotscope.lesson;

import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.theme.Theme;

import java.util.List;
import java.util.Objects;

/**
 * One scene of a lesson: a view with everything that fixes what it shows, plus the teacher's
 * notes and questions for the learner.
 *
 * @param title      shown above the scene and used in exported file names
 * @param view       which view
 * @param runtime    the runtime, written in files as its id: {@code cpython-3.11}, {@code jvm},
 *                   {@code jvm-estimate:compressed}
 * @param variants   variant ids, each a lesson class the runtime offers; the first is the one shown,
 *                   {@link ViewKind#COMPARE} shows them all
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
 */
public record Scene(String title, ViewKind view, Runtime runtime, List<String> variants, List<String> attributes,
                    List<String> added, int step, long count, Theme theme, int zoom, String notes,
                    List<Question> questions) {

    public static final int MIN_ZOOM = 100;
    public static final int MAX_ZOOM = 300;

    public Scene {
        Objects.requireNonNull(title);
        Objects.requireNonNull(view);
        Objects.requireNonNull(runtime);
        Objects.requireNonNull(theme);
        Objects.requireNonNull(notes);
        variants = List.copyOf(variants);
        attributes = List.copyOf(attributes);
        added = List.copyOf(added);
        questions = List.copyOf(questions);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a scene needs at least one variant");
        }
        variants.forEach(runtime::lessonClass);
        if (step < 0 || step > added.size()) {
            throw new IllegalArgumentException("step " + step + " is outside 0.." + added.size());
        }
        if (count < 1) {
            throw new IllegalArgumentException("the instance count must be at least 1, not " + count);
        }
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + zoom + "% is outside " + MIN_ZOOM + "–" + MAX_ZOOM + "%");
        }
    }

    /** The lesson classes shown, as the runtime offers them; the first is the one shown. */
    public List<ClassChoice> classes() {
        return variants.stream().map(runtime::lessonClass).toList();
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
