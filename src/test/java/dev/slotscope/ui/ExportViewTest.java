package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.layout.Limits;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.theme.Palette;
import dev.slotscope.theme.Theme;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export, copy and themes from the window. */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainController main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private void show(FxRobot robot, CPythonVersion version, Variant variant) throws TimeoutException {
        ExplorerController explorer = main.explorers().get(0);
        robot.interact(() -> {
            explorer.model().runtime().set(new Runtime.CPython(version));
            explorer.model().classChoice().set(new ClassChoice.Python(variant));
            explorer.model().attributes().set("x, y");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
    }

    private void waitForStatus(String start) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.status().get().startsWith(start));
    }

    @Test
    void theViewExportsToPngAtTwiceTheSizeAndToSvg(FxRobot robot) throws TimeoutException, IOException {
        show(robot, CPythonVersion.V3_12, Variant.STANDARD);
        Path one = dir.resolve("view.png");
        Path two = dir.resolve("view@2x.png");
        Path svg = dir.resolve("view.svg");
        robot.interact(() -> main.export(one, 1));
        waitForStatus("Exported to " + one);
        robot.interact(() -> main.export(two, 2));
        waitForStatus("Exported to " + two);
        robot.interact(() -> main.export(svg, 1));
        waitForStatus("Exported to " + svg);
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(two.toFile());
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
        assertTrue(a.getWidth() > 600 && a.getHeight() > 300, a.getWidth() + "x" + a.getHeight());
        assertTrue(dev.slotscope.export.ImageChecks.colours(a) > 20, "not blank");
        String text = Files.readString(svg);
        assertTrue(text.contains(">CPython 3.12 · StandardPoint (standard)</text>"), "the view's heading");
        assertTrue(text.contains(">refcnt</text>"));
    }

    @Test
    void aSideBySideComparisonExportsBothExplorers(FxRobot robot) throws TimeoutException, IOException {
        show(robot, CPythonVersion.V3_12, Variant.SLOTTED);
        Path single = dir.resolve("single.svg");
        robot.interact(() -> main.export(single, 1));
        waitForStatus("Exported to " + single);
        robot.clickOn("#compareToggle");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.explorers().size() == 2
                && main.explorers().stream().noneMatch(e -> e.model().busy().get()));
        Path both = dir.resolve("both.svg");
        robot.interact(() -> main.export(both, 1));
        waitForStatus("Exported to " + both);
        String text = Files.readString(both);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(both, Path.of("target/screenshots/compare-export.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(text.contains(">CPython 3.12 · SlottedPoint (slotted)</text>"), "the left explorer");
        assertTrue(text.contains(">JVM · MapPoint (standard)</text>"), "the right explorer");
        assertTrue(width(text) > width(Files.readString(single)), "side by side: " + width(text) + " against "
                + width(Files.readString(single)));
        assertTrue(text.indexOf(">CPython 3.12 · SlottedPoint") < text.indexOf(">JVM · MapPoint"), "left to right");
        robot.clickOn("#compareToggle");
    }

    /**
     * The window's Export and the command line's {@code export} of the same view draw it through
     * one pipeline: the same SVG, byte for byte, for a layout, a growth step and a comparison.
     */
    @Test
    void theWindowExportsWhatTheCommandLineExports(FxRobot robot) throws TimeoutException, IOException {
        show(robot, CPythonVersion.V3_10, Variant.STANDARD);
        assertSameAsCommandLine(robot, "layout", "--runtime", "cpython-3.10", "--variant", "standard");

        ExplorerController explorer = main.explorers().get(0);
        robot.interact(() -> explorer.growth().replay(java.util.List.of("z", "w"), 2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> explorer.growth().steps().get().size() == 3
                && explorer.growth().index().get() == 2);
        assertSameAsCommandLine(robot, "grow", "--runtime", "cpython-3.10", "--variant", "standard", "--add", "z,w");
        robot.interact(() -> explorer.growth().replay(java.util.List.of(), 0));

        robot.clickOn("#compareToggle");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.explorers().size() == 2);
        ExplorerController right = main.explorers().get(1);
        robot.interact(() -> {
            right.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_10));
            right.model().classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
            right.model().attributes().set("x, y");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.explorers().stream().noneMatch(e -> e.model().busy().get()));
        assertSameAsCommandLine(robot, "compare", "--view", "compare", "--runtime", "cpython-3.10", "--variant", "standard,slotted");
        robot.clickOn("#compareToggle");
    }

    /** A class the user named has no scene; its shown layout goes through the same panels, with a legend. */
    @Test
    void aNamedClassExportsItsShownLayoutWithALegend(FxRobot robot) throws TimeoutException, IOException {
        ExplorerController explorer = main.explorers().get(0);
        robot.interact(() -> {
            explorer.model().runtime().set(new Runtime.Jvm(dev.slotscope.jvm.JvmMode.COMPRESSED));
            explorer.model().classChoice().set(new ClassChoice.NamedClass());
            explorer.model().className().set("java.util.ArrayList");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !explorer.model().busy().get()
                && explorer.shownLayout().objects().get(0).label().contains("ArrayList"));
        Path svg = dir.resolve("named.svg");
        robot.interact(() -> main.export(svg, 1));
        waitForStatus("Exported to " + svg);
        String text = Files.readString(svg);
        assertTrue(text.contains("java.util.ArrayList</text>"), "the heading names the class");
        assertTrue(text.contains(">mark word</text>") && text.contains(">class word</text>"), "the legend of its kinds");
        assertTrue(text.contains(">" + explorer.bytesText() + "</text>"), "the figure the window shows");
    }

    private void assertSameAsCommandLine(FxRobot robot, String name, String... args) throws TimeoutException, IOException {
        Path window = dir.resolve(name + "-window.svg");
        Path cli = dir.resolve(name + "-cli.svg");
        robot.interact(() -> main.export(window, 1));
        waitForStatus("Exported to " + window);
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("export"),
                java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--out", cli.toString())))
                .toArray(String[]::new);
        int status = dev.slotscope.cli.SlotscopeCommand.run(all, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertEquals(0, status);
        assertEquals(Files.readString(cli), Files.readString(window), name + ": the window's export differs from the command line's");
    }

    private static double width(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("width='([0-9.]+)'").matcher(svg);
        assertTrue(m.find());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void anUnwritablePathIsReportedInTheWindow(FxRobot robot) throws TimeoutException {
        Path out = dir.resolve("no-such-folder/view.png");
        robot.interact(() -> main.export(out, 1));
        waitForStatus("cannot write");
        assertEquals("cannot write " + out + ": the folder " + out.getParent() + " does not exist.", main.status().get());
        assertTrue(robot.lookup("#statusLabel").query().getStyleClass().contains("error"));
    }

    @Test
    void copyPutsTheViewOnTheClipboard(FxRobot robot) throws TimeoutException {
        show(robot, CPythonVersion.V3_8, Variant.SLOTTED);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#themeChoice").type(javafx.scene.input.KeyCode.ESCAPE);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.CONTROL);
        waitForStatus("Copied the view");
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertTrue(image[0] != null && image[0].getWidth() > 600, "an image of the view is on the clipboard");
    }

    /** A 3.12 StandardPoint with attributes a0, a1, … up to {@code count}, drawn. */
    private void showStandardPointWith(FxRobot robot, int count) throws TimeoutException {
        ExplorerController explorer = main.explorers().get(0);
        String names = java.util.stream.IntStream.range(0, count).mapToObj(i -> "a" + i)
                .collect(java.util.stream.Collectors.joining(", "));
        robot.interact(() -> {
            explorer.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
            explorer.model().classChoice().set(new ClassChoice.Python(Variant.STANDARD));
            explorer.model().attributes().set(names);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
    }

    @Test
    void aPicturePastThePixelLimitIsRefusedInTheWindowOnExportAndCopy(FxRobot robot) throws TimeoutException {
        showStandardPointWith(robot, Limits.ATTRIBUTES);
        Path out = dir.resolve("big.png");
        robot.interact(() -> main.export(out, 4));
        waitForStatus("the picture would be");
        assertTrue(main.status().get().contains("more than the 64 million an image may have; as SVG or PDF it would fit"),
                main.status().get());
        assertTrue(robot.lookup("#statusLabel").query().getStyleClass().contains("error"));
        assertTrue(Files.notExists(out));
        robot.interact(() -> main.copyView());
        waitForStatus("Cannot copy the view: the picture would be");
    }

    @Test
    void aCopyTooBigAt2xIsMadeAt1x(FxRobot robot) throws TimeoutException {
        showStandardPointWith(robot, 100);
        robot.interact(() -> main.copyView());
        waitForStatus("Copied the view");
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        double pixels = image[0].getWidth() * image[0].getHeight();
        assertTrue(pixels <= Limits.PICTURE_PIXELS && 4 * pixels > Limits.PICTURE_PIXELS,
                image[0].getWidth() + " × " + image[0].getHeight() + ": at 1x, as 2x would pass the limit");
    }

    @Test
    void themesRecolourTheBoxesFromThePalette(FxRobot robot) throws TimeoutException {
        show(robot, CPythonVersion.V3_10, Variant.STANDARD);
        for (Theme theme : Theme.values()) {
            robot.interact(() -> main.theme().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Region refcount = robot.lookup(".kind-refcount").queryAs(Region.class);
            Color fill = (Color) refcount.getBackground().getFills().get(0).getFill();
            assertEquals(Color.web(Palette.of(theme).fill(RegionKind.REFCOUNT)), fill, theme.id());
            MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/theme-" + theme.id() + ".png");
        }
        robot.interact(() -> main.theme().set(Theme.LIGHT));
    }
}
