package dev.slotscope.lesson;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonGrowth;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.HashTable;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.Region;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.runtime.MemoryPlanner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in lesson teaches what the seed tutorial teaches, and every figure it states is the
 * model's. A figure is a number with a unit: {@code 152 bytes}, {@code 64-byte}, {@code 104 MB},
 * {@code 68%}, {@code 16 slots}. Text in “curly quotes” is a claim the lesson examines, quoted
 * rather than stated, so its numbers are not checked.
 */
class SlotsLessonTest {

    private static final Lesson LESSON = Lessons.builtin("slots");
    private static final AttributeNames XY = AttributeNames.DEFAULT;
    private static final InstanceCount MILLION = InstanceCount.MILLION;
    /** A whole number and its unit, or a percentage; never the tail of a version such as 3.12. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\d.])(?:(\\d+)[- ](bytes?|MB|slots?)\\b|(\\d+(?:\\.\\d+)?)%)");
    private static final Pattern QUOTED_CLAIM = Pattern.compile("“[^”]*”");

    private final CPythonLens python = new CPythonLens();
    private final CPythonGrowth growth = new CPythonGrowth();
    private final JvmLens jvm = new JvmLens();
    private final MemoryPlanner planner = new MemoryPlanner();

    @Test
    void hasTheScenesTheSeedLessonNeeds() {
        assertTrue(LESSON.scenes().size() >= 10 && LESSON.scenes().size() <= 17, "scenes: " + LESSON.scenes().size());
        scene(ViewKind.LAYOUT, "cpython-3.10", "standard");
        scene(ViewKind.LAYOUT, "cpython-3.12", "standard");
        scene(ViewKind.COMPARE, "cpython-3.10", "standard", "slotted");
        scene(ViewKind.COMPARE, "cpython-3.10", "slotted", "dataclass-slots");
        Scene dictGrows = scene(ViewKind.GROW, "cpython-3.10", "standard");
        assertEquals(List.of("z", "w", "v", "u"), dictGrows.added());
        assertEquals(4, dictGrows.step());
        Scene refused = scene(ViewKind.GROW, "cpython-3.12", "slotted");
        assertEquals(List.of("z"), refused.added());
        assertEquals(1, refused.step());
        scene(ViewKind.COMPARE, "cpython-3.10", "slotted", "child-of-slotted");
        scene(ViewKind.COMPARE, "cpython-3.12", "slotted", "slotted-weakref");
        assertEquals(1_000_000, scene(ViewKind.MEMORY, "cpython-3.10", "standard", "slotted").count());
        assertEquals(1_000_000, scene(ViewKind.MEMORY, "cpython-3.14", "standard", "slotted").count());
        scene(ViewKind.COMPARE, "jvm-estimate:compressed", "standard", "slotted");
        assertEquals(1_000_000, scene(ViewKind.MEMORY, "jvm-estimate:compressed", "standard", "slotted").count());
        // The speed claim, where it holds, where it has gone, and the JVM's answer: each with runs recorded.
        assertTrue(scene(ViewKind.SPEED, "cpython-3.10", "standard", "slotted").timed().isPresent());
        assertTrue(scene(ViewKind.SPEED, "cpython-3.12", "standard", "slotted").timed().isPresent());
        assertTrue(scene(ViewKind.SPEED, "jvm", "standard", "slotted").timed().isPresent());
    }

    @Test
    void everySceneHasNotesAndQuestionsWithAnswers() {
        for (Scene scene : LESSON.scenes()) {
            assertFalse(scene.notes().isBlank(), scene.title());
            assertFalse(scene.questions().isEmpty(), scene.title());
            scene.questions().forEach(q -> assertFalse(q.answer().isBlank(), q.question()));
        }
    }

    @Test
    void asksWhatTheSeedLessonAsks() {
        List<String> questions = LESSON.scenes().stream().flatMap(s -> s.questions().stream()).map(Scene.Question::question).toList();
        assertTrue(questions.contains("What is __slots__ for?"), questions.toString());
        assertTrue(questions.stream().anyMatch(q -> q.contains("sets an attribute that is not in __slots__")), questions.toString());
        assertTrue(questions.stream().anyMatch(q -> q.contains("inheriting from a slotted class")), questions.toString());
    }

    /**
     * The notes are shown beside the questions, to the learner too: they say what to look at and
     * the figures on screen, and leave the answer to the hidden answer. The answer's opening
     * clause, its direct reply, is nowhere in the notes.
     */
    @Test
    void noNoteGivesAwayTheAnswerBesideIt() {
        Pattern clauseEnd = Pattern.compile("[.:;](\\s|$)");
        for (Scene scene : LESSON.scenes()) {
            String notes = scene.notes().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            for (Scene.Question q : scene.questions()) {
                Matcher end = clauseEnd.matcher(q.answer());
                String reply = (end.find() ? q.answer().substring(0, end.start()) : q.answer())
                        .toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
                assertFalse(notes.contains(reply), () -> "scene '" + scene.title() + "': the notes say \"" + reply
                        + "\", the answer to: " + q.question());
            }
        }
    }

    /**
     * Each scene names the per-instance cost of what it shows, a memory scene its totals and the
     * saving, and a speed scene the median of every row of its recorded runs.
     */
    @Test
    void eachSceneStatesTheFiguresOfWhatItShows() {
        for (Scene scene : LESSON.scenes()) {
            List<String> expected = new ArrayList<>();
            if (scene.view() == ViewKind.SPEED) {
                scene.timed().orElseThrow().timings().forEach(t -> expected.add(
                        String.format(java.util.Locale.ROOT, "%.2f ns", t.spread().median())));
            } else if (scene.view() == ViewKind.GROW) {
                List<GrowthStep> steps = grow(scene);
                expected.add(steps.get(scene.step() - 1).bytesPerInstance() + " bytes");
                expected.add(steps.get(scene.step()).bytesPerInstance() + " bytes");
            } else {
                List<MemoryEstimate> estimates = scene.variants().stream().map(v -> estimate(scene.runtime().id(), v, scene.count())).toList();
                estimates.forEach(e -> expected.add(e.bytesPerInstance() + " bytes"));
                if (scene.view() == ViewKind.MEMORY) {
                    estimates.forEach(e -> expected.add(megabytes(e.totalBytes()) + " MB"));
                    expected.add(megabytes(estimates.get(0).totalBytes() - estimates.get(1).totalBytes()) + " MB");
                }
            }
            for (String figure : expected) {
                assertTrue(statedIn(scene.notes(), figure), () -> "scene '" + scene.title() + "' does not state " + figure);
            }
        }
    }

    /** Every figure in notes, questions and answers is one the model gives for the lesson's classes. */
    @Test
    void everyFigureComesFromTheModel() {
        Figures model = modelFigures();
        int checked = 0;
        for (Scene scene : LESSON.scenes()) {
            List<String> texts = new ArrayList<>(List.of(scene.notes()));
            scene.questions().forEach(q -> texts.addAll(List.of(q.question(), q.answer())));
            for (String text : texts) {
                Matcher m = FIGURE.matcher(QUOTED_CLAIM.matcher(text).replaceAll("“…”"));
                while (m.find()) {
                    String number = m.group(1) != null ? m.group(1) : m.group(3);
                    String unit = m.group(1) != null ? m.group(2) : "%";
                    boolean known = unit.equals("%") ? model.isPercent(number)
                            : unit.startsWith("byte") ? model.bytes.contains(Long.parseLong(number))
                            : unit.equals("MB") ? model.megabytes.contains(Long.parseLong(number))
                            : model.tableSlots.contains(Long.parseLong(number));
                    assertTrue(known, "scene '" + scene.title() + "': " + m.group() + " is not a figure of the model");
                    checked++;
                }
            }
        }
        assertTrue(checked > 60, "only " + checked + " figures found: is the pattern still right?");
    }

    @Test
    void whatEachVersionSavesOnAMillionPointsIsTheModels() {
        Scene scene = scene(ViewKind.MEMORY, "cpython-3.14", "standard", "slotted");
        List<String> parts = new ArrayList<>();
        CPythonVersion[] versions = CPythonVersion.values();
        for (int i = 0; i < versions.length; ) {
            long saved = savedMegabytes(versions[i]);
            int j = i;
            while (j + 1 < versions.length && savedMegabytes(versions[j + 1]) == saved) {
                j++;
            }
            parts.add(saved + " MB on " + versions[i].number() + (j > i ? " to " + versions[j].number() : ""));
            i = j + 1;
        }
        String expected = String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        assertEquals("104 MB on 3.8 to 3.10, 40 MB on 3.11, 32 MB on 3.12 and 40 MB on 3.13 to 3.15", expected);
        assertTrue(scene.notes().contains(expected), scene.notes());
        assertTrue(scene.questions().get(0).answer().contains(
                bytes("cpython-3.11", "standard") + " bytes, " + bytes("cpython-3.12", "standard") + " bytes and "
                        + bytes("cpython-3.13", "standard") + " bytes on 3.11, 3.12 and 3.13"), scene.questions().get(0).answer());
    }

    @Test
    void theSubclassCostsWhatTheModelSays() {
        Scene scene = scene(ViewKind.COMPARE, "cpython-3.10", "slotted", "child-of-slotted");
        assertEquals(bytes("cpython-3.11", "standard"), bytes("cpython-3.11", "child-of-slotted"));
        assertEquals(bytes("cpython-3.12", "standard"), bytes("cpython-3.12", "child-of-slotted"));
        assertTrue(scene.notes().contains("On 3.11 a ChildOfSlotted costs " + bytes("cpython-3.11", "child-of-slotted")
                + " bytes and on 3.12 it costs " + bytes("cpython-3.12", "child-of-slotted") + " bytes, exactly as much as a"
                + " StandardPoint there; on 3.13 it costs " + bytes("cpython-3.13", "child-of-slotted") + " bytes"), scene.notes());
        assertEquals(bytes("cpython-3.10", "child-of-slotted"), bytes("cpython-3.13", "child-of-slotted"));
        Scene dictArrives = scene(ViewKind.GROW, "cpython-3.10", "child-of-slotted");
        assertTrue(grow(dictArrives).get(1).bytesPerInstance() > bytes("cpython-3.10", "standard"),
                "the lesson says the subclass ends up costing more than a StandardPoint");
    }

    @Test
    void weakReferenceSupportCostsWhatTheModelSays() {
        Scene scene = scene(ViewKind.COMPARE, "cpython-3.12", "slotted", "slotted-weakref");
        for (CPythonVersion v : CPythonVersion.values()) {
            long extra = bytes(v.id(), "slotted-weakref") - bytes(v.id(), "slotted");
            assertEquals(v.hasManagedWeakref() ? 16 : 8, extra, v.id());
        }
        assertTrue(scene.questions().get(0).answer().startsWith("8 bytes on 3.8 to 3.11 (56 bytes instead of 48 bytes), "
                + "16 bytes on 3.12 to 3.15 (64 bytes)"), scene.questions().get(0).answer());
        assertEquals(56, bytes("cpython-3.11", "slotted-weakref"));
        assertEquals(64, bytes("cpython-3.13", "slotted-weakref"));
    }

    @Test
    void theAttributeErrorIsQuotedAsTheModelGivesIt() {
        Scene scene = scene(ViewKind.GROW, "cpython-3.12", "slotted");
        String on312 = refusal(CPythonVersion.V3_12);
        String on313 = refusal(CPythonVersion.V3_13);
        assertTrue(scene.notes().contains(on312 + "."), scene.notes());
        assertTrue(on313.startsWith(on312 + " "), on313);
        String addition = on313.substring(on312.length() + 1);
        assertTrue(scene.questions().get(0).answer().contains("\"" + addition + "\""), scene.questions().get(0).answer());
    }

    @Test
    void aMapPointCostsEightFieldPoints() {
        Scene scene = scene(ViewKind.COMPARE, "jvm-estimate:compressed", "standard", "slotted");
        assertEquals(8 * bytes(scene.runtime().id(), "slotted"), bytes(scene.runtime().id(), "standard"));
        assertTrue(scene.questions().get(0).question().contains("eight times"), scene.questions().get(0).question());
    }

    private static Scene scene(ViewKind view, String runtime, String... variants) {
        List<Scene> found = LESSON.scenes().stream()
                .filter(s -> s.view() == view && s.runtime().id().equals(runtime) && s.variants().equals(List.of(variants)))
                .toList();
        assertEquals(1, found.size(), () -> "scenes with " + view.id() + " " + runtime + " " + List.of(variants) + ": " + found);
        return found.get(0);
    }

    private static boolean statedIn(String text, String figure) {
        // "64 bytes" is also stated as "the 64-byte object".
        String pattern = Pattern.quote(figure).replace(" ", "\\E[- ]\\Q").replace("bytes", "byte\\E(?:s)?\\Q");
        return Pattern.compile("(?<![\\d.])" + pattern).matcher(QUOTED_CLAIM.matcher(text).replaceAll("“…”")).find();
    }

    private List<GrowthStep> grow(Scene scene) {
        CPythonVersion version = CPythonVersion.fromId(scene.runtime().id()).orElseThrow();
        return growth.grow(version, Variant.fromId(scene.variant()).orElseThrow(), AttributeNames.of(scene.attributes()), scene.added());
    }

    private String refusal(CPythonVersion version) {
        StepOutcome outcome = growth.grow(version, Variant.SLOTTED, XY, List.of("z")).get(1).outcome();
        return ((StepOutcome.Refused) outcome).message();
    }

    private MemoryEstimate estimate(String runtime, String variant, long count) {
        InstanceCount n = new InstanceCount(count);
        return JvmMode.fromRuntimeId(runtime)
                .map(mode -> planner.jvm(mode, JvmVariant.fromId(variant).orElseThrow(), XY, n))
                .orElseGet(() -> planner.cpython(CPythonVersion.fromId(runtime).orElseThrow(),
                        Variant.fromId(variant).orElseThrow(), XY, n));
    }

    private long bytes(String runtime, String variant) {
        return estimate(runtime, variant, 1).bytesPerInstance();
    }

    private long savedMegabytes(CPythonVersion version) {
        return megabytes(estimate(version.id(), "standard", MILLION.value()).totalBytes()
                - estimate(version.id(), "slotted", MILLION.value()).totalBytes());
    }

    private static long megabytes(long bytes) {
        return Math.round(bytes / 1e6);
    }

    /**
     * The figures the lesson may quote: for x, y on every CPython version and JOL's compressed
     * estimate, every variant's cost per instance, its objects' and regions' sizes, the shared
     * bytes, and the differences between variants; a million of each in MB, the savings in MB and
     * percent; and for the lesson's growth scenes every step's sizes and table slots.
     */
    private Figures modelFigures() {
        Figures figures = new Figures();
        for (CPythonVersion version : CPythonVersion.values()) {
            List<String> variants = Stream.of(Variant.values()).filter(v -> v.availableIn(version)).map(Variant::id).toList();
            for (Variant variant : Variant.values()) {
                if (variant.availableIn(version)) {
                    CPythonObject object = python.describe(version, variant, XY);
                    figures.addLayout(object.layout());
                    figures.bytes.add((long) object.figures().getsizeof());
                }
            }
            figures.addComparisons(version.id(), variants);
        }
        List<String> jvmVariants = Stream.of(JvmVariant.values()).map(JvmVariant::id).toList();
        for (JvmVariant variant : JvmVariant.values()) {
            figures.addLayout(jvm.describe(variant, XY, JvmMode.COMPRESSED).layout());
        }
        figures.addComparisons(JvmMode.COMPRESSED.runtimeId(), jvmVariants);
        LESSON.scenes().stream().filter(s -> s.view() == ViewKind.GROW).forEach(scene -> grow(scene).forEach(step -> {
            figures.addLayout(step.layout());
            figures.bytes.add((long) step.bytesPerInstance());
            step.table().map(HashTable::slots).ifPresent(slots -> figures.tableSlots.add((long) slots));
        }));
        return figures;
    }

    private final class Figures {
        final Set<Long> bytes = new TreeSet<>();
        final Set<Long> megabytes = new TreeSet<>();
        final Set<Long> tableSlots = new TreeSet<>();
        final Set<Double> percents = new HashSet<>();

        void addLayout(ObjectLayout layout) {
            bytes.add((long) layout.ownedBytes());
            bytes.add((long) layout.sharedBytes());
            for (MemoryObject object : layout.objects()) {
                bytes.add((long) object.size());
                object.regions().stream().map(Region::size).forEach(size -> bytes.add((long) size));
            }
        }

        void addComparisons(String runtime, List<String> variants) {
            for (String a : variants) {
                MemoryEstimate larger = estimate(runtime, a, MILLION.value());
                bytes.add(larger.bytesPerInstance());
                megabytes.add(megabytes(larger.totalBytes()));
                for (String b : variants) {
                    MemoryEstimate smaller = estimate(runtime, b, MILLION.value());
                    long saved = larger.totalBytes() - smaller.totalBytes();
                    if (saved > 0) {
                        bytes.add(larger.bytesPerInstance() - smaller.bytesPerInstance());
                        megabytes.add(megabytes(saved));
                        percents.add(100.0 * saved / larger.totalBytes());
                    }
                }
            }
        }

        /** A percentage as written, rounded to as many decimals as it shows. */
        boolean isPercent(String written) {
            double value = Double.parseDouble(written);
            double tolerance = written.contains(".") ? 0.05 : 0.5;
            return percents.stream().anyMatch(p -> Math.abs(p - value) < tolerance);
        }
    }
}
