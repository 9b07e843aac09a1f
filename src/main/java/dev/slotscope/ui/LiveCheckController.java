package dev.slotscope.ui;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Check with Python 3.X" under your class's editor: the button, a busy indicator with Cancel, and the figures side by side. */
public final class LiveCheckController {
    @FXML private VBox liveCheckRoot;
    @FXML private Button checkButton;
    @FXML private ProgressIndicator checkProgress;
    @FXML private Button cancelButton;
    @FXML private Button pickButton;
    @FXML private Label checkStatus;
    @FXML private GridPane checkGrid;

    /** Room for a number or "made": longer values (slots, keys) wrap at their commas. */
    private static final double MIN_VALUE_WIDTH = 44;

    private LiveCheckViewModel model;

    /** Shows {@code model}: the window's, or a test's with a stub interpreter. */
    void bind(LiveCheckViewModel model) {
        this.model = model;
        liveCheckRoot.visibleProperty().bind(model.shown());
        liveCheckRoot.managedProperty().bind(model.shown());
        checkButton.textProperty().bind(model.action());
        checkButton.disableProperty().bind(model.checking());
        pickButton.disableProperty().bind(model.checking());
        checkProgress.visibleProperty().bind(model.checking());
        checkProgress.managedProperty().bind(model.checking());
        cancelButton.visibleProperty().bind(model.checking());
        cancelButton.managedProperty().bind(model.checking());
        checkStatus.textProperty().bind(model.status());
        model.rows().addListener((ListChangeListener<LiveCheckViewModel.Row>) change -> render());
        render();
    }

    /**
     * Side by side, above the drawing, the check says its verdict in its sentence and leaves the
     * figure by figure table out: it would push the drawing off the screen.
     */
    void setCompact(boolean compact) {
        checkGrid.setVisible(!compact);
        checkGrid.setManaged(!compact);
    }

    @FXML
    private void check() {
        model.check();
    }

    /** A file chooser for an interpreter the search does not find (a build of one's own, a venv). */
    @FXML
    private void pickInterpreter() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("The Python interpreter to check your class with");
        java.io.File file = chooser.showOpenDialog(liveCheckRoot.getScene().getWindow());
        if (file != null) {
            model.interpreter().set(java.util.Optional.of(file.toPath()));
            pickButton.setText(file.getName());
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    private void render() {
        checkGrid.getChildren().clear();
        if (model.rows().isEmpty()) {
            return;
        }
        checkGrid.addRow(0, new Label(""), heading("model"), heading("Python"), new Label(""));
        int i = 1;
        for (LiveCheckViewModel.Row row : model.rows()) {
            Label figure = new Label(row.figure());
            figure.getStyleClass().add("code");
            figure.setMinWidth(Region.USE_PREF_SIZE);
            Label verdict = new Label(row.verdict());
            verdict.getStyleClass().add(row.same() ? "check-same" : "check-differs");
            verdict.setMinWidth(Region.USE_PREF_SIZE);
            checkGrid.addRow(i++, figure, value(row.model()), value(row.measured()), verdict);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("figure-value");
        // Values wrap (a long list of slots) rather than the figure's name or the verdict being cut.
        label.setWrapText(true);
        label.setMinWidth(MIN_VALUE_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
