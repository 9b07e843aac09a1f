package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonMeasurement;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmMeasurement;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MeasuredPoint;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.MemoryChartModel;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.memory.MemoryPlanner;
import dev.slotscope.memory.Progress;
import dev.slotscope.memory.Readouts;
import javafx.application.Platform;
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

import java.util.ArrayList;
import java.util.Arrays;
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
    private final MemoryPlanner planner = new MemoryPlanner();
    private final ObjectProperty<InstanceCount> count = new SimpleObjectProperty<>(InstanceCount.MILLION);
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(Comparison.VARIANTS);
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

    public MemoryViewModel(ExplorerModel explorer) {
        this.explorer = explorer;
        explorer.runtime().addListener((o, a, b) -> recompute());
        explorer.classChoice().addListener((o, a, b) -> recompute());
        explorer.attributes().addListener((o, a, b) -> recompute());
        comparison.addListener((o, a, b) -> recompute());
        allocatorBlocks.addListener((o, a, b) -> recompute());
        count.addListener((o, a, b) -> rescale());
        recompute();
    }

    private Optional<AttributeNames> attrs() {
        try {
            return Optional.of(AttributeNames.parse(explorer.attributes().get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Per-instance figures for the current selection (at a count of one). */
    private void recompute() {
        Optional<AttributeNames> attrs = attrs();
        if (attrs.isEmpty()) {
            return;
        }
        long current = ++generation;
        // A measurement belongs to the selection it was made of; the new one is not what it checked.
        measured = List.of();
        measureText.set("");
        RuntimeChoice runtime = explorer.runtime().get();
        Supplier<List<MemoryEstimate>> work = () -> baseFor(runtime, attrs.get());
        Supplier<String> claimWork = () -> claimFor(runtime, attrs.get());
        String plotted = subjectFor(runtime);
        if (runtime instanceof RuntimeChoice.CPython && comparison.get() != Comparison.OTHER_LENS) {
            apply(current, work.get(), plotted, claimWork.get());
        } else {
            WORKER.execute(() -> {
                List<MemoryEstimate> result = work.get();
                String text = claimWork.get();
                Platform.runLater(() -> apply(current, result, plotted, text));
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

    /** What the chart plots, in words: "every variant on CPython 3.10". */
    private String subjectFor(RuntimeChoice runtime) {
        ClassChoice choice = explorer.classChoice().get();
        String blocks = allocatorBlocks.get() && runtime instanceof RuntimeChoice.CPython ? ", in pymalloc blocks" : "";
        if (runtime instanceof RuntimeChoice.CPython py) {
            Variant current = choice instanceof ClassChoice.Python p ? p.variant() : Variant.STANDARD;
            List<CPythonVersion> having = Arrays.stream(CPythonVersion.values()).filter(current::availableIn).toList();
            return switch (comparison.get()) {
                case VARIANTS -> "every variant on " + py.version().displayName() + blocks;
                case VERSIONS -> current.id() + " on CPython " + having.get(0).number() + " to "
                        + having.get(having.size() - 1).number() + blocks;
                case OTHER_LENS -> current.id() + " on " + py.version().displayName() + " and its JVM analogue";
            };
        }
        RuntimeChoice.Jvm jvm = (RuntimeChoice.Jvm) runtime;
        JvmVariant current = choice instanceof ClassChoice.Java j ? j.variant() : JvmVariant.STANDARD;
        return switch (comparison.get()) {
            case VARIANTS -> "every variant on the JVM (" + (jvm.mode().measured() ? "this VM" : jvm.mode().description()) + ")";
            case VERSIONS -> current.id() + " in every VM mode";
            case OTHER_LENS -> current.id() + " on the JVM and its " + CPythonVersion.latest().displayName() + " analogue";
        };
    }

    /** The label the chart gives the selected class's series, so a measurement sits beside its line. */
    private String seriesLabel(RuntimeChoice runtime, String variantId) {
        return switch (comparison.get()) {
            case VARIANTS -> variantId;
            case VERSIONS -> runtime instanceof RuntimeChoice.CPython py ? py.version().number() : "this VM";
            case OTHER_LENS -> runtime instanceof RuntimeChoice.CPython py ? py.version().displayName() + " " + variantId
                    : "JVM " + variantId;
        };
    }

    private List<MemoryEstimate> baseFor(RuntimeChoice runtime, AttributeNames attrs) {
        InstanceCount one = new InstanceCount(1);
        List<MemoryEstimate> all = new ArrayList<>();
        ClassChoice choice = explorer.classChoice().get();
        if (runtime instanceof RuntimeChoice.CPython py) {
            Variant current = choice instanceof ClassChoice.Python p ? p.variant() : Variant.STANDARD;
            switch (comparison.get()) {
                case VARIANTS -> {
                    for (Variant v : Variant.values()) {
                        if (v.availableIn(py.version())) {
                            all.add(cpython(py.version(), v, attrs, one));
                        }
                    }
                }
                case VERSIONS -> {
                    for (CPythonVersion v : CPythonVersion.values()) {
                        if (current.availableIn(v)) {
                            MemoryEstimate e = cpython(v, current, attrs, one);
                            all.add(new MemoryEstimate(v.number(), one, e.bytesPerInstance(), e.sharedBytes()));
                        }
                    }
                }
                case OTHER_LENS -> {
                    MemoryEstimate e = cpython(py.version(), current, attrs, one);
                    all.add(new MemoryEstimate(py.version().displayName() + " " + current.id(), one, e.bytesPerInstance(),
                            e.sharedBytes()));
                    JvmVariant analogue = JvmVariant.fromId(current.id()).orElse(JvmVariant.SLOTTED);
                    MemoryEstimate j = planner.jvm(JvmMode.LIVE, analogue, attrs, one);
                    all.add(new MemoryEstimate("JVM " + analogue.id(), one, j.bytesPerInstance(), j.sharedBytes()));
                }
            }
        } else if (runtime instanceof RuntimeChoice.Jvm jvm) {
            JvmVariant current = choice instanceof ClassChoice.Java j ? j.variant() : JvmVariant.STANDARD;
            switch (comparison.get()) {
                case VARIANTS -> {
                    for (JvmVariant v : JvmVariant.values()) {
                        all.add(planner.jvm(jvm.mode(), v, attrs, one));
                    }
                }
                case VERSIONS -> {
                    for (JvmMode m : JvmMode.values()) {
                        MemoryEstimate e = planner.jvm(m, current, attrs, one);
                        all.add(new MemoryEstimate(m.measured() ? "this VM" : m.runtimeId().substring("jvm-estimate:".length()),
                                one, e.bytesPerInstance(), e.sharedBytes()));
                    }
                }
                case OTHER_LENS -> {
                    MemoryEstimate j = planner.jvm(jvm.mode(), current, attrs, one);
                    all.add(new MemoryEstimate("JVM " + current.id(), one, j.bytesPerInstance(), j.sharedBytes()));
                    Variant analogue = Variant.fromId(current.id()).orElse(Variant.SLOTTED);
                    MemoryEstimate e = cpython(CPythonVersion.latest(), analogue, attrs, one);
                    all.add(new MemoryEstimate(CPythonVersion.latest().displayName() + " " + analogue.id(), one,
                            e.bytesPerInstance(), e.sharedBytes()));
                }
            }
        }
        return all;
    }

    private MemoryEstimate cpython(CPythonVersion version, Variant variant, AttributeNames attrs, InstanceCount n) {
        return allocatorBlocks.get() ? planner.cpythonBlocks(version, variant, attrs, n) : planner.cpython(version, variant, attrs, n);
    }

    /** The lesson's "a million points save ~40–60 MB", against each version's real figure. */
    private String claimFor(RuntimeChoice runtime, AttributeNames attrs) {
        return runtime instanceof RuntimeChoice.Jvm jvm ? Readouts.jvmClaim(planner, jvm.mode(), attrs)
                : Readouts.cpythonClaim(planner, attrs);
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
        RuntimeChoice runtime = explorer.runtime().get();
        InstanceCount n = count.get();
        if (attrs.isEmpty() || measuring.get()) {
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelFlag = cancelled;
        Progress report = new Progress() {
            @Override
            public void update(double done) {
                Platform.runLater(() -> progress.set(done));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        measuring.set(true);
        progress.set(0);
        measureText.set("Measuring " + n.display() + " instances…");
        long selection = generation;
        String series = seriesLabel(runtime, choice instanceof ClassChoice.Python p ? p.variant().id()
                : choice instanceof ClassChoice.Java j ? j.variant().id() : "");
        WORKER.execute(() -> {
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
            Platform.runLater(() -> {
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
    private MeasuredPoint measureNow(RuntimeChoice runtime, ClassChoice choice, AttributeNames attrs, InstanceCount n, String series,
                                     Progress report) {
        if (runtime instanceof RuntimeChoice.CPython py && choice instanceof ClassChoice.Python p) {
            MemoryEstimate predicted = planner.cpython(py.version(), p.variant(), attrs, n);
            Measurement measured = new CPythonMeasurement().measure(py.version(), p.variant(), attrs, n, report);
            return new MeasuredPoint(series, predicted, measured);
        } else if (runtime instanceof RuntimeChoice.Jvm jvm && jvm.mode().measured() && choice instanceof ClassChoice.Java j) {
            MemoryEstimate predicted = planner.jvm(JvmMode.LIVE, j.variant(), attrs, n);
            Measurement measured = new JvmMeasurement().measure(j.variant(), attrs, n, report);
            return new MeasuredPoint(series, predicted, measured);
        }
        return null;
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
