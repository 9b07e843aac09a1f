package dev.slotscope.ui;

import dev.slotscope.memory.InstanceCount;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;


/** The "Memory at scale" tab: a logarithmic count slider, the chart, readouts and a measurement. */
public final class MemoryController {
    @FXML private Slider countSlider;
    @FXML private TextField countField;
    @FXML private ChoiceBox<MemoryViewModel.Comparison> compareChoice;
    @FXML private CheckBox allocatorCheck;
    @FXML private Label countError;
    @FXML private Label savingReadout;
    @FXML private Label claimReadout;
    @FXML private MemoryChartView chartView;
    @FXML private Button measureButton;
    @FXML private ProgressBar measureProgress;
    @FXML private Button cancelButton;
    @FXML private Label measureResult;

    private MemoryViewModel model;
    private boolean syncing;

    private void nameComparisons() {
        compareChoice.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(MemoryViewModel.Comparison c) {
                return c == null ? "" : model.nameOf(c);
            }

            @Override
            public MemoryViewModel.Comparison fromString(String text) {
                return model.comparisons().stream().filter(c -> model.nameOf(c).equals(text)).findFirst().orElse(null);
            }
        });
        // The skin measures its items when made: a new one fits the new names, never cutting one.
        compareChoice.setSkin(new javafx.scene.control.skin.ChoiceBoxSkin<>(compareChoice));
    }

    /** Connects the tab to its explorer's choices. */
    void bind(ExplorerModel explorer) {
        model = new MemoryViewModel(explorer);
        compareChoice.setItems(model.comparisons());
        nameComparisons();
        // A converter of its own for each class chosen: the chooser names its items anew only then.
        explorer.classChoice().addListener((o, old, now) -> nameComparisons());
        compareChoice.valueProperty().bindBidirectional(model.comparison());
        allocatorCheck.selectedProperty().bindBidirectional(model.allocatorBlocks());
        allocatorCheck.disableProperty().bind(explorer.runtime().map(r -> !r.hasAllocatorBlocks()));
        countSlider.valueProperty().addListener((o, old, now) -> {
            if (!syncing) {
                model.count().set(InstanceCount.fromSliderPosition(now.doubleValue()));
            }
        });
        countField.setOnAction(e -> typedCount());
        countField.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                typedCount();
            }
        });
        model.count().addListener((o, old, now) -> showCount(now));
        model.chart().addListener((o, old, now) -> chartView.show(now));
        savingReadout.textProperty().bind(model.summary());
        claimReadout.textProperty().bind(model.claim());
        measureResult.textProperty().bind(model.measureText());
        measureProgress.visibleProperty().bind(model.measuring());
        measureProgress.managedProperty().bind(model.measuring());
        measureProgress.progressProperty().bind(model.progress());
        cancelButton.visibleProperty().bind(model.measuring());
        cancelButton.managedProperty().bind(model.measuring());
        measureButton.disableProperty().bind(model.measuring());
        showCount(model.count().get());
        chartView.show(model.chart().get());
    }

    /** The chart, drawn as exported pictures draw it. */
    public MemoryChartView chart() {
        return chartView;
    }

    /** The view model behind the tab. */
    public MemoryViewModel model() {
        return model;
    }

    @FXML
    private void measure() {
        model.measure();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    private void typedCount() {
        try {
            model.count().set(InstanceCount.parse(countField.getText()));
            countError.setVisible(false);
            countError.setManaged(false);
        } catch (IllegalArgumentException e) {
            countError.setText(e.getMessage());
            countError.setVisible(true);
            countError.setManaged(true);
        }
    }

    private void showCount(InstanceCount n) {
        syncing = true;
        countSlider.setValue(n.sliderPosition());
        syncing = false;
        if (!countField.isFocused()) {
            countField.setText(n.display());
        }
        measureButton.setText("Measure " + n.display() + " real instances");
    }
}
