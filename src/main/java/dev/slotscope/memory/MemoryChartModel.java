package dev.slotscope.memory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the memory chart shows and how its axes are labelled, decided once for the window and for
 * exported pictures, so the two cannot drift. Both axes are linear and start at 0: the count axis
 * runs to N rounded up to a round number, the memory axis to what the largest series reaches there.
 * So the lines are as straight as memory's growth is, their slopes are the bytes per instance,
 * and at any N — 1, 850 or 10 million — the lines and N's points fill the plot.
 *
 * <p>A line starts at 0 instances with what its instances share and pay once (a keys table), and
 * rises by its bytes per instance. Amounts are written in {@link ByteUnit}s of 1,000.
 */
public final class MemoryChartModel {

    /** At most this many steps between an axis's ticks, so labels never crowd. */
    private static final int MAX_STEPS = 5;

    private final String subject;
    private final InstanceCount count;
    private final List<MemoryEstimate> series;
    private final List<MeasuredPoint> measured;
    private final ChartAxis x;
    private final ChartAxis y;
    private final ByteFormat valueFormat;
    private final ByteFormat summaryFormat;

    private MemoryChartModel(String subject, List<MemoryEstimate> series, List<MeasuredPoint> measured) {
        this.subject = subject;
        this.series = List.copyOf(series);
        this.count = series.get(0).count();
        this.x = countAxis(count.value());
        // A measurement at another count would sit squeezed near 0 or past the axis: its own N's chart shows it.
        this.measured = measured.stream().filter(p -> p.count().equals(count)).toList();
        double top = series.stream().mapToDouble(e -> bytesAt(e, x.max())).max().orElse(0);
        for (MeasuredPoint p : this.measured) {
            top = Math.max(top, p.measured().totalBytes());
        }
        this.y = memoryAxis(top);
        // The bars and the summary write totals alike: the summary's decimals, which add up, if it needs more.
        ByteFormat totals = ByteFormat.forAll(series.stream().mapToDouble(MemoryEstimate::totalBytes).toArray());
        ByteFormat compared = addingUp(totals, biggest(), smallest());
        this.valueFormat = totals.unit() == compared.unit() ? compared : totals;
        this.summaryFormat = compared;
    }

    /**
     * The chart of these estimates (all for the same count) and the measurements made of them;
     * only those made at that count are drawn.
     *
     * @param subject what the series are, for the summary: "every variant on CPython 3.10"
     */
    public static MemoryChartModel of(String subject, List<MemoryEstimate> series, List<MeasuredPoint> measured) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a memory chart needs at least one series");
        }
        InstanceCount n = series.get(0).count();
        if (series.stream().anyMatch(e -> !e.count().equals(n))) {
            throw new IllegalArgumentException("a memory chart's series are all for the same count");
        }
        return new MemoryChartModel(subject, series, measured);
    }

    /** The count axis: 0 to N rounded up to a multiple of a round step (1, 2 or 5 times a power of ten). */
    static ChartAxis countAxis(long n) {
        long step = Math.max(1, (long) niceCeiling(n / (double) MAX_STEPS));
        long max = ceilToStep(n, step);
        List<ChartAxis.Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= max; v += step) {
            ticks.add(new ChartAxis.Tick(v, countLabel(v, max)));
        }
        return new ChartAxis("number of instances", max, ticks);
    }

    /** The memory axis: 0 to the largest amount rounded up to a round step, in one unit. */
    static ChartAxis memoryAxis(double largest) {
        double step = Math.max(1, niceCeiling(Math.max(largest, 1) / MAX_STEPS));
        double max = step * Math.max(1, Math.ceil(largest / step - 1e-9));
        ByteUnit unit = ByteUnit.forAmount(max);
        double stepInUnit = step / unit.bytes();
        int decimals = stepInUnit >= 1 ? 0 : (int) Math.ceil(-Math.log10(stepInUnit) - 1e-9);
        ByteFormat format = new ByteFormat(unit, decimals);
        List<ChartAxis.Tick> ticks = new ArrayList<>();
        long steps = Math.round(max / step);
        for (long i = 0; i <= steps; i++) {
            ticks.add(new ChartAxis.Tick(i * step, format.format(i * step)));
        }
        return new ChartAxis("total memory (" + unit.definition() + ")", max, ticks);
    }

    /** Counts as a class reads them: "850", "1,000"; from 10,000 on "200k", "1M", "1.2M". */
    static String countLabel(long value, long axisMax) {
        if (value == 0 || axisMax < 10_000) {
            return String.format(Locale.ROOT, "%,d", value);
        }
        if (value < 1_000_000) {
            return new BigDecimal(value).movePointLeft(3).stripTrailingZeros().toPlainString() + "k";
        }
        return new BigDecimal(value).movePointLeft(6).stripTrailingZeros().toPlainString() + "M";
    }

    /** The smallest of 1, 2 or 5 times a power of ten at or above {@code value}. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= value * (1 - 1e-12)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static long ceilToStep(long value, long step) {
        return Math.max(step, (value + step - 1) / step * step);
    }

    /** What a series' instances take when there are {@code instances} of them (not only whole counts). */
    public static double bytesAt(MemoryEstimate e, double instances) {
        return instances * e.bytesPerInstance() + e.sharedBytes();
    }

    public String subject() {
        return subject;
    }

    /** N, the count every series is estimated for. */
    public InstanceCount count() {
        return count;
    }

    public List<MemoryEstimate> series() {
        return series;
    }

    /** The measurements made at N, each beside its prediction. */
    public List<MeasuredPoint> measured() {
        return measured;
    }

    public ChartAxis x() {
        return x;
    }

    public ChartAxis y() {
        return y;
    }

    /** Where N is along the count axis, 0 to 1. */
    public double markerFraction() {
        return x.fraction(count.value());
    }

    /** "N = 850". */
    public String markerLabel() {
        return "N = " + count.display();
    }

    /** One format for every series' total at N, so the bars read alike. */
    public ByteFormat valueFormat() {
        return valueFormat;
    }

    /** A series' total at N: "129 KB". */
    public String valueLabel(MemoryEstimate e) {
        return valueFormat.format(e.totalBytes());
    }

    /**
     * What a series costs: "152 bytes each", and what its instances share once, where the line
     * starts at 0 instances: "152 bytes each + 168 shared".
     */
    public String perInstanceLabel(MemoryEstimate e) {
        return e.bytesPerInstance() + " bytes each" + (e.sharedBytes() > 0 ? " + " + e.sharedBytes() + " shared" : "");
    }

    /**
     * A measurement's label beside its point, with its prediction in the same unit and decimals
     * (the bars' decimals, if they show more).
     */
    public String measuredLabel(MeasuredPoint p) {
        long measuredBytes = p.measured().totalBytes();
        long predictedBytes = p.predicted().totalBytes();
        ByteFormat own = ByteFormat.forAll(measuredBytes, predictedBytes);
        ByteFormat f = own.unit() == valueFormat.unit() && valueFormat.decimals() > own.decimals() ? valueFormat : own;
        return String.format(Locale.ROOT, "measured %s (predicted %s, %+.1f%%)", f.format(measuredBytes), f.format(predictedBytes),
                p.measured().differencePercent(p.predicted()));
    }

    /**
     * What is plotted, and how the series compare at N, every figure in the same unit and
     * decimals: slotted against standard when both are shown, otherwise the most against the least.
     */
    public String summary() {
        String plotted = "Plotted: total memory of " + subject + ", for 0 to " + countLabel((long) x.max(), (long) x.max())
                + " instances.";
        return plotted + " " + comparison();
    }

    /** Whether the summary compares slotted with standard: both shown, and standard the larger. */
    private boolean comparesSlots() {
        Optional<MemoryEstimate> standard = named("standard");
        Optional<MemoryEstimate> slotted = named("slotted");
        return standard.isPresent() && slotted.isPresent() && standard.get().totalBytes() > slotted.get().totalBytes();
    }

    /** The larger of the two totals the summary compares. */
    private long biggest() {
        return comparesSlots() ? named("standard").orElseThrow().totalBytes()
                : series.stream().mapToLong(MemoryEstimate::totalBytes).max().orElseThrow();
    }

    /** The smaller of the two totals the summary compares. */
    private long smallest() {
        return comparesSlots() ? named("slotted").orElseThrow().totalBytes()
                : series.stream().mapToLong(MemoryEstimate::totalBytes).min().orElseThrow();
    }

    /** How the series compare at N, the summary's second sentence: a slide's headline. */
    public String comparison() {
        String at = "At N = " + count.display() + ": ";
        ByteFormat f = summaryFormat;
        if (comparesSlots()) {
            long big = biggest();
            long small = smallest();
            return at + "standard " + f.format(big) + ", slotted " + f.format(small) + "; slotted saves "
                    + f.format(big - small) + String.format(Locale.ROOT, " (%.0f%%).", 100.0 * (big - small) / big);
        }
        long most = biggest();
        long least = smallest();
        if (most == least) {
            return at + (series.size() == 1 ? series.get(0).label() + " takes " + f.format(most) + "."
                    : "all take " + f.format(most) + ".");
        }
        List<String> largest = labelsWith(most);
        List<String> smallest = labelsWith(least);
        return at + names(largest) + (largest.size() == 1 ? " takes" : " take") + " the most, " + f.format(most)
                + (largest.size() == 1 ? "" : " each") + "; " + names(smallest) + " the least, " + f.format(least)
                + (smallest.size() == 1 ? "" : " each") + ": " + f.format(most - least)
                + String.format(Locale.ROOT, " (%.0f%%) less.", 100.0 * (most - least) / most);
    }

    /**
     * A format for two amounts and their difference in which the written difference is the
     * difference of the written amounts, so a class that subtracts gets the figure shown: the
     * bars' format if its unit fits, with more decimals where rounding would not add up.
     */
    private static ByteFormat addingUp(ByteFormat bars, long big, long small) {
        ByteFormat own = ByteFormat.forAll(big, small, big - small);
        ByteFormat f = own.unit() == bars.unit() && bars.decimals() >= own.decimals() ? bars : own;
        while (f.unit() != ByteUnit.B && f.decimals() < 3 && !addsUp(f, big, small)) {
            f = new ByteFormat(f.unit(), f.decimals() + 1);
        }
        return f;
    }

    private static boolean addsUp(ByteFormat f, long big, long small) {
        double scale = Math.pow(10, f.decimals()) / f.unit().bytes();
        return Math.round(big * scale) - Math.round(small * scale) == Math.round((big - small) * scale);
    }

    /** The chart in words, for screen readers. */
    public String accessibleText() {
        return "Memory chart. " + summary() + " " + series.stream().map(e -> e.label() + " " + valueLabel(e))
                .collect(Collectors.joining(", ", "Totals at N: ", "."));
    }

    private Optional<MemoryEstimate> named(String label) {
        return series.stream().filter(e -> e.label().equals(label)).findFirst();
    }

    private List<String> labelsWith(long total) {
        return series.stream().filter(e -> e.totalBytes() == total).map(MemoryEstimate::label).toList();
    }

    private static String names(List<String> labels) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }
}
