package dev.slotscope.memory;

import dev.slotscope.runtime.MemoryPlanner;
import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.CPythonVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory chart's axes, units and sentences, at the counts the issue names: 1, 850, a million
 * and ten million instances of CPython 3.10's variants (x, y), whose bytes per instance are 152,
 * 48, 48, 64 and 56, with 168 shared bytes for the two with a dict.
 */
class MemoryChartModelTest {

    private static final MemoryPlanner PLANNER = new MemoryPlanner();
    private static final String SUBJECT = "every variant on CPython 3.10";

    private static MemoryChartModel chart(long n) {
        return MemoryChartModel.of(SUBJECT, PLANNER.cpythonVariants(CPythonVersion.V3_10, AttributeNames.parse("x, y"),
                new InstanceCount(n)), List.of());
    }

    private static List<Double> values(ChartAxis axis) {
        return axis.ticks().stream().map(ChartAxis.Tick::value).toList();
    }

    private static List<String> labels(ChartAxis axis) {
        return axis.ticks().stream().map(ChartAxis.Tick::label).toList();
    }

    private static MemoryEstimate series(MemoryChartModel chart, String label) {
        return chart.series().stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    /** N's point of every series lies inside the plot, and the smallest well clear of the floor. */
    private static void everyPointInside(MemoryChartModel chart) {
        double x = chart.markerFraction();
        assertTrue(x > 0.5 && x <= 1, "N is inside the count axis, in its right half: " + x);
        for (MemoryEstimate e : chart.series()) {
            double y = chart.y().fraction(e.totalBytes());
            assertTrue(y > 0.1 && y <= 1, e.label() + " at N is inside the plot, clear of the axis: " + y);
            assertTrue(chart.y().fraction(MemoryChartModel.bytesAt(e, chart.x().max())) <= 1, e.label() + "'s line stays inside");
        }
    }

    @Test
    void oneInstanceIsShownInBytes() {
        MemoryChartModel chart = chart(1);
        assertEquals(List.of(0.0, 1.0), values(chart.x()));
        assertEquals(List.of("0", "1"), labels(chart.x()));
        assertEquals("number of instances", chart.x().title());
        assertEquals(400, chart.y().max());
        assertEquals(List.of("0", "100 B", "200 B", "300 B", "400 B"), labels(chart.y()));
        assertEquals("total memory (bytes)", chart.y().title());
        assertEquals(1.0, chart.markerFraction());
        assertEquals("N = 1", chart.markerLabel());
        assertEquals("320 B", chart.valueLabel(series(chart, "standard")));
        assertEquals("48 B", chart.valueLabel(series(chart, "slotted")));
        assertEquals("152 bytes each + 168 shared", chart.perInstanceLabel(series(chart, "standard")), "why 320, not 152");
        assertEquals("48 bytes each", chart.perInstanceLabel(series(chart, "slotted")));
        everyPointInside(chart);
    }

    @Test
    void eightHundredFiftyInstancesFillThePlotInKilobytes() {
        MemoryChartModel chart = chart(850);
        assertEquals(List.of(0.0, 200.0, 400.0, 600.0, 800.0, 1000.0), values(chart.x()));
        assertEquals(List.of("0", "200", "400", "600", "800", "1,000"), labels(chart.x()));
        assertEquals(0.85, chart.markerFraction(), 1e-12);
        assertEquals(200_000, chart.y().max());
        assertEquals(List.of("0", "50 KB", "100 KB", "150 KB", "200 KB"), labels(chart.y()));
        assertEquals("total memory (1 KB = 1,000 bytes)", chart.y().title());
        // 850 × 152 + 168 = 129,368 bytes: two thirds up the plot, not flat at zero.
        assertEquals(129_368 / 200_000.0, chart.y().fraction(series(chart, "standard").totalBytes()), 1e-12);
        assertEquals("129.4 KB", chart.valueLabel(series(chart, "standard")), "as many decimals as the summary needs to add up");
        assertEquals("40.8 KB", chart.valueLabel(series(chart, "slotted")));
        assertEquals("N = 850", chart.markerLabel());
        everyPointInside(chart);
    }

    @Test
    void aMillionInstancesInMegabytes() {
        MemoryChartModel chart = chart(1_000_000);
        assertEquals(List.of("0", "200k", "400k", "600k", "800k", "1M"), labels(chart.x()));
        assertEquals(1_000_000, chart.x().max());
        assertEquals(List.of("0", "50 MB", "100 MB", "150 MB", "200 MB"), labels(chart.y()));
        assertEquals("total memory (1 MB = 1,000,000 bytes)", chart.y().title());
        assertEquals("152 MB", chart.valueLabel(series(chart, "standard")));
        assertEquals("48 MB", chart.valueLabel(series(chart, "slotted")));
        assertEquals("N = 1,000,000", chart.markerLabel());
        everyPointInside(chart);
    }

    @Test
    void tenMillionInstancesInGigabytes() {
        MemoryChartModel chart = chart(10_000_000);
        assertEquals(List.of("0", "2M", "4M", "6M", "8M", "10M"), labels(chart.x()));
        assertEquals(List.of(0.0, 5e8, 1e9, 1.5e9, 2e9), values(chart.y()));
        assertEquals(List.of("0", "0.5 GB", "1.0 GB", "1.5 GB", "2.0 GB"), labels(chart.y()));
        assertEquals("total memory (1 GB = 1,000,000,000 bytes)", chart.y().title());
        assertEquals("1.52 GB", chart.valueLabel(series(chart, "standard")));
        assertEquals("0.48 GB", chart.valueLabel(series(chart, "slotted")), "the same unit and decimals as the largest");
        everyPointInside(chart);
    }

    @ParameterizedTest
    @CsvSource({"2,'0,1,2'", "7,'0,2,4,6,8'", "51,'0,20,40,60'", "250000,'0,50k,100k,150k,200k,250k'",
        "3000000,'0,1M,2M,3M'", "1200000,'0,500k,1M,1.5M'"})
    void theCountAxisEndsAtNRoundedUpToARoundStep(long n, String ticks) {
        ChartAxis axis = MemoryChartModel.countAxis(n);
        assertEquals(List.of(ticks.split(",")), labels(axis));
        assertTrue(axis.max() >= n && axis.ticks().size() <= 6, axis.toString());
    }

    @Test
    void theSummarySaysWhatIsPlottedAndComparesInOnePrecision() {
        assertEquals("Plotted: total memory of every variant on CPython 3.10, for 0 to 1,000 instances. At N = 850: "
                + "standard 129.4 KB, slotted 40.8 KB; slotted saves 88.6 KB (68%).", chart(850).summary());
        assertEquals("Plotted: total memory of every variant on CPython 3.10, for 0 to 1M instances. At N = 1,000,000: "
                + "standard 152 MB, slotted 48 MB; slotted saves 104 MB (68%).", chart(1_000_000).summary());
    }

    @Test
    void theSummarysFiguresAddUp() {
        InstanceCount n = new InstanceCount(850);
        List<MemoryEstimate> jvm = List.of(new MemoryEstimate("standard", n, 256, 0), new MemoryEstimate("slotted", n, 32, 0));
        // 217,600 − 27,200 = 190,400: "218 KB − 27 KB" would not give "190 KB".
        assertTrue(MemoryChartModel.of("two", jvm, List.of()).summary()
                .endsWith("standard 217.6 KB, slotted 27.2 KB; slotted saves 190.4 KB (88%)."));
    }

    @Test
    void withoutStandardAndSlottedTheSummaryNamesTheMostAndTheLeast() {
        InstanceCount n = InstanceCount.MILLION;
        List<MemoryEstimate> versions = List.of(new MemoryEstimate("3.8", n, 152, 0), new MemoryEstimate("3.9", n, 152, 0),
                new MemoryEstimate("3.10", n, 152, 0), new MemoryEstimate("3.11", n, 88, 768),
                new MemoryEstimate("3.12", n, 80, 0), new MemoryEstimate("3.13", n, 88, 768));
        assertEquals("Plotted: total memory of standard on CPython 3.8 to 3.13, for 0 to 1M instances. At N = 1,000,000: "
                        + "3.8, 3.9 and 3.10 take the most, 152 MB each; 3.12 the least, 80 MB: 72 MB (47%) less.",
                MemoryChartModel.of("standard on CPython 3.8 to 3.13", versions, List.of()).summary());
    }

    @Test
    void aMeasurementIsAPointBesideItsPredictionAtItsOwnN() {
        InstanceCount n = new InstanceCount(850);
        List<MemoryEstimate> series = PLANNER.cpythonVariants(CPythonVersion.V3_10, AttributeNames.parse("x, y"), n);
        MemoryEstimate standard = series.get(0);
        MeasuredPoint here = new MeasuredPoint("standard", standard, new Measurement(n, 131_000, "python3.10"));
        InstanceCount fewer = new InstanceCount(10);
        MeasuredPoint elsewhere = new MeasuredPoint("standard", standard.at(fewer), new Measurement(fewer, 1_700, "python3.10"));
        MemoryChartModel chart = MemoryChartModel.of(SUBJECT, series, List.of(here, elsewhere));
        assertEquals(List.of(here), chart.measured(), "10 instances would be a dot squeezed against 0 on an axis to 1,000");
        assertEquals("measured 131.0 KB (predicted 129.4 KB, +1.3%)", chart.measuredLabel(here), "as precise as the bars");
        assertEquals(200_000, chart.y().max());
        MemoryChartModel atTen = MemoryChartModel.of(SUBJECT, series.stream().map(e -> e.at(fewer)).toList(), List.of(here, elsewhere));
        assertEquals(List.of(elsewhere), atTen.measured(), "back at 10, its chart shows it again");
    }

    @Test
    void aMeasurementAboveEveryLineRaisesTheMemoryAxis() {
        InstanceCount n = new InstanceCount(1);
        MemoryEstimate slotted = new MemoryEstimate("slotted", n, 48, 0);
        MeasuredPoint measured = new MeasuredPoint("slotted", slotted, new Measurement(n, 1_200, "python3.12"));
        MemoryChartModel chart = MemoryChartModel.of("slotted", List.of(slotted), List.of(measured));
        assertEquals(List.of("0", "0.5 KB", "1.0 KB", "1.5 KB"), labels(chart.y()));
        assertTrue(chart.y().fraction(1_200) <= 1);
    }

    @Test
    void chartsNeedSeriesOfOneCount() {
        assertThrows(IllegalArgumentException.class, () -> MemoryChartModel.of("nothing", List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> MemoryChartModel.of("two counts",
                List.of(new MemoryEstimate("a", new InstanceCount(1), 8, 0), new MemoryEstimate("b", new InstanceCount(2), 8, 0)),
                List.of()));
    }

    @ParameterizedTest
    @CsvSource({"0,'0'", "48,'48 B'", "999,'999 B'", "69000,'69.0 KB'", "69420,'69.4 KB'", "129368,'129 KB'", "999600,'1.00 MB'",
        "152000168,'152 MB'", "1520001680,'1.52 GB'"})
    void amountsAreWrittenInTheirOwnUnitWithThreeSignificantDigits(long bytes, String text) {
        assertEquals(text, ByteFormat.of(bytes));
    }

    @Test
    void amountsSideBySideShareAUnitAndDropDecimalsThatAreZeroInAll() {
        assertEquals(new ByteFormat(ByteUnit.MB, 0), ByteFormat.forAll(80_000_768, 48_000_000, 32_000_768));
        assertEquals(new ByteFormat(ByteUnit.GB, 2), ByteFormat.forAll(1_520_001_680, 480_000_000));
        assertEquals(new ByteFormat(ByteUnit.KB, 1), ByteFormat.forAll(68_000, 40_800));
        assertEquals("68.0 KB", new ByteFormat(ByteUnit.KB, 1).format(68_000));
    }

    @Test
    void unitsArePowersOfAThousand() {
        assertEquals(1_000, ByteUnit.KB.bytes());
        assertEquals("1 MB = 1,000,000 bytes", ByteUnit.MB.definition());
        assertEquals(ByteUnit.KB, ByteUnit.forAmount(69_000));
        assertEquals(ByteUnit.B, ByteUnit.forAmount(999));
    }
}
