package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.Subject;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MeasuredPoint;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.MemoryChartModel;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.memory.Progress;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Memory for N instances, for what an explorer shows. The per-instance figures are computed when
 * the selection changes (JVM ones off the JavaFX thread); moving the count only multiplies, so the
 * slider stays smooth. A measurement runs on its own thread, with progress and cancel.
 */
public final class MemoryViewModel {

    /** What the charts put side by side. */
    public enum Comparison {
        VARIANTS("every variant"),
        VERSIONS("every version or VM mode"),
        OTHER_LENS("beside the other lens");

        private final String text;

        Comparison(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final ExecutorService WORKER = Background.thread("slotscope-memory");

    private final ExplorerModel explorer;
    private final ObjectProperty<InstanceCount> count = new SimpleObjectProperty<>(InstanceCount.MILLION);
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(Comparison.VARIANTS);
    private final ObservableList<Comparison> comparisons = FXCollections.observableArrayList(Comparison.values());
    private final BooleanProperty allocatorBlocks = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<MemoryEstimate>> estimates = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<MemoryChartModel> chart = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper claim = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper measureText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private List<MemoryEstimate> base = List.of();
    private String subject = "";
    /** Measurements of the current selection, drawn beside their predictions until the selection changes. */
    private List<MeasuredPoint> measured = List.of();
    private long generation;
    private AtomicBoolean cancelFlag = new AtomicBoolean();

    private final Threads threads;

    public MemoryViewModel(ExplorerModel explorer) {
        this(explorer, Threads.app(WORKER));
    }

    /** @param threads where figures that walk real objects and measurements run, and where their results are shown */
    public MemoryViewModel(ExplorerModel explorer, Threads threads) {
        this.threads = threads;
        this.explorer = explorer;
        explorer.runtime().addListener((o, a, b) -> recompute());
        explorer.classChoice().addListener((o, a, b) -> recompute());
        explorer.attributes().addListener((o, a, b) -> recompute());
        explorer.source().addListener((o, a, b) -> recompute());
        explorer.sourceClass().addListener((o, a, b) -> recompute());
        explorer.classChoice().addListener((o, a, b) -> offerComparisons());
        // Empty for a moment while the chooser's items change (offerComparisons).
        comparison.addListener((o, a, b) -> {
            if (b != null) {
                recompute();
            }
        });
        allocatorBlocks.addListener((o, a, b) -> recompute());
        count.addListener((o, a, b) -> rescale());
        offerComparisons();
        recompute();
    }

    private Optional<AttributeNames> attrs() {
        try {
            return Optional.of(AttributeNames.parse(explorer.attributes().get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The comparisons that apply to what is shown: your class has no analogue in the other lens. */
    public ObservableList<Comparison> comparisons() {
        return comparisons;
    }

    /** How the chooser names {@code c} for what is shown: for your class, the classes of its source. */
    public String nameOf(Comparison c) {
        return c == Comparison.VARIANTS && explorer.classChoice().get() instanceof ClassChoice.WrittenClass
                ? "every class of your source" : c.toString();
    }

    private void offerComparisons() {
        boolean written = explorer.classChoice().get() instanceof ClassChoice.WrittenClass;
        List<Comparison> offered = written ? List.of(Comparison.VARIANTS, Comparison.VERSIONS) : List.of(Comparison.values());
        Comparison now = comparison.get();
        if (!comparisons.equals(offered)) {
            comparisons.setAll(offered);
        }
        comparison.set(offered.contains(now) ? now : Comparison.VARIANTS);
    }

    /** Per-instance figures for the current selection (at a count of one). */
    private void recompute() {
        Optional<AttributeNames> attrs = attrs();
        // The choice is empty for a moment while the runtime changes the list it is chosen from.
        if (attrs.isEmpty() || explorer.classChoice().get() == null || comparison.get() == null) {
            return;
        }
        long current = ++generation;
        // A measurement belongs to the selection it was made of; the new one is not what it checked.
        measured = List.of();
        measureText.set("");
        Runtime runtime = explorer.runtime().get();
        Subject subject = explorer.subject();
        if (subject instanceof Subject.Written written) {
            apply(current, writtenBase(runtime, written), writtenSubject(runtime, written), "");
            return;
        }
        // Read here, on the JavaFX thread: the work may run on another while the selection changes.
        ClassChoice charted = lessonClass(runtime);
        Comparison shown = comparison.get();
        boolean blocks = allocatorBlocks.get();
        Supplier<List<MemoryEstimate>> work = () -> baseFor(runtime, attrs.get(), charted, shown, blocks);
        Supplier<String> claimWork = () -> {
            try {
                return runtime.lessonClaim(attrs.get());
            } catch (IllegalArgumentException e) {
                // The lesson's classes cannot take this list (a name only __slots__ may hold): no claim to check.
                return "";
            }
        };
        String plotted = subjectFor(runtime);
        // CPython's figures are quick; the JVM's walk real objects, off the JavaFX thread.
        if (runtime.quick() && (comparison.get() != Comparison.OTHER_LENS || runtime.analogue().quick())) {
            apply(current, work.get(), plotted, claimWork.get());
        } else {
            threads.background().execute(() -> {
                List<MemoryEstimate> result = work.get();
                String text = claimWork.get();
                threads.fx().execute(() -> apply(current, result, plotted, text));
            });
        }
    }

    private void apply(long current, List<MemoryEstimate> result, String plotted, String claimText) {
        if (current == generation) {
            base = result;
            subject = plotted;
            claim.set(claimText);
            rescale();
        }
    }

    /**
     * Your class: every class of your source side by side (the comparison a teacher writes them
     * for: with and without __slots__), or your class on every version; a class Python refuses
     * on a version is left out (its error is on the layout tab).
     */
    private List<MemoryEstimate> writtenBase(Runtime runtime, Subject.Written written) {
        InstanceCount one = new InstanceCount(1);
        boolean blocks = allocatorBlocks.get();
        List<MemoryEstimate> all = new ArrayList<>();
        if (comparison.get() == Comparison.VERSIONS) {
            for (Runtime r : runtime.siblings()) {
                predicted(r, written, one, blocks).ifPresent(e ->
                        all.add(new MemoryEstimate(r.shortName(), one, e.bytesPerInstance(), e.sharedBytes())));
            }
            return all;
        }
        List<String> classes;
        try {
            classes = runtime.writtenClasses(written.source());
        } catch (IllegalArgumentException e) {
            return all;
        }
        for (String name : classes) {
            predicted(runtime, new Subject.Written(written.source(), name), one, blocks).ifPresent(all::add);
        }
        return all;
    }

    private static Optional<MemoryEstimate> predicted(Runtime runtime, Subject.Written written, InstanceCount n, boolean blocks) {
        try {
            return Optional.of(runtime.predict(written, n, blocks));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String writtenSubject(Runtime runtime, Subject.Written written) {
        String blocks = allocatorBlocks.get() && runtime.hasAllocatorBlocks() ? ", in pymalloc blocks" : "";
        return comparison.get() == Comparison.VERSIONS ? written.className()
                + (runtime instanceof Runtime.Jvm ? " in every VM mode" : " on every CPython version") + blocks
                : "every class of your source on " + runtime.inWords() + blocks;
    }

    /** What the chart plots, in words: "every variant on CPython 3.10". */
    private String subjectFor(Runtime runtime) {
        String blocks = allocatorBlocks.get() && runtime.hasAllocatorBlocks() ? ", in pymalloc blocks" : "";
        ClassChoice current = lessonClass(runtime);
        return switch (comparison.get()) {
            case VARIANTS -> "every variant on " + runtime.inWords() + blocks;
            case VERSIONS -> current.id() + " " + runtime.siblingsInWords(current) + blocks;
            case OTHER_LENS -> current.id() + " on " + runtime.inWords() + " and its " + runtime.analogue().lensName() + " analogue";
        };
    }

    /** The label the chart gives the selected class's series, so a measurement sits beside its line. */
    private String seriesLabel(Runtime runtime, String variantId) {
        return switch (comparison.get()) {
            case VARIANTS -> variantId;
            case VERSIONS -> runtime.shortName();
            case OTHER_LENS -> runtime.lensName() + " " + variantId;
        };
    }

    /** The lesson class selected, or the runtime's first for a class named by hand, which is not counted by the million. */
    private ClassChoice lessonClass(Runtime runtime) {
        ClassChoice choice = explorer.classChoice().get();
        return choice != null && choice.lessonClass() && runtime.offers(choice) ? choice : runtime.classChoices().get(0);
    }

    /**
     * The per-instance figures to chart. A class that refuses the attribute list (a {@code
     * __dict__} named on a class without {@code __slots__}) is left off; when the class selected
     * refuses it, nothing is charted, and the explorer's error says why.
     */
    private List<MemoryEstimate> baseFor(Runtime runtime, AttributeNames attrs, ClassChoice current, Comparison comparison,
                                         boolean blocks) {
        InstanceCount one = new InstanceCount(1);
        List<MemoryEstimate> all = new ArrayList<>();
        if (predicted(runtime, current, attrs, one, blocks).isEmpty()) {
            return List.of();
        }
        switch (comparison) {
            case VARIANTS -> {
                for (ClassChoice c : runtime.classChoices()) {
                    if (c.lessonClass() && runtime.offers(c)) {
                        predicted(runtime, c, attrs, one, blocks).ifPresent(all::add);
                    }
                }
            }
            case VERSIONS -> {
                for (Runtime r : runtime.siblings()) {
                    if (r.offers(current)) {
                        predicted(r, current, attrs, one, blocks).ifPresent(e -> all.add(
                                new MemoryEstimate(r.shortName(), one, e.bytesPerInstance(), e.sharedBytes())));
                    }
                }
            }
            case OTHER_LENS -> {
                Runtime other = runtime.analogue();
                ClassChoice analogue = other.lessonClassIfAny(current.id()).orElse(other.lessonClass("slotted"));
                for (var side : List.of(java.util.Map.entry(runtime, current), java.util.Map.entry(other, analogue))) {
                    Optional<MemoryEstimate> e = predicted(side.getKey(), side.getValue(), attrs, one, blocks);
                    if (e.isEmpty()) {
                        return List.of();
                    }
                    all.add(new MemoryEstimate(side.getKey().lensName() + " " + side.getValue().id(), one,
                            e.get().bytesPerInstance(), e.get().sharedBytes()));
                }
            }
        }
        return all;
    }

    private static Optional<MemoryEstimate> predicted(Runtime runtime, ClassChoice choice, AttributeNames attrs,
                                                      InstanceCount n, boolean blocks) {
        try {
            return Optional.of(runtime.predict(choice, attrs, n, blocks));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Multiplies the per-instance figures by the count: cheap enough for every slider frame. */
    private void rescale() {
        InstanceCount n = count.get();
        List<MemoryEstimate> scaled = base.stream().map(e -> e.at(n)).toList();
        estimates.set(scaled);
        MemoryChartModel model = scaled.isEmpty() ? null : MemoryChartModel.of(subject, scaled, measured);
        chart.set(model);
        summary.set(model == null ? "" : model.summary());
    }

    /** Makes N real instances of the selected class and shows the result beside the prediction. */
    public void measure() {
        Optional<AttributeNames> attrs = attrs();
        ClassChoice choice = explorer.classChoice().get();
        Runtime runtime = explorer.runtime().get();
        InstanceCount n = count.get();
        if (attrs.isEmpty() || measuring.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        Progress report = new ShownProgress(threads, progress, cancelled);
        measuring.set(true);
        progress.set(0);
        measureText.set("Measuring " + n.display() + " instances…");
        long selection = generation;
        String series = seriesLabel(runtime, choice != null && choice.lessonClass() ? choice.id() : "");
        threads.background().execute(() -> {
            String text;
            MeasuredPoint point = null;
            try {
                point = measureNow(runtime, choice, attrs.get(), n, series, report);
                Measurement m = point == null ? null : point.measured();
                text = m == null ? "Measuring needs a CPython version or the live JVM, and a lesson class."
                        : String.format("Measured %,d bytes for %s instances; predicted %,d (%+.2f%%). %s", m.totalBytes(),
                                n.display(), point.predicted().totalBytes(), m.differencePercent(point.predicted()), m.measuredBy());
            } catch (MeasurementCancelledException e) {
                text = "Cancelled.";
            } catch (RuntimeException e) {
                text = e.getMessage();
            }
            String result = text;
            MeasuredPoint shown = point;
            threads.fx().execute(() -> {
                measuring.set(false);
                // A measurement that a scene change cancelled says nothing about the scene shown now.
                if (cancelFlag != cancelled) {
                    return;
                }
                if (selection != generation) {
                    if (!cancelled.get()) {
                        measureText.set("That measurement was of what was selected before; measure again for this chart.");
                    }
                    return;
                }
                measureText.set(result);
                if (shown != null) {
                    List<MeasuredPoint> now = new ArrayList<>(measured.stream()
                            .filter(old -> !(old.series().equals(shown.series()) && old.count().equals(shown.count()))).toList());
                    now.add(shown);
                    measured = List.copyOf(now);
                    rescale();
                }
            });
        });
    }

    /** The measurement beside its prediction, or null when the selection cannot be measured. */
    private static MeasuredPoint measureNow(Runtime runtime, ClassChoice choice, AttributeNames attrs, InstanceCount n,
                                            String series, Progress report) {
        if (!runtime.measurable() || choice == null || !choice.lessonClass() || !runtime.offers(choice)) {
            return null;
        }
        return new MeasuredPoint(series, runtime.predict(choice, attrs, n, false), runtime.measure(choice, attrs, n, report));
    }

    public void cancel() {
        cancelFlag.set(true);
    }

    /**
     * What a lesson's scene shows, as exported slides show it: every variant, sizes as tracemalloc
     * counts them (no pymalloc blocks), and no measured line; a measurement under way is cancelled
     * and its result dropped.
     */
    public void resetForScene() {
        cancelFlag.set(true);
        cancelFlag = new AtomicBoolean();
        comparison.set(Comparison.VARIANTS);
        allocatorBlocks.set(false);
        measureText.set("");
        measured = List.of();
        rescale();
    }

    public ObjectProperty<InstanceCount> count() {
        return count;
    }

    public ObjectProperty<Comparison> comparison() {
        return comparison;
    }

    public BooleanProperty allocatorBlocks() {
        return allocatorBlocks;
    }

    public ReadOnlyObjectProperty<List<MemoryEstimate>> estimates() {
        return estimates.getReadOnlyProperty();
    }

    /** The chart of the estimates and of the measurements made of them; null until there are estimates. */
    public ReadOnlyObjectProperty<MemoryChartModel> chart() {
        return chart.getReadOnlyProperty();
    }

    /** What the chart plots and how its series compare at N, in one sentence or two. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty claim() {
        return claim.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty measureText() {
        return measureText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty measuring() {
        return measuring.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }
}
