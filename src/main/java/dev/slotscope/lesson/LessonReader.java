package dev.slotscope.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.InvalidAttributeNameException;
import dev.slotscope.layout.Limits;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.speed.Access;
import dev.slotscope.speed.SpeedResult;
import dev.slotscope.speed.Spread;
import dev.slotscope.speed.Timing;
import dev.slotscope.lesson.LessonFile.Field;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.theme.Theme;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a lesson file's text into a {@link Lesson}, refusing anything the app could not show.
 * Runtimes, variants and attribute names are checked by the model's own {@code fromId} and
 * {@code checkName}, so a file is valid exactly when the command line would accept its scenes.
 */
final class LessonReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String source;

    LessonReader(String source) {
        this.source = source;
    }

    Lesson read(String text) {
        // Some Windows editors start UTF-8 files with a byte order mark; JSON does not allow one.
        String json = text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1);
        if (json.isBlank()) {
            throw new LessonFileException(source + " is empty: a lesson file holds one JSON object");
        }
        JsonNode root = parseJson(json);
        LocatedObject top = new LocatedObject(root, "at the top level");
        if (!root.isObject()) {
            throw top.fail("a lesson file holds one JSON object { … }, not " + describe(root));
        }
        // Format and version first: a file of another kind or a newer version is named as such,
        // not by the first field this version does not know.
        checkFormatAndVersion(top);
        top.refuseUnknownFields(Field.TOP_LEVEL);
        String title = top.text(Field.TITLE);
        JsonNode scenesNode = top.required(Field.SCENES);
        if (!scenesNode.isArray()) {
            throw top.fail("'scenes' must be a list of scenes, not " + describe(scenesNode));
        }
        if (scenesNode.isEmpty()) {
            throw top.fail("'scenes' is empty: a lesson needs at least one scene");
        }
        try {
            Limits.checkScenes(scenesNode.size());
        } catch (Limits.LimitException e) {
            throw top.fail("'scenes': " + e.getMessage());
        }
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < scenesNode.size(); i++) {
            scenes.add(scene(i + 1, scenesNode.get(i)));
        }
        return new Lesson(title, scenes);
    }

    private JsonNode parseJson(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode root = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new LessonFileException(source + where(parser.currentTokenLocation())
                        + ": there is more text after the end of the lesson's JSON object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            // Jackson stops at its limits (nesting depth, text and number length) without a location.
            throw new LessonFileException(source + where(e.getLocation()) + ": " + constraintProblem(e), e);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(source + where(e.getLocation()) + ": " + syntaxProblem(e), e);
        } catch (IOException e) {
            // The text is already in memory; a parser reading a String has no I/O of its own to fail.
            throw new IllegalStateException("reading JSON from a string failed", e);
        }
    }

    /** ", line 3, column 7", or nothing where Jackson gives no location. */
    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String constraintProblem(StreamConstraintsException e) {
        String detail = String.valueOf(e.getOriginalMessage());
        if (detail.contains("nesting depth")) {
            return "lists and objects are nested more than " + StreamReadConstraints.defaults().getMaxNestingDepth()
                    + " deep, so this is not a lesson (a lesson nests them three deep)";
        }
        return String.format(Locale.ROOT, "a text or number in it is too long for a lesson (%,d characters or %,d digits at most)",
                StreamReadConstraints.defaults().getMaxStringLength(), StreamReadConstraints.defaults().getMaxNumberLength());
    }

    /** Jackson's own wording says which character it found and what it expected; that part is kept. */
    private static String syntaxProblem(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the JSON ends too early (is the file cut off?)";
        }
        String detail = e.getOriginalMessage();
        int marker = detail == null ? -1 : detail.indexOf(" (start marker");
        if (marker >= 0) {
            detail = detail.substring(0, marker);
        }
        // Anything that names Jackson's classes or settings would only confuse a teacher.
        if (detail == null || detail.contains("`") || detail.contains("com.fasterxml") || detail.contains("[Source")) {
            return "this is not valid JSON";
        }
        return "this is not valid JSON: " + detail;
    }

    private void checkFormatAndVersion(LocatedObject top) {
        JsonNode format = top.json.get(Field.FORMAT);
        if (format == null) {
            throw top.fail("'format' is missing, so this is not a Slotscope lesson (expected \"format\": \""
                    + LessonFile.FORMAT + "\")");
        }
        if (!format.isTextual() || !format.asText().equals(LessonFile.FORMAT)) {
            throw top.fail("'format' is " + describe(format) + ", not \"" + LessonFile.FORMAT
                    + "\", so this is not a Slotscope lesson");
        }
        JsonNode version = top.required(Field.VERSION);
        if (!version.isIntegralNumber()) {
            throw top.fail("'version' must be a whole number, not " + describe(version));
        }
        if (!version.canConvertToInt() || version.asInt() != LessonFile.VERSION) {
            throw top.fail("lesson format version " + version.asText() + " is not understood; this Slotscope reads version "
                    + LessonFile.VERSION + " only");
        }
    }

    private Scene scene(int number, JsonNode node) {
        String label = "in scene " + number;
        if (!node.isObject()) {
            throw new LocatedObject(node, label).fail("a scene must be an object { … }, not " + describe(node));
        }
        JsonNode titleNode = node.get(Field.TITLE);
        if (titleNode != null && titleNode.isTextual()) {
            label += " (\"" + titleNode.asText() + "\")";
        }
        LocatedObject scene = new LocatedObject(node, label);
        scene.refuseUnknownFields(Field.SCENE);
        String title = scene.text(Field.TITLE);
        ViewKind view = scene.choice(Field.VIEW, ViewKind::fromId, Arrays.stream(ViewKind.values()).map(ViewKind::id));
        List<String> variants = scene.texts(Field.VARIANTS);
        String source = scene.optionalText(Field.SOURCE).orElse("");
        Runtime runtime = runtimeAndVariants(scene, scene.text(Field.RUNTIME), variants);
        List<String> attributes = scene.optionalTexts(Field.ATTRIBUTES).orElse(AttributeNames.DEFAULT.names());
        checkNames(scene, Field.ATTRIBUTES, attributes);
        List<String> added = scene.optionalTexts(Field.ADDED).orElse(List.of());
        try {
            Limits.checkAdded(added.size());
        } catch (Limits.LimitException e) {
            throw scene.fail("'" + Field.ADDED + "': " + e.getMessage());
        }
        checkNames(scene, Field.ADDED, added);
        long step = scene.wholeNumber(Field.STEP, 0, 0, added.size(),
                "0 to " + added.size() + " (the number of attributes in 'added')");
        long count = scene.wholeNumber(Field.COUNT, InstanceCount.MILLION.value(), InstanceCount.MIN, InstanceCount.MAX,
                new InstanceCount(InstanceCount.MIN).display() + " to " + new InstanceCount(InstanceCount.MAX).display()
                        + " (instances)");
        Theme theme = scene.optionalChoice(Field.THEME, Theme::fromId, Arrays.stream(Theme.values()).map(Theme::id))
                .orElse(Theme.LIGHT);
        long zoom = scene.wholeNumber(Field.ZOOM, Scene.MIN_ZOOM, Scene.MIN_ZOOM, Scene.MAX_ZOOM,
                Scene.MIN_ZOOM + " to " + Scene.MAX_ZOOM + " (percent)");
        String notes = scene.optionalText(Field.NOTES).orElse("");
        List<Scene.Question> questions = questions(scene);
        Optional<SpeedResult> timed = timed(scene);
        try {
            return new Scene(title, view, runtime, variants, attributes, added, (int) step, count, theme, (int) zoom,
                    notes, questions, source, timed);
        } catch (IllegalArgumentException e) {
            throw scene.fail(e.getMessage());
        }
    }

    /** The scene's runtime, once it and the variants are known to go together. */
    private static Runtime runtimeAndVariants(LocatedObject scene, String runtime, List<String> variants) {
        if (variants.isEmpty()) {
            throw scene.fail("'variants' is empty: a scene shows at least one variant");
        }
        Runtime rt;
        try {
            rt = Runtime.fromId(runtime);
        } catch (IllegalArgumentException e) {
            throw scene.fail(e.getMessage());
        }
        List<String> seen = new ArrayList<>();
        for (String id : variants) {
            if (seen.contains(id)) {
                throw scene.fail("variant '" + id + "' appears twice in 'variants'");
            }
            seen.add(id);
            if (id.startsWith(Scene.WRITTEN_PREFIX)) {
                continue;
            }
            try {
                rt.lessonClass(id);
            } catch (IllegalArgumentException e) {
                throw scene.fail(e.getMessage());
            }
        }
        return rt;
    }

    private static void checkNames(LocatedObject scene, String field, List<String> names) {
        try {
            AttributeNames.of(names);
        } catch (InvalidAttributeNameException | Limits.LimitException e) {
            throw scene.fail("'" + field + "': " + e.getMessage());
        }
    }

    /** A speed scene's recorded runs: who measured them, how, and each variant's reads and writes in nanoseconds. */
    private Optional<SpeedResult> timed(LocatedObject scene) {
        JsonNode node = scene.json.get(Field.TIMED);
        if (node == null) {
            return Optional.empty();
        }
        LocatedObject timed = new LocatedObject(node, scene.where + ", 'timed'");
        if (!node.isObject()) {
            throw timed.fail("must be an object with \"runtime\", \"measuredBy\", \"method\" and \"runs\", not " + describe(node));
        }
        timed.refuseUnknownFields(Field.TIMED_FIELDS);
        String runtime = timed.text(Field.TIMED_RUNTIME);
        String measuredBy = timed.text(Field.MEASURED_BY);
        String method = timed.text(Field.METHOD);
        JsonNode runs = timed.required(Field.RUNS);
        if (!runs.isArray() || runs.isEmpty()) {
            throw timed.fail("'runs' must be a list of {\"variant\", \"read\", \"write\"} objects, not " + describe(runs));
        }
        List<Timing> timings = new ArrayList<>();
        Integer count = null;
        for (int i = 0; i < runs.size(); i++) {
            LocatedObject run = new LocatedObject(runs.get(i), timed.where + ", run " + (i + 1));
            if (!run.json.isObject()) {
                throw run.fail("must be an object with \"variant\", \"read\" and \"write\", not " + describe(run.json));
            }
            run.refuseUnknownFields(Field.RUN_FIELDS);
            String variant = run.text(Field.VARIANT);
            for (Access access : Access.values()) {
                List<Double> nanos = run.numbers(access.id());
                if (count != null && nanos.size() != count) {
                    throw run.fail("'" + access.id() + "' has " + nanos.size() + " runs, the others " + count
                            + ": the classes are timed side by side, run for run");
                }
                count = nanos.size();
                timings.add(new Timing(variant, access, new Spread(nanos)));
            }
        }
        return Optional.of(new SpeedResult(runtime, measuredBy, method, timings));
    }

    private List<Scene.Question> questions(LocatedObject scene) {
        JsonNode list = scene.json.get(Field.QUESTIONS);
        if (list == null) {
            return List.of();
        }
        if (!list.isArray()) {
            throw scene.fail("'questions' must be a list of {\"question\", \"answer\"} objects, not " + describe(list));
        }
        List<Scene.Question> questions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            LocatedObject q = new LocatedObject(list.get(i), scene.where + ", question " + (i + 1));
            if (!q.json.isObject()) {
                throw q.fail("a question must be an object with \"question\" and \"answer\", not " + describe(q.json));
            }
            q.refuseUnknownFields(Field.QUESTION_FIELDS);
            questions.add(new Scene.Question(q.text(Field.QUESTION), q.text(Field.ANSWER)));
        }
        return questions;
    }

    /** A JSON value as the user wrote it, for messages: {@code the text "4"}, {@code a list}. */
    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the text \"" + abbreviate(node.asText()) + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            // Binary, POJO and missing nodes come from code, never from parsed JSON text.
            case BINARY, POJO, MISSING -> "nothing";
        };
    }

    private static String abbreviate(String text) {
        int limit = 40;
        return text.length() <= limit ? text : text.substring(0, limit) + "…";
    }

    /** One JSON object of the file and where it is, with typed reads that fail with that place named. */
    private final class LocatedObject {
        final JsonNode json;
        final String where;

        LocatedObject(JsonNode json, String where) {
            this.json = json;
            this.where = where;
        }

        LessonFileException fail(String problem) {
            return new LessonFileException(source + ", " + where + ": " + problem);
        }

        void refuseUnknownFields(List<String> known) {
            for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw fail("unknown field '" + name + "'; the fields here are " + String.join(", ", known));
                }
            }
        }

        JsonNode required(String field) {
            JsonNode value = json.get(field);
            if (value == null) {
                throw fail("'" + field + "' is missing");
            }
            return value;
        }

        String text(String field) {
            return asText(field, required(field));
        }

        Optional<String> optionalText(String field) {
            return Optional.ofNullable(json.get(field)).map(value -> asText(field, value));
        }

        private String asText(String field, JsonNode value) {
            if (!value.isTextual()) {
                throw fail("'" + field + "' must be a text, not " + describe(value));
            }
            return value.asText();
        }

        List<String> texts(String field) {
            return asTexts(field, required(field));
        }

        Optional<List<String>> optionalTexts(String field) {
            return Optional.ofNullable(json.get(field)).map(value -> asTexts(field, value));
        }

        private List<String> asTexts(String field, JsonNode value) {
            if (!value.isArray()) {
                throw fail("'" + field + "' must be a list of texts, not " + describe(value));
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw fail("'" + field + "' must hold texts only, not " + describe(item));
                }
                texts.add(item.asText());
            }
            return texts;
        }

        /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent. */
        /** Nanoseconds per access, one per run: as many finite numbers as a measurement makes runs. */
        List<Double> numbers(String field) {
            JsonNode value = required(field);
            if (!value.isArray() || value.size() < Spread.MIN_RUNS || value.size() > Spread.MAX_RUNS) {
                throw fail("'" + field + "' must be a list of " + Spread.MIN_RUNS + " to " + Spread.MAX_RUNS
                        + " numbers (nanoseconds per access, one per run), not "
                        + describe(value));
            }
            List<Double> numbers = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isNumber() || !Double.isFinite(item.asDouble())) {
                    throw fail("'" + field + "' must hold numbers (nanoseconds per access), not " + describe(item));
                }
                numbers.add(item.asDouble());
            }
            return numbers;
        }

        long wholeNumber(String field, long fallback, long min, long max, String range) {
            JsonNode value = json.get(field);
            if (value == null) {
                return fallback;
            }
            if (!value.isNumber() || !value.canConvertToExactIntegral()) {
                throw fail("'" + field + "' must be a whole number, not " + describe(value));
            }
            // Compared as a BigInteger so that 1e30 is out of range rather than wrapped around.
            BigInteger number = value.bigIntegerValue();
            if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
                throw fail("'" + field + "' is " + value.asText() + ", but it must be " + range);
            }
            return number.longValueExact();
        }

        <T> T choice(String field, Function<String, Optional<T>> fromId, Stream<String> known) {
            return byId(field, text(field), fromId, known);
        }

        <T> Optional<T> optionalChoice(String field, Function<String, Optional<T>> fromId, Stream<String> known) {
            return optionalText(field).map(id -> byId(field, id, fromId, known));
        }

        private <T> T byId(String field, String id, Function<String, Optional<T>> fromId, Stream<String> known) {
            return fromId.apply(id).orElseThrow(() -> fail("unknown " + field + " '" + id + "'; known: "
                    + known.collect(Collectors.joining(", "))));
        }
    }
}
