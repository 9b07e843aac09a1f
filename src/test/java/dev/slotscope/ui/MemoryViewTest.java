package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryChartModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Memory at scale" tab: slider, typed count, charts, readouts and a live measurement. */
@ExtendWith(ApplicationExtension.class)
class MemoryViewTest {

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        MainController main = MainController.of(stage.getScene());
        explorer = main.explorers().get(0);
    }

    private void openMemoryTab(FxRobot robot, Runtime runtime, ClassChoice choice) {
        robot.interact(() -> {
            explorer.model().runtime().set(runtime);
            explorer.model().classChoice().set(choice);
            robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String readout(FxRobot robot) {
        return robot.lookup("#savingReadout").queryAs(Label.class).getText();
    }

    private long bar(FxRobot robot, String label) {
        MemoryChartView chart = robot.lookup("#chartView").queryAs(MemoryChartView.class);
        return chart.shown().stream().filter(e -> e.label().equals(label))
                .mapToLong(dev.slotscope.memory.MemoryEstimate::totalBytes).findFirst().orElseThrow();
    }

    @Test
    void sliderMovesTheReadoutAndTheBars(FxRobot robot) {
        openMemoryTab(robot, new Runtime.CPython(CPythonVersion.V3_10), new ClassChoice.Python(Variant.STANDARD));
        assertEquals("Plotted: total memory of every variant on CPython 3.10, for 0 to 1M instances. At N = 1,000,000: "
                + "standard 152 MB, slotted 48 MB; slotted saves 104 MB (68%).", readout(robot));
        assertEquals(152_000_168L, bar(robot, "standard"));
        robot.interact(() -> robot.lookup("#countSlider").queryAs(Slider.class).setValue(4));
        assertEquals("Plotted: total memory of every variant on CPython 3.10, for 0 to 10k instances. At N = 10,000: "
                + "standard 1.52 MB, slotted 0.48 MB; slotted saves 1.04 MB (68%).", readout(robot));
        assertEquals("total memory (1 MB = 1,000,000 bytes)", explorer.memory().chart().model().y().title());
        assertEquals("10,000", robot.lookup("#countField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#claimReadout").queryAs(Label.class).getText()
                .endsWith("The claim holds on 3.11, 3.13, 3.14 and 3.15 only."));
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/memory-3.10.png");
        javafx.scene.image.WritableImage[] chart = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> chart[0] = robot.lookup("#chartView").query().snapshot(null, null));
        assertTrue(dev.slotscope.export.ImageChecks.colours(javafx.embed.swing.SwingFXUtils.fromFXImage(chart[0], null)) > 5,
                "the chart is drawn");
    }

    @Test
    void typedCountsAreParsedAndBadOnesExplained(FxRobot robot) {
        openMemoryTab(robot, new Runtime.CPython(CPythonVersion.V3_12), new ClassChoice.Python(Variant.STANDARD));
        robot.interact(() -> {
            TextField field = robot.lookup("#countField").queryAs(TextField.class);
            field.setText("250k");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals(new InstanceCount(250_000), explorer.memory().model().count().get());
        assertEquals(4 + Math.log10(25), robot.lookup("#countSlider").queryAs(Slider.class).getValue(), 1e-9);
        robot.interact(() -> {
            TextField field = robot.lookup("#countField").queryAs(TextField.class);
            field.setText("20M");
            field.fireEvent(new javafx.event.ActionEvent());
        });
        Label error = robot.lookup("#countError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("the instance count must be between 1 and 10,000,000, not 20M", error.getText());
    }

    @Test
    void oneVariantAcrossVersions(FxRobot robot) {
        openMemoryTab(robot, new Runtime.CPython(CPythonVersion.V3_13), new ClassChoice.Python(Variant.STANDARD));
        robot.interact(() -> explorer.memory().model().comparison().set(MemoryViewModel.Comparison.VERSIONS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(152_000_168L, bar(robot, "3.8"));
        assertEquals(88_000_768L, bar(robot, "3.11"));
    }

    @Test
    void aJvmMeasurementRunsOffTheJavaFxThread(FxRobot robot) throws TimeoutException {
        openMemoryTab(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.BOXED));
        robot.interact(() -> explorer.memory().model().count().set(new InstanceCount(3_000_000)));
        robot.interact(() -> explorer.memory().model().measure());
        // Should it ever end at once, what it said is the clue.
        assertTrue(explorer.memory().model().measuring().get(), () -> OnFx.get(() -> explorer.memory().model().measureText().get()));
        boolean[] clickHandledWhileMeasuring = new boolean[1];
        robot.interact(() -> {
            robot.lookup("#countSlider").query().requestFocus();
            clickHandledWhileMeasuring[0] = explorer.memory().model().measuring().get();
        });
        assertTrue(clickHandledWhileMeasuring[0], "the JavaFX thread handled an event while the measurement ran");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !explorer.memory().model().measuring().get());
        WaitForAsyncUtils.waitForFxEvents();
        String result = robot.lookup("#measureResult").queryAs(Label.class).getText();
        assertTrue(result.startsWith("Measured "), result);
        assertTrue(result.contains("predicted 216,000,000"), result);
        MemoryChartModel chart = explorer.memory().chart().model();
        assertEquals(1, chart.measured().size(), "the measured total is a point on the chart");
        assertEquals("boxed", chart.measured().get(0).series());
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/memory-jvm-measured.png");
        assertTrue(chart.measuredLabel(chart.measured().get(0)).matches("measured 2\\d\\d MB \\(predicted 216 MB, [+-]\\d+\\.\\d%\\)"),
                chart.measuredLabel(chart.measured().get(0)));
        robot.interact(() -> explorer.model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer.memory().chart().model() == null || explorer.memory().chart().model().measured().isEmpty(),
                "a measurement of BoxedPoint does not stay on FieldPoint's chart");
        assertEquals("", robot.lookup("#measureResult").queryAs(Label.class).getText());
    }

    @Test
    void aMeasurementFinishedAfterTheSelectionChangedIsNotDrawnOnTheNewChart(FxRobot robot) throws TimeoutException {
        openMemoryTab(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.BOXED));
        robot.interact(() -> explorer.memory().model().count().set(InstanceCount.MILLION));
        // Both in one turn of the JavaFX thread, so the selection changes before the result can arrive.
        robot.interact(() -> {
            explorer.memory().model().measure();
            explorer.model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED));
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !explorer.memory().model().measuring().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("That measurement was of what was selected before; measure again for this chart.",
                robot.lookup("#measureResult").queryAs(Label.class).getText());
        assertTrue(explorer.memory().chart().model().measured().isEmpty());
    }

    @Test
    void theMeasureButtonKeepsItsWholeTextAt1280By800(FxRobot robot) throws TimeoutException {
        // The stage is shared by every test class; an earlier one may have left it at 1920 wide.
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        openMemoryTab(robot, new Runtime.Jvm(JvmMode.LIVE), new ClassChoice.Java(JvmVariant.CHILD_OF_SLOTTED));
        robot.interact(() -> explorer.memory().model().count().set(new InstanceCount(20_000)));
        assertEquals(1280, stage.getScene().getWidth());
        Button measure = robot.lookup("#measureButton").queryAs(Button.class);
        assertWhole(measure, "Measure 20,000 real instances");
        // The long result line is what squeezed the button to "…": it now wraps on a row of its own.
        robot.interact(() -> explorer.memory().model().measure());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !explorer.memory().model().measuring().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label result = robot.lookup("#measureResult").queryAs(Label.class);
        assertTrue(result.getText().startsWith("Measured "), result.getText());
        assertWhole(measure, "Measure 20,000 real instances");
        assertTrue(OnFx.get(() -> result.getHeight() >= result.prefHeight(result.getWidth()) - 0.5), "the result is not cut either");
    }

    private static void assertWhole(Button button, String text) {
        assertEquals(text, button.getText());
        double needed = OnFx.get(() -> button.prefWidth(-1));
        assertTrue(button.getWidth() >= needed - 0.5, "the button is as wide as its text: " + button.getWidth() + " < " + needed);
        Text shown = (Text) button.lookup(".text");
        assertEquals(text, shown.getText(), "nothing is cut to …");
    }
}
