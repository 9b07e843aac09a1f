package dev.slotscope.ui;

import dev.slotscope.jvm.JvmMode;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.runtime.Runtime;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Speed" tab: the JVM's reads and writes timed for real in this VM, drawn, judged; and a timing cancelled. */
@ExtendWith(ApplicationExtension.class)
class SpeedViewTest {

    private Stage stage;
    private ExplorerController explorer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        explorer = MainController.of(stage.getScene()).explorers().get(0);
    }

    private void openSpeedTab(FxRobot robot) {
        robot.interact(() -> {
            explorer.model().runtime().set(new Runtime.Jvm(JvmMode.LIVE, Optional.empty()));
            explorer.showSpeed();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * A node of this explorer's Speed tab (the window has a second explorer, for comparing, with its
     * own); call it on the JavaFX thread.
     */
    private <T extends Node> T inTab(String id, Class<T> type) {
        return type.cast(explorer.speed().chart().getParent().lookup(id));
    }

    @Test
    void timingTheJvmDrawsEveryRowAndSaysWhatTheRunsSupport(FxRobot robot) throws Exception {
        openSpeedTab(robot);
        assertTrue(OnFx.get(() -> inTab("#speedWhy", Label.class).getText()).contains("getfield"));
        robot.clickOn(OnFx.get(() -> inTab("#speedButton", Button.class)));
        // Done when not timing and something is said: the verdict, or what went wrong.
        OnFx.waitFor(120, () -> !explorer.speed().model().measuring().get()
                && !explorer.speed().model().text().get().isEmpty());
        assertTrue(OnFx.get(() -> explorer.speed().model().result().get() != null),
                () -> OnFx.get(() -> explorer.speed().model().text().get()));
        WaitForAsyncUtils.waitForFxEvents();
        String verdict = OnFx.get(() -> inTab("#speedVerdict", Label.class).getText());
        assertTrue(verdict.contains(" on JDK " + java.lang.Runtime.version().feature()), verdict);
        assertTrue(verdict.contains("Measured by JDK "), verdict);
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/speed-jvm.png");
        List<String> rows = OnFx.get(() -> explorer.speed().chart().getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("speed-label") && n.isVisible()).map(n -> ((Text) n).getText()).toList());
        assertEquals(List.of("standard · read", "slotted · read", "standard · write", "slotted · write"), rows);
        // Every label and value stays inside the chart: nothing is cut at its edge.
        assertEquals(List.of(), OnFx.get(() -> explorer.speed().chart().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && !insideChart(n)).map(n -> ((Text) n).getText()).toList()));
    }

    private boolean insideChart(Node n) {
        var bounds = n.getBoundsInParent();
        return bounds.getMinX() >= 0 && bounds.getMaxX() <= explorer.speed().chart().getWidth() + 0.5;
    }

    @Test
    void cancelStopsATimingUnderWay(FxRobot robot) throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            openSpeedTab(robot);
            robot.interact(() -> explorer.speed().bind(new SpeedViewModel(new SimpleObjectProperty<>(
                    new Runtime.Jvm(JvmMode.LIVE, Optional.empty())), Threads.app(background), (runtime, classes, progress) -> {
                        progress.update(0.3);
                        while (!progress.cancelled()) {
                            // Polls the flag as a real timing does between its steps.
                            LockSupport.parkNanos(1_000_000);
                        }
                        throw new MeasurementCancelledException();
                    })));
            robot.clickOn(OnFx.get(() -> inTab("#speedButton", Button.class)));
            OnFx.waitFor(20, () -> inTab("#speedCancelButton", Button.class).isVisible());
            robot.clickOn(OnFx.get(() -> inTab("#speedCancelButton", Button.class)));
            OnFx.waitFor(20, () -> !explorer.speed().model().measuring().get());
            assertEquals("Cancelled: nothing was timed.", OnFx.get(() -> inTab("#speedVerdict", Label.class).getText()));
            assertTrue(OnFx.get(() -> !inTab("#speedCancelButton", Button.class).isVisible()));
        } finally {
            background.shutdownNow();
        }
    }
}
