package dev.slotscope.ui;

import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.MemoryEstimate;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import java.util.List;

/** The "Memory at scale" tab: a logarithmic count slider, two charts, readouts and a measurement. */
public final class MemoryController {
    /** Points per power of ten on the memory-against-N curves. */
    private static final int CURVE_STEPS_PER_DECADE = 4;
    private static final String[] DECADES = {"1", "10", "100", "1k", "10k", "100k", "1M", "10M"};

    @FXML private Slider countSlider;
    @FXML private TextField countField;
    @FXML private ChoiceBox<MemoryViewModel.Comparison> compareChoice;
    @FXML private CheckBox allocatorCheck;
    @FXML private Label countError;
    @FXML private Label savingReadout;
    @FXML private Label claimReadout;
    @FXML private BarChart<String, Number> barChart;
    @FXML private LineChart<Number, Number> lineChart;
    @FXML private NumberAxis lineX;
    @FXML private Button measureButton;
    @FXML private ProgressBar measureProgress;
    @FXML private Button cancelButton;
    @FXML private Label measureResult;

    private MemoryViewModel model;
    private final XYChart.Series<String, Number> bars = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> marker = new XYChart.Series<>();
    private List<MemoryEstimate> curvesDrawnFor = List.of();
    private boolean syncing;

    /** Connects the tab to its explorer's choices. */
    void bind(ExplorerModel explorer) {
        model = new MemoryViewModel(explorer);
        compareChoice.getItems().setAll(MemoryViewModel.Comparison.values());
        compareChoice.valueProperty().bindBidirectional(model.comparison());
        allocatorCheck.selectedProperty().bindBidirectional(model.allocatorBlocks());
        allocatorCheck.disableProperty().bind(explorer.runtime().map(r -> r instanceof RuntimeChoice.Jvm));
        lineX.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number decade) {
                int i = (int) Math.round(decade.doubleValue());
                return i >= 0 && i < DECADES.length && Math.abs(decade.doubleValue() - i) < 1e-9 ? DECADES[i] : "";
            }

            @Override
            public Number fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        barChart.getData().add(bars);
        marker.setName("N");
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
        model.estimates().addListener((o, old, now) -> draw(now));
        savingReadout.textProperty().bind(model.saving());
        claimReadout.textProperty().bind(model.claim());
        measureResult.textProperty().bind(model.measureText());
        measureProgress.visibleProperty().bind(model.measuring());
        measureProgress.progressProperty().bind(model.progress());
        cancelButton.visibleProperty().bind(model.measuring());
        measureButton.disableProperty().bind(model.measuring());
        showCount(model.count().get());
        draw(model.estimates().get());
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

    /** Bars update in place; the curves are rebuilt only when the classes compared change. */
    private void draw(List<MemoryEstimate> estimates) {
        if (bars.getData().size() != estimates.size()
                || !bars.getData().stream().map(XYChart.Data::getXValue).toList()
                .equals(estimates.stream().map(MemoryEstimate::label).toList())) {
            bars.getData().clear();
            for (MemoryEstimate e : estimates) {
                bars.getData().add(new XYChart.Data<>(e.label(), e.totalMegabytes()));
            }
        } else {
            for (int i = 0; i < estimates.size(); i++) {
                bars.getData().get(i).setYValue(estimates.get(i).totalMegabytes());
            }
        }
        List<MemoryEstimate> perInstance = estimates.stream().map(e -> e.at(new InstanceCount(1))).toList();
        if (!perInstance.equals(curvesDrawnFor)) {
            curvesDrawnFor = perInstance;
            lineChart.getData().clear();
            for (MemoryEstimate e : perInstance) {
                XYChart.Series<Number, Number> curve = new XYChart.Series<>();
                curve.setName(e.label());
                for (int step = 0; step <= 7 * CURVE_STEPS_PER_DECADE; step++) {
                    double decade = (double) step / CURVE_STEPS_PER_DECADE;
                    long n = Math.round(Math.pow(10, decade));
                    curve.getData().add(new XYChart.Data<>(decade, e.at(new InstanceCount(n)).totalMegabytes()));
                }
                lineChart.getData().add(curve);
            }
            lineChart.getData().add(marker);
        }
        double x = estimates.isEmpty() ? 0 : estimates.get(0).count().sliderPosition();
        double top = perInstance.stream().mapToDouble(e -> e.at(new InstanceCount(InstanceCount.MAX)).totalMegabytes())
                .max().orElse(1);
        if (marker.getData().isEmpty()) {
            marker.getData().add(new XYChart.Data<>(x, 0));
            marker.getData().add(new XYChart.Data<>(x, top));
        } else {
            marker.getData().get(0).setXValue(x);
            marker.getData().get(1).setXValue(x);
            marker.getData().get(1).setYValue(top);
        }
    }
}
