package dev.slotscope.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The "Speed" tab: times reads and writes of the lesson's classes, draws their spread and says what it supports. */
public final class SpeedController {
    @FXML private Button measureButton;
    @FXML private ProgressBar measureProgress;
    @FXML private Button cancelButton;
    @FXML private Label verdict;
    @FXML private SpeedChartView chartView;
    @FXML private Label legend;
    @FXML private Label method;
    @FXML private Label why;

    private SpeedViewModel model;

    /** Connects the tab to its explorer's runtime. */
    void bind(ExplorerModel explorer) {
        bind(new SpeedViewModel(explorer));
    }

    /** Connects the tab to {@code model}: a test's, with a timer of its own. */
    void bind(SpeedViewModel model) {
        this.model = model;
        verdict.textProperty().bind(model.text());
        why.textProperty().bind(model.why());
        method.textProperty().bind(model.result().map(r -> "Method: " + r.method()).orElse(""));
        measureProgress.visibleProperty().bind(model.measuring());
        measureProgress.managedProperty().bind(model.measuring());
        measureProgress.progressProperty().bind(model.progress());
        cancelButton.visibleProperty().bind(model.measuring());
        cancelButton.managedProperty().bind(model.measuring());
        measureButton.disableProperty().bind(model.measuring());
        legend.visibleProperty().bind(model.result().isNotNull());
        legend.managedProperty().bind(model.result().isNotNull());
        model.result().addListener((o, old, now) -> chartView.show(now));
        chartView.show(model.result().get());
    }

    /** The view model behind the tab. */
    public SpeedViewModel model() {
        return model;
    }

    /** The chart of the runs. */
    public SpeedChartView chart() {
        return chartView;
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
