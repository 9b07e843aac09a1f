package dev.slotscope.lesson;

import dev.slotscope.files.AtomicFiles;
import dev.slotscope.files.FileWriteException;
import dev.slotscope.speed.Access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Lesson files ({@code *.slotscope.json}): UTF-8 JSON a teacher can read and edit by hand.
 *
 * <pre>{@code
 * {
 *   "format": "slotscope-lesson",
 *   "version": 1,
 *   "title": "What __slots__ saves",
 *   "scenes": [ {
 *     "title": "StandardPoint on CPython 3.10",
 *     "view": "layout",
 *     "runtime": "cpython-3.10",
 *     "variants": [ "standard" ],
 *     "attributes": [ "x", "y" ],
 *     "added": [ ],
 *     "step": 0,
 *     "count": 1000000,
 *     "theme": "light",
 *     "zoom": 100,
 *     "notes": "For the teacher.",
 *     "questions": [ {
 *       "question": "For the learner?",
 *       "answer": "What the view shows."
 *     } ]
 *   } ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@code format} is always {@code slotscope-lesson}; {@code version} is {@value #VERSION}.</li>
 *   <li>The lesson's {@code title} and a non-empty {@code scenes} list are required.</li>
 *   <li>In a scene, {@code title}, {@code view} ({@code layout}, {@code grow}, {@code memory},
 *       {@code compare}, {@code speed}), {@code runtime} (as the command line takes it: {@code cpython-3.8} …
 *       {@code cpython-3.15}, {@code jvm}, {@code jvm-estimate:MODE}) and {@code variants} (at least
 *       one id the runtime knows) are required.</li>
 *   <li>Optional, with their defaults: {@code attributes} {@code ["x", "y"]}, {@code added}
 *       {@code []}, {@code step} 0 (0 to the number added), {@code count} 1000000 (1 to
 *       10,000,000), {@code theme} {@code light} ({@code dark}, {@code high-contrast}),
 *       {@code zoom} 100 (percent, 100 to 300), {@code notes} {@code ""}, {@code questions}
 *       {@code []}, each with a {@code question} and an {@code answer}; {@code source}, Python class
 *       statements whose classes {@code variants} name as {@code class:NAME} (your own classes, laid
 *       out as the lesson's are; the source is read, never run); {@code timed}, a speed scene's
 *       recorded runs: {@code runtime}, {@code measuredBy} and {@code method} as texts, and
 *       {@code runs}, per class a {@code variant} with its {@code read} and {@code write}
 *       nanoseconds per access, one number per run, as many runs for every class.</li>
 *   <li>Unknown fields are refused rather than ignored, so a misspelt {@code zoom} is not
 *       silently replaced by its default.</li>
 * </ul>
 *
 * Files are written with every field, defaults included, so a file shows everything a scene fixes
 * ({@code source} only where a scene has one).
 */
public final class LessonFile {

    /** The value of {@code format}. */
    public static final String FORMAT = "slotscope-lesson";
    /** The only version this build reads and writes. */
    public static final int VERSION = 1;
    /** The file name ending the app offers when saving. */
    public static final String EXTENSION = ".slotscope.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // Objects one field a line with "name": value; short lists stay on one line.
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private LessonFile() {
    }

    /** Reads and checks a lesson file; every problem is a {@link LessonFileException} naming the file. */
    public static Lesson read(Path file) {
        if (Files.isDirectory(file)) {
            throw new LessonFileException("cannot read " + file + ": it is a folder, not a lesson file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LessonFileException("cannot read " + file + ": there is no such file", e);
        } catch (AccessDeniedException e) {
            throw new LessonFileException("cannot read " + file + ": permission denied", e);
        } catch (CharacterCodingException e) {
            throw new LessonFileException("cannot read " + file + ": it is not UTF-8 text, so not a lesson file", e);
        } catch (IOException e) {
            // A file system exception's message repeats the path; its reason alone is the news.
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
            throw new LessonFileException("cannot read " + file + ": " + reason, e);
        }
        return parse(text, file.toString());
    }

    /**
     * Reads a lesson from its text. {@code sourceName} (a path, {@code builtin:slots}) starts
     * every error message, so the user knows which lesson is meant.
     */
    public static Lesson parse(String text, String sourceName) {
        return new LessonReader(sourceName).read(text);
    }

    /** Writes the lesson atomically: {@code file} ends up with the whole new lesson or stays as it was. */
    public static void write(Lesson lesson, Path file) {
        byte[] bytes = toJson(lesson).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (FileWriteException e) {
            throw new LessonFileException(e.getMessage(), e);
        }
    }

    /** The file's text for {@code lesson}: every field of every scene, ending with a newline. */
    public static String toJson(Lesson lesson) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(Field.FORMAT, FORMAT);
        root.put(Field.VERSION, VERSION);
        root.put(Field.TITLE, lesson.title());
        ArrayNode scenes = root.putArray(Field.SCENES);
        lesson.scenes().forEach(scene -> scenes.add(toJson(scene)));
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // A tree of texts and numbers always serialises; reaching this is a bug, not a user error.
            throw new IllegalStateException("cannot serialise a lesson tree", e);
        }
    }

    private static ObjectNode toJson(Scene scene) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(Field.TITLE, scene.title());
        node.put(Field.VIEW, scene.view().id());
        node.put(Field.RUNTIME, scene.runtime().id());
        addTexts(node.putArray(Field.VARIANTS), scene.variants());
        addTexts(node.putArray(Field.ATTRIBUTES), scene.attributes());
        addTexts(node.putArray(Field.ADDED), scene.added());
        node.put(Field.STEP, scene.step());
        node.put(Field.COUNT, scene.count());
        node.put(Field.THEME, scene.theme().id());
        node.put(Field.ZOOM, scene.zoom());
        node.put(Field.NOTES, scene.notes());
        ArrayNode questions = node.putArray(Field.QUESTIONS);
        for (Scene.Question q : scene.questions()) {
            questions.addObject().put(Field.QUESTION, q.question()).put(Field.ANSWER, q.answer());
        }
        if (!scene.source().isEmpty()) {
            node.put(Field.SOURCE, scene.source());
        }
        scene.timed().ifPresent(timed -> {
            ObjectNode t = node.putObject(Field.TIMED);
            t.put(Field.TIMED_RUNTIME, timed.runtime());
            t.put(Field.MEASURED_BY, timed.measuredBy());
            t.put(Field.METHOD, timed.method());
            ArrayNode runs = t.putArray(Field.RUNS);
            for (String variant : timed.variants()) {
                ObjectNode run = runs.addObject().put(Field.VARIANT, variant);
                for (Access access : Access.values()) {
                    timed.timing(variant, access).ifPresent(timing -> timing.spread().nanos().forEach(run.putArray(access.id())::add));
                }
            }
        });
        return node;
    }

    private static void addTexts(ArrayNode array, List<String> texts) {
        texts.forEach(array::add);
    }

    /** The field names, shared by the reader and the writer so the two cannot drift apart. */
    static final class Field {
        static final String FORMAT = "format";
        static final String VERSION = "version";
        static final String TITLE = "title";
        static final String SCENES = "scenes";
        static final String VIEW = "view";
        static final String RUNTIME = "runtime";
        static final String VARIANTS = "variants";
        static final String ATTRIBUTES = "attributes";
        static final String ADDED = "added";
        static final String STEP = "step";
        static final String COUNT = "count";
        static final String THEME = "theme";
        static final String ZOOM = "zoom";
        static final String NOTES = "notes";
        static final String QUESTIONS = "questions";
        static final String QUESTION = "question";
        static final String ANSWER = "answer";
        static final String SOURCE = "source";
        static final String TIMED = "timed";
        static final String TIMED_RUNTIME = "runtime";
        static final String MEASURED_BY = "measuredBy";
        static final String METHOD = "method";
        static final String RUNS = "runs";
        static final String VARIANT = "variant";

        static final List<String> TOP_LEVEL = List.of(FORMAT, VERSION, TITLE, SCENES);
        static final List<String> SCENE = List.of(TITLE, VIEW, RUNTIME, VARIANTS, ATTRIBUTES, ADDED, STEP, COUNT,
                THEME, ZOOM, NOTES, QUESTIONS, SOURCE, TIMED);
        static final List<String> TIMED_FIELDS = List.of(TIMED_RUNTIME, MEASURED_BY, METHOD, RUNS);
        static final List<String> RUN_FIELDS = List.of(VARIANT, Access.READ.id(), Access.WRITE.id());
        static final List<String> QUESTION_FIELDS = List.of(QUESTION, ANSWER);

        private Field() {
        }
    }
}
