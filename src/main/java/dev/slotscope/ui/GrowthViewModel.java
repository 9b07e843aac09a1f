package dev.slotscope.ui;

import dev.slotscope.layout.Limits;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.Variant;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BiConsumer;

/**
 * Attributes added after construction, as a list of steps the window can step through. The
 * steps are recomputed (JVM ones off the JavaFX thread) when an attribute is added or the
 * selection changes; stepping only moves {@link #index()}.
 */
public final class GrowthViewModel {

    /** Up to this many objects are named one by one; more are counted by class. */
    private static final int NAMED_OBJECTS = 5;
    private static final ExecutorService WORKER = Background.thread("slotscope-growth");
    private final ExplorerModel explorer;
    private final List<String> added = new ArrayList<>();
    private final StringProperty nextName = new SimpleStringProperty("z");
    private final ReadOnlyObjectWrapper<List<GrowthStep>> steps = new ReadOnlyObjectWrapper<>(List.of());
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<Optional<GrowthStep>> current = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** For each step, the same step's bytes in every version or VM mode. */
    private List<List<ViewState.Bar>> barsByStep = List.of();
    private long generation;
    /** The step to show once the steps being computed arrive, if not the last. */
    private int pendingIndex = -1;
    /** Runs before moving to a step just added; by default the move is made at once. */
    private BiConsumer<List<GrowthStep>, Runnable> beforeNewStep = (all, move) -> move.run();

    private final Threads threads;

    public GrowthViewModel(ExplorerModel explorer) {
        this(explorer, Threads.app(WORKER));
    }

    /** @param threads where steps are grown (the JVM's walk real objects), and where they are shown */
    public GrowthViewModel(ExplorerModel explorer, Threads threads) {
        this.threads = threads;
        this.explorer = explorer;
        explorer.runtime().addListener((o, a, b) -> reset());
        explorer.classChoice().addListener((o, a, b) -> reset());
        explorer.attributes().addListener((o, a, b) -> reset());
        explorer.source().addListener((o, a, b) -> reset());
        explorer.sourceClass().addListener((o, a, b) -> reset());
        index.addListener((o, a, b) -> showCurrent());
        steps.addListener((o, a, b) -> showCurrent());
        suggestName();
    }

    /** Adds {@link #nextName()} and moves to the new step. */
    public void add() {
        String name = nextName.get() == null ? "" : nextName.get().strip();
        try {
            AttributeNames.checkName(name);
            Limits.checkAdded(added.size() + 1);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        added.add(name);
        recompute(true);
        suggestName();
    }

    /** Adds {@code names} in order, as a lesson's scene asks, and shows step {@code step} (0 to their number). */
    public void replay(List<String> names, int step) {
        Limits.checkAdded(names.size());
        names.forEach(AttributeNames::checkName);
        reset();
        if (names.isEmpty()) {
            return;
        }
        added.addAll(names);
        pendingIndex = step;
        recompute(false);
        suggestName();
    }

    /** The attributes added so far, in order. */
    public List<String> added() {
        return List.copyOf(added);
    }

    public void forward() {
        if (index.get() < steps.get().size() - 1) {
            index.set(index.get() + 1);
        }
    }

    public void back() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
        }
    }

    /** Back to the object as constructed, with nothing added. */
    public void reset() {
        added.clear();
        pendingIndex = -1;
        generation++;
        barsByStep = List.of();
        steps.set(List.of());
        index.set(0);
        message.set("");
        busy.set(false);
        suggestName();
    }

    private void suggestName() {
        try {
            List<String> taken = new ArrayList<>(AttributeNames.parse(explorer.attributes().get()).names());
            taken.addAll(added);
            nextName.set(new AttributeNames(taken).nextFreeName());
        } catch (IllegalArgumentException e) {
            nextName.set("z");
        }
    }

    private void recompute(boolean moveToLast) {
        long current = ++generation;
        List<String> add = List.copyOf(added);
        Runtime runtime = explorer.runtime().get();
        Subject subject;
        try {
            subject = explorer.subject();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        threads.background().execute(() -> {
            try {
                List<GrowthStep> result = runtime.grow(subject, add);
                List<List<ViewState.Bar>> bars = barsByStep(runtime, subject, add, result);
                threads.fx().execute(() -> apply(current, result, bars, moveToLast));
            } catch (IllegalArgumentException e) {
                threads.fx().execute(() -> fail(current, e.getMessage()));
            }
        });
    }

    /**
     * The bytes per instance at every step on each of the runtime's siblings (the CPython
     * versions, or the VM modes), so the comparison bars follow the step shown: 3.10 and 3.11
     * differ more once attributes are added.
     */
    private static List<List<ViewState.Bar>> barsByStep(Runtime runtime, Subject subject, List<String> add,
                                                        List<GrowthStep> shown) {
        int stepCount = shown.size();
        List<List<ViewState.Bar>> byStep = new ArrayList<>();
        for (int k = 0; k < stepCount; k++) {
            byStep.add(new ArrayList<>());
        }
        for (Runtime sibling : runtime.siblings()) {
            List<GrowthStep> steps = sibling.equals(runtime) ? shown : grownOn(sibling, subject, add);
            for (int k = 0; k < stepCount; k++) {
                Optional<Integer> bytes = steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(k).bytesPerInstance());
                byStep.get(k).add(new ViewState.Bar(sibling.shortName(), bytes, sibling.equals(runtime)));
            }
        }
        return byStep.stream().map(List::copyOf).toList();
    }

    /** The steps on another runtime of the lens; none where it lacks the class (a dataclass option before 3.11). */
    private static List<GrowthStep> grownOn(Runtime sibling, Subject subject, List<String> add) {
        if (subject instanceof Subject.Chosen chosen && !sibling.offers(chosen.choice())) {
            return List.of();
        }
        try {
            return sibling.grow(subject, add);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /**
     * Lets the window prepare a step just added before it is shown: {@code hook} gets the new steps
     * and the move to the last of them, which it runs when it is ready (the view model stays busy
     * until then). Another attribute added or a reset in the meantime makes that move do nothing.
     */
    public void beforeNewStep(BiConsumer<List<GrowthStep>, Runnable> hook) {
        beforeNewStep = hook;
    }

    private void apply(long current, List<GrowthStep> result, List<List<ViewState.Bar>> bars, boolean moveToLast) {
        if (current != generation) {
            return;
        }
        barsByStep = bars;
        // The steps already shown are equal to before, so the step shown is not drawn again.
        steps.set(result);
        message.set("");
        if (moveToLast) {
            beforeNewStep.accept(result, () -> {
                if (current == generation) {
                    busy.set(false);
                    index.set(result.size() - 1);
                }
            });
            return;
        }
        busy.set(false);
        if (pendingIndex >= 0) {
            index.set(Math.min(pendingIndex, result.size() - 1));
            pendingIndex = -1;
        }
        showCurrent();
    }

    private void fail(long current, String text) {
        if (current == generation) {
            busy.set(false);
            added.remove(added.size() - 1);
            message.set(text);
        }
    }

    private void showCurrent() {
        List<GrowthStep> all = steps.get();
        int i = Math.min(index.get(), all.size() - 1);
        current.set(all.isEmpty() || i <= 0 ? Optional.empty() : Optional.of(all.get(i)));
    }

    /**
     * The attributes the object has at the step shown: those it was constructed with, then each
     * one a step stored (a refused one is not among them). Empty while the attribute list is not valid.
     */
    public Optional<List<String>> attributesNow() {
        try {
            return Optional.of(attributesAt(AttributeNames.parse(explorer.attributes().get()).names(), steps.get(), index.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code constructed}, then the attribute of every step up to {@code index} that stored one. */
    static List<String> attributesAt(List<String> constructed, List<GrowthStep> steps, int index) {
        List<String> names = new ArrayList<>(constructed);
        for (int i = 1; i <= index && i < steps.size(); i++) {
            if (steps.get(i).outcome() instanceof StepOutcome.Stored stored && !names.contains(stored.attribute())) {
                names.add(stored.attribute());
            }
        }
        return List.copyOf(names);
    }

    /**
     * How a stored attribute reads: a caution for the subclass of a slotted class (the lesson's
     * pitfall: the dict comes back), good news otherwise.
     */
    static ViewState.Tone storedTone(ClassChoice choice) {
        return choice != null && choice.id().equals(Variant.CHILD_OF_SLOTTED.id()) ? ViewState.Tone.CAUTION : ViewState.Tone.GOOD;
    }

    /** "Attributes: x, y, z." — the attributes now, for the headline. */
    static String attributesSentence(List<String> names) {
        return names.isEmpty() ? "No attributes." : "Attributes: " + String.join(", ", names) + ".";
    }

    /**
     * What a step that stored an attribute did, in two lines: what it costs now (with the recorded
     * {@code sys.getsizeof} figures on CPython), then what the drawing counts as its objects.
     */
    static String storedText(GrowthStep step, String attribute) {
        return "obj." + attribute + " = 1.5 stored: " + step.bytesPerInstance() + " bytes per instance"
                // A HashMap's table has buckets (it alone has no split), a dict's keys table index slots.
                + step.table().map(t -> "; table of " + t.slots() + (t.split().isEmpty() ? " buckets, " : " slots, ")
                        + t.entries().size() + " entries").orElse("")
                + step.getsizeof().map(g -> "; sys.getsizeof(obj) " + g).orElse("")
                + step.dictGetsizeof().map(d -> ", sys.getsizeof(obj.__dict__) " + d).orElse("") + ".\n"
                + objectsText(step.layout());
    }

    /**
     * What "4 objects" counts: every block drawn, named ("the StandardPoint instance, dict, shared
     * keys of the class, values array"), or counted by class when there are many (a HashMap's nodes).
     */
    static String objectsText(ObjectLayout layout) {
        List<MemoryObject> objects = layout.objects();
        String what;
        if (objects.size() <= NAMED_OBJECTS) {
            what = objects.stream().map(o -> o.label() + (o.shared() && !o.label().contains("shared") ? " (shared)" : ""))
                    .collect(Collectors.joining(", "));
        } else {
            Map<String, Long> byClass = objects.stream().collect(Collectors.groupingBy(
                    o -> JavaDeclaration.simple(o.type()), LinkedHashMap::new, Collectors.counting()));
            what = byClass.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getValue() + " × " + e.getKey())
                    .collect(Collectors.joining(", "));
        }
        return objects.size() + (objects.size() == 1 ? " object" : " objects") + " drawn: " + what + ".";
    }

    public StringProperty nextName() {
        return nextName;
    }

    public ReadOnlyObjectProperty<List<GrowthStep>> steps() {
        return steps.getReadOnlyProperty();
    }

    /** The step shown: 0 is the object as constructed. */
    public IntegerProperty index() {
        return index;
    }

    /** The step shown, empty at step 0 (the explorer's own layout is then drawn). */
    public ReadOnlyObjectProperty<Optional<GrowthStep>> current() {
        return current.getReadOnlyProperty();
    }

    /** The comparison bars at the step shown, or empty at step 0 (the explorer's own bars are then shown). */
    public Optional<List<ViewState.Bar>> currentBars() {
        int i = index.get();
        return i <= 0 || i >= barsByStep.size() ? Optional.empty() : Optional.of(barsByStep.get(i));
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
