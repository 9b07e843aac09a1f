package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.RegionKind;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.EnumSet;
import java.util.Set;

/** Wires the main view to an {@link ExplorerModel}; all decisions are the model's. */
public final class MainController {
    @FXML private ComboBox<CPythonVersion> versionBox;
    @FXML private ComboBox<Variant> variantBox;
    @FXML private TextField attrsField;
    @FXML private TextField addField;
    @FXML private Label errorLabel;
    @FXML private Label headline;
    @FXML private LayoutView layoutView;
    @FXML private ScrollPane canvasScroll;
    @FXML private FlowPane legendPane;
    @FXML private Label bytesLabel;
    @FXML private Label savingLabel;
    @FXML private GridPane figuresGrid;
    @FXML private Label sharedLabel;
    @FXML private VBox versionsBox;
    @FXML private Label outcomeLabel;
    @FXML private Label sourceLabel;

    /** Width of the longest bar in the comparison across versions. */
    private static final double VERSION_BAR_WIDTH = 170;

    private final ExplorerModel model = new ExplorerModel();
    private DrawingMetrics metrics = DrawingMetrics.CLASSROOM;

    @FXML
    private void initialize() {
        versionBox.getItems().setAll(CPythonVersion.values());
        versionBox.setConverter(converter(CPythonVersion::displayName));
        versionBox.valueProperty().bindBidirectional(model.version());
        variantBox.getItems().setAll(Variant.values());
        variantBox.setConverter(converter(v -> v.id() + "  ·  " + v.className()));
        variantBox.setCellFactory(list -> new VariantCell());
        variantBox.valueProperty().bindBidirectional(model.variant());
        attrsField.textProperty().bindBidirectional(model.attributes());
        addField.textProperty().bindBidirectional(model.addName());
        errorLabel.textProperty().bind(model.error());
        errorLabel.visibleProperty().bind(model.error().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        model.object().addListener((o, old, now) -> render(now));
        canvasScroll.viewportBoundsProperty().addListener((o, old, now) -> {
            DrawingMetrics fitted = DrawingMetrics.CLASSROOM.fittedTo(now.getWidth());
            if (!fitted.equals(metrics)) {
                metrics = fitted;
                render(model.object().get());
            }
        });
        model.outcome().addListener((o, old, now) -> renderOutcome(now));
        render(model.object().get());
        renderOutcome(model.outcome().get());
    }

    private void render(CPythonObject object) {
        if (object == null) {
            return;
        }
        layoutView.show(new LayoutDrawer(metrics).draw(object.layout()));
        headline.setText(object.version().displayName() + " · " + object.variant().className() + " — "
                + object.variant().summary() + ". Attributes: " + object.attrs().display() + ".");
        int bytes = object.figures().bytesPerInstance();
        bytesLabel.setText(bytes + " bytes");
        savingLabel.setText(savingText(object));
        renderFigures(object);
        int shared = object.layout().sharedBytes();
        sharedLabel.setText(shared == 0 ? "Nothing is shared between instances."
                : "Plus " + shared + " bytes shared by all instances (the class's keys table), paid once.");
        renderVersions(object);
        renderLegend(object);
        sourceLabel.setText(object.source().strip());
    }

    private String savingText(CPythonObject object) {
        CPythonObject standard = model.standard().get();
        if (standard == null || object.variant() == Variant.STANDARD) {
            return "The baseline: attributes in a __dict__.";
        }
        int diff = object.figures().bytesPerInstance() - standard.figures().bytesPerInstance();
        if (diff == 0) {
            return "Same as standard (" + standard.figures().bytesPerInstance() + " bytes).";
        }
        long percent = Math.round(100.0 * Math.abs(diff) / standard.figures().bytesPerInstance());
        return Math.abs(diff) + " bytes (" + percent + "%) " + (diff < 0 ? "less" : "more") + " than standard ("
                + standard.figures().bytesPerInstance() + " bytes).";
    }

    private void renderFigures(CPythonObject object) {
        var f = object.figures();
        figuresGrid.getChildren().clear();
        addFigure(0, "sys.getsizeof(obj)", f.getsizeof());
        addFigure(1, "__basicsize__", f.basicsize());
        addFigure(2, "__dictoffset__", f.dictoffset());
        addFigure(3, "__weakrefoffset__", f.weakrefoffset());
    }

    private void addFigure(int row, String name, int value) {
        Label key = new Label(name);
        key.getStyleClass().add("code");
        Label number = new Label(Integer.toString(value));
        number.getStyleClass().add("figure-value");
        number.setId("figure-" + name.replaceAll("[^a-z]", ""));
        figuresGrid.addRow(row, key, number);
    }

    /** A bar per version, so a change such as 152 → 88 bytes from 3.10 to 3.11 stands out. */
    private void renderVersions(CPythonObject current) {
        versionsBox.getChildren().clear();
        int max = 1;
        for (CPythonVersion v : CPythonVersion.values()) {
            max = Math.max(max, model.describeOn(v).map(o -> o.figures().bytesPerInstance()).orElse(0));
        }
        for (CPythonVersion v : CPythonVersion.values()) {
            Label name = new Label(v.number());
            name.getStyleClass().add("version-name");
            HBox row = new HBox(name);
            row.getStyleClass().add("version-row");
            if (v == current.version()) {
                row.getStyleClass().add("current");
            }
            var other = model.describeOn(v);
            if (other.isPresent()) {
                int bytes = other.get().figures().bytesPerInstance();
                Region bar = new Region();
                bar.getStyleClass().add("version-bar");
                bar.setPrefWidth(VERSION_BAR_WIDTH * bytes / max);
                bar.setMinWidth(VERSION_BAR_WIDTH * bytes / max);
                Label value = new Label(bytes + " B");
                value.getStyleClass().add("version-value");
                row.getChildren().addAll(bar, value);
            } else {
                Label none = new Label("not available");
                none.getStyleClass().add("version-value");
                row.getChildren().add(none);
            }
            versionsBox.getChildren().add(row);
        }
    }

    private void renderLegend(CPythonObject object) {
        Set<RegionKind> kinds = EnumSet.noneOf(RegionKind.class);
        for (MemoryObject o : object.layout().objects()) {
            for (dev.slotscope.layout.Region r : o.regions()) {
                kinds.add(r.kind());
            }
        }
        legendPane.getChildren().clear();
        for (RegionKind kind : kinds) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "kind-" + kind.id());
            Label label = new Label(kind.title(), swatch);
            label.getStyleClass().add("legend-item");
            legendPane.getChildren().add(label);
        }
    }

    private void renderOutcome(AttributeOutcome outcome) {
        outcomeLabel.getStyleClass().removeAll("ok", "refused");
        if (outcome instanceof AttributeOutcome.Stored stored) {
            outcomeLabel.setText("Stored: instances of this class accept new attributes.");
            outcomeLabel.getStyleClass().add("ok");
        } else if (outcome instanceof AttributeOutcome.Refused refused) {
            outcomeLabel.setText(refused.message());
            outcomeLabel.getStyleClass().add("refused");
        } else {
            outcomeLabel.setText("");
        }
    }

    /** Shows variants the chosen version cannot express as disabled. */
    private final class VariantCell extends ListCell<Variant> {
        @Override
        protected void updateItem(Variant item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setDisable(false);
                return;
            }
            boolean available = item.availableIn(model.version().get());
            setText(item.id() + "  ·  " + item.className() + (available ? "" : "  (3.10+)"));
            setDisable(!available);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
