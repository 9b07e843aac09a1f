package dev.slotscope.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The "Speed" tab: times reads and writes of the lesson's classes, draws their spread and says what it supports. */
public final class SpeedController {
    @FXML private Label speedHeading;
    @FXML private Button speedButton;
    @FXML private ProgressBar speedProgress;
    @FXML private Button speedCancelButton;
    @FXML private Label speedVerdict;
    @FXML private SpeedChartView speedChart;
    @FXML private Label speedLegend;
    @FXML private Label speedMethod;
    @FXML private Label speedWhy;

    private SpeedViewModel model;

    /** Connects the tab to its explorer's runtime. */
    void bind(ExplorerModel explorer) {
        bind(new SpeedViewModel(explorer));
    }

    /** Connects the tab to {@code model}: a test's, with a timer of its own. */
    void bind(SpeedViewModel model) {
        this.model = model;
        speedHeading.textProperty().bind(model.heading());
        speedVerdict.textProperty().bind(model.text());
        speedWhy.textProperty().bind(model.why());
        speedMethod.textProperty().bind(model.result().map(r -> "Method: " + r.method()).orElse(""));
        speedProgress.visibleProperty().bind(model.measuring());
        speedProgress.managedProperty().bind(model.measuring());
        speedProgress.progressProperty().bind(model.progress());
        speedCancelButton.visibleProperty().bind(model.measuring());
        speedCancelButton.managedProperty().bind(model.measuring());
        speedButton.disableProperty().bind(model.measuring());
        speedLegend.visibleProperty().bind(model.result().isNotNull());
        speedLegend.managedProperty().bind(model.result().isNotNull());
        model.result().addListener((o, old, now) -> speedChart.show(now));
        speedChart.show(model.result().get());
    }

    /** The view model behind the tab. */
    public SpeedViewModel model() {
        return model;
    }

    /** The chart of the runs. */
    public SpeedChartView chart() {
        return speedChart;
    }

    @FXML
    private void measure() {
        model.measure();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }
}
