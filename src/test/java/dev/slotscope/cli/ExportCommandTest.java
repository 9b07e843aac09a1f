package dev.slotscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code export}: every view to PNG and SVG from the command line, and one-line errors. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "layout, cpython-3.11, standard, ''",
            "layout, jvm, standard, ''",
            "grow, cpython-3.9, standard, 'z,w,v'",
            "grow, cpython-3.13, slotted, z",
            "grow, jvm-estimate:compressed, standard, 'a,b,c'",
            "memory, cpython-3.10, standard, ''",
            "memory, jvm-estimate:compact-headers, standard, ''",
            "compare, cpython-3.12, 'standard,slotted,slotted-weakref', ''",
            "compare, jvm, 'standard,slotted', ''"})
    void everyViewExportsToPngAndSvg(String view, String runtime, String variant, String add) throws IOException {
        Path png = dir.resolve(view + ".png");
        Path svg = dir.resolve(view + ".svg");
        for (Path out : new Path[] {png, svg}) {
            CliRun run = CliRun.of("export", "--view", view, "--runtime", runtime, "--variant", variant, "--add", add,
                    "--out", out.toString());
            assertEquals(0, run.status(), run.err());
            assertEquals("wrote " + out + "\n", run.out());
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 150, image.getWidth() + "x" + image.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("</svg>") && text.contains("<text"));
    }

    @Test
    void theSlottedStepShowsPythonsError() throws IOException {
        Path svg = dir.resolve("refused.svg");
        CliRun run = CliRun.of("export", "--runtime", "cpython-3.13", "--variant", "slotted", "--add", "z", "--out", svg.toString());
        assertEquals(0, run.status(), run.err());
        // SVG text escapes the quotes.
        assertTrue(Files.readString(svg).contains(
                "AttributeError: &apos;SlottedPoint&apos; object has no attribute &apos;z&apos; and no __dict__ for setting new attributes"));
    }

    @Test
    void twoTimesIsTwiceOneTimesInEachDimension() throws IOException {
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        Path four = dir.resolve("four.png");
        assertEquals(0, CliRun.of("export", "--runtime", "cpython-3.8", "--out", one.toString()).status());
        assertEquals(0, CliRun.of("export", "--runtime", "cpython-3.8", "--scale", "2", "--out", two.toString()).status());
        assertEquals(0, CliRun.of("export", "--runtime", "cpython-3.8", "--scale", "4", "--out", four.toString()).status());
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        BufferedImage c = ImageIO.read(four.toFile());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
        assertEquals(4 * a.getWidth(), c.getWidth());
        assertEquals(4 * a.getHeight(), c.getHeight());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--scale 3|--scale must be 1, 2 or 4, not 3",
            "--theme neon|unknown theme 'neon'; known: light, dark, high-contrast",
            "--view film|unknown view 'film'; known: layout, grow, memory, compare",
            "--view grow|--view grow needs --add with the attributes to add",
            "--add z --step 2|--step 2 is outside 0..1",
            "--count 0|",
            "--attrs 1x|",
            "--variant nothing|unknown variant 'nothing'"})
    void badOptionsGiveOneLineAndStatusTwo(String options, String message) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("export", "--runtime", "cpython-3.12",
                "--out", dir.resolve("x.png").toString()));
        args.addAll(java.util.List.of(options.split(" ")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("slotscope: "), run.err());
        if (message != null) {
            assertTrue(run.err().contains(message), run.err());
        }
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void anUnwritablePathGivesOneLineAndStatusOne() {
        Path out = dir.resolve("missing/x.png");
        CliRun run = CliRun.of("export", "--runtime", "cpython-3.12", "--out", out.toString());
        assertEquals(1, run.status());
        assertEquals("slotscope: cannot write " + out + ": the folder " + out.getParent() + " does not exist\n", run.err());
    }

    @Test
    void theBuiltInLessonBecomesNumberedPicturesForEveryScene() throws IOException {
        Path deck = dir.resolve("deck");
        CliRun run = CliRun.of("export", "--lesson", "builtin:slots", "--format", "both", "--scale", "2", "--out", deck.toString());
        assertEquals(0, run.status(), run.err());
        int scenes = dev.slotscope.lesson.Lessons.builtin("slots").scenes().size();
        java.util.List<String> names;
        try (var files = Files.list(deck)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(2 * scenes, names.size(), names.toString());
        assertTrue(names.get(0).startsWith("01-") && names.get(0).endsWith(".png"), names.get(0));
        assertTrue(names.get(1).startsWith("01-") && names.get(1).endsWith(".svg"), names.get(1));
        assertTrue(names.get(names.size() - 1).startsWith(String.format("%02d-", scenes)));
        assertEquals(2 * scenes, run.out().lines().filter(l -> l.startsWith("wrote ")).count());
        for (String name : names) {
            if (name.endsWith(".png")) {
                BufferedImage image = ImageIO.read(deck.resolve(name).toFile());
                assertTrue(dev.slotscope.export.ImageChecks.colours(image) > 10, name + " is not blank");
                assertEquals(3840, image.getWidth(), name + ": a 16:9 slide at 2x");
                assertEquals(2160, image.getHeight(), name);
            }
        }
    }

    @Test
    void aBrokenLessonGivesOneLineAndStatusTwo() throws IOException {
        Path broken = dir.resolve("broken.slotscope.json");
        Files.writeString(broken, "{\"format\": \"slotscope-lesson\", \"version\": 9, \"title\": \"t\", \"scenes\": []}");
        CliRun run = CliRun.of("export", "--lesson", broken.toString(), "--out", dir.resolve("deck").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("slotscope: " + broken), run.err());
        assertFalse(Files.exists(dir.resolve("deck")), "nothing is written");
        CliRun unknown = CliRun.of("export", "--lesson", "builtin:nope", "--out", dir.resolve("deck").toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("builtin:slots"), unknown.err());
    }

    @Test
    void pdfWritesTheWholeDeckAsOneDocument() throws IOException {
        Path deck = dir.resolve("pdf-deck");
        CliRun run = CliRun.of("export", "--lesson", "builtin:slots", "--format", "pdf", "--out", deck.toString());
        assertEquals(0, run.status(), run.err());
        Path pdf = deck.resolve("what-slots-saves-version-by-version.pdf");
        assertEquals("wrote " + pdf + "\n", run.out());
        try (var files = Files.list(deck)) {
            assertEquals(java.util.List.of(pdf), files.toList());
        }
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"png|png", "svg|svg", "both|png svg", "pdf|pdf", "png,pdf|png pdf", "svg, pdf|svg pdf",
            "both,pdf|png svg pdf"})
    void everyCombinationOfFormatsIsAllowed(String format, String extensions) {
        assertEquals(java.util.Arrays.stream(extensions.split(" ")).map(e -> dev.slotscope.export.ImageFormat.valueOf(
                e.toUpperCase(java.util.Locale.ROOT))).collect(java.util.stream.Collectors.toSet()), ExportCommand.formats(format));
    }

    @Test
    void anUnknownFormatGivesOneLineAndStatusTwo() {
        CliRun run = CliRun.of("export", "--lesson", "builtin:slots", "--format", "gif", "--out", dir.resolve("deck").toString());
        assertEquals(2, run.status());
        assertEquals("slotscope: --format must be png, svg, both or pdf (or a list such as png,pdf), not 'gif'\n", run.err());
        assertFalse(Files.exists(dir.resolve("deck")));
    }

    @Test
    void noLegendDropsTheKeyToTheBoxes() throws IOException {
        Path with = dir.resolve("with.svg");
        Path without = dir.resolve("without.svg");
        assertEquals(0, CliRun.of("export", "--runtime", "cpython-3.10", "--out", with.toString()).status());
        assertEquals(0, CliRun.of("export", "--runtime", "cpython-3.10", "--no-legend", "--out", without.toString()).status());
        // "reference count" is the legend's name for the refcnt box; "entry hash" only the legend says.
        assertTrue(Files.readString(with).contains(">reference count</text>"));
        assertTrue(Files.readString(with).contains(">entry hash</text>"));
        assertFalse(Files.readString(without).contains(">reference count</text>"));
        assertFalse(Files.readString(with).contains(">slot</text>"), "only kinds the picture shows: no slots in a StandardPoint");
    }

    @Test
    void themeRecoloursAWholeDeck() throws IOException {
        Path deck = dir.resolve("dark-deck");
        CliRun run = CliRun.of("export", "--lesson", "builtin:slots", "--theme", "dark", "--format", "svg", "--out", deck.toString());
        assertEquals(0, run.status(), run.err());
        String paper = dev.slotscope.theme.Palette.of(dev.slotscope.theme.Theme.DARK).paper();
        java.awt.Color c = java.awt.Color.decode(paper);
        String fill = "fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
        try (var files = Files.list(deck)) {
            for (Path svg : files.toList()) {
                assertTrue(Files.readString(svg).contains(fill), svg + " is on the dark theme's paper");
            }
        }
    }

    @Test
    void theSpeedViewTimesFirstAndDrawsEveryRunWithWhoMeasured() throws IOException {
        Path svg = dir.resolve("speed.svg");
        CliRun run = CliRun.of("export", "--view", "speed", "--runtime", "jvm", "--out", svg.toString());
        assertEquals(0, run.status(), run.err());
        String text = Files.readString(svg);
        assertTrue(text.contains("Reads and writes of standard and slotted timed"), "the heading");
        assertTrue(text.contains("standard · read") && text.contains("slotted · write"), "a row per class and access");
        assertTrue(text.contains("Measured by JDK " + Runtime.version()), "who measured");
        assertTrue(text.contains("nanoseconds per access"), "the axis says its unit");
        assertEquals(4 * 7, text.split("<ellipse", -1).length - 1, "a dot for each of the 7 runs of every row");
    }

    @Test
    void theSpeedViewRefusesWhatCannotBeTimedInOneSentence() {
        CliRun estimate = CliRun.of("export", "--view", "speed", "--runtime", "jvm-estimate:compressed", "--out",
                dir.resolve("e.png").toString());
        assertEquals(SlotscopeCommand.USAGE_ERROR, estimate.status());
        assertEquals("slotscope: a speed scene times code that runs here, not JVM · compressed oops (estimate): choose a"
                + " CPython version or jvm", estimate.err().strip());
        assertFalse(Files.exists(dir.resolve("e.png")));
    }

    @Test
    void theSpeedViewWithoutAnInterpreterExitsWithThree(@TempDir Path home) throws Exception {
        ProcessBuilder builder = MemoryCommandTest.slotscope(java.util.List.of(), "export", "--view", "speed", "--runtime",
                "cpython-3.12", "--out", dir.resolve("s.png").toString());
        builder.environment().put("PATH", home.toString());
        builder.environment().put("PYENV_ROOT", home.resolve("no-pyenv").toString());
        Process process = builder.start();
        assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(MemoryCommand.NO_INTERPRETER, process.exitValue(), output);
        assertTrue(output.startsWith("slotscope: no CPython 3.12 found"), output);
        assertFalse(Files.exists(dir.resolve("s.png")));
    }
}
