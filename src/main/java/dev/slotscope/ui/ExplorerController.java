package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.drawing.Drawing;
import dev.slotscope.drawing.DrawingMetrics;
import dev.slotscope.drawing.LayoutDrawer;
import dev.slotscope.explain.Explanation;
import dev.slotscope.growth.Beat;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.StepOutcome;
import dev.slotscope.growth.Transitions;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.ObjectLayout;
import dev.slotscope.layout.RegionKind;
import dev.slotscope.theme.Theme;
import java.io.File;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;

/** Wires one explorer pane to its {@link ExplorerModel}; every decision is the model's. */
public final class ExplorerController {
    /** The class name field's width, in characters, for names up to that long. */
    private static final int CLASS_NAME_COLUMNS = 16;
    /** Width of the longest bar in the comparison across versions or modes. */
    private static final double BAR_WIDTH = 170;

    @FXML private BorderPane root;
    @FXML private ComboBox<Runtime> runtimeBox;
    @FXML private ComboBox<ClassChoice> classBox;
    @FXML private VBox otherJdkGroup;
    @FXML private VBox attrsGroup;
    @FXML private TextField attrsField;
    @FXML private VBox classNameGroup;
    @FXML private VBox sourceClassGroup;
    @FXML private ComboBox<String> sourceClassBox;
    @FXML private TextField classNameField;
    @FXML private HBox classToolsGroup;
    @FXML private Button openJarButton;
    @FXML private CheckBox graphCheck;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label bannerLabel;
    @FXML private Label runtimeLabel;
    @FXML private Label classLabel;
    @FXML private Label attrsLabel;
    @FXML private Label classNameLabel;
    @FXML private Label addLabel;
    @FXML private Label speedLabel;
    @FXML private Label errorLabel;
    @FXML private Label headline;
    @FXML private Label compactSummary;
    @FXML private VBox notesBox;
    @FXML private ScrollPane canvasScroll;
    @FXML private LayoutView layoutView;
    @FXML private ZoomPane zoomPane;
    @FXML private FlowPane legendPane;
    @FXML private ScrollPane summaryScroll;
    @FXML private VBox summaryPane;
    @FXML private Label bytesLabel;
    @FXML private Label bytesCaption;
    @FXML private Label savingLabel;
    @FXML private GridPane figuresGrid;
    @FXML private Label sharedLabel;
    @FXML private Label barsHeading;
    @FXML private VBox versionsBox;
    @FXML private VBox addGroup;
    @FXML private Label addPreview;
    @FXML private Label outcomeLabel;
    @FXML private Label scenarioHeading;
    @FXML private Label sourceLabel;
    @FXML private Label sourceHeading;
    @FXML private ScrollPane sourceScroll;
    @FXML private TextField growName;
    @FXML private Label stepLabel;
    @FXML private ToggleButton playToggle;
    @FXML private Slider speedSlider;
    @FXML private ProgressIndicator growthBusy;
    @FXML private Label stepOutcome;
    @FXML private Label scenarioNote;
    @FXML private Label beatLabel;
    @FXML private TabPane tabs;
    @FXML private VBox explorerTop;
    @FXML private FlowPane growthBar;
    @FXML private VBox inspector;
    @FXML private Label inspectorTitle;
    @FXML private Label inspectorPlace;
    @FXML private Label inspectorWhat;
    @FXML private Label inspectorWhy;
    @FXML private Label inspectorHistory;
    @FXML private Label inspectorSource;
    @FXML private Tab layoutTab;
    @FXML private Tab memoryTab;
    @FXML private Tab speedTab;
    private LazyTab<SpeedController> speed;
    private LazyTab<MemoryController> memory;
    /** The memory chart's colours, given to it when it is made. */
    private Theme chartTheme = Theme.LIGHT;
    /** Your class's editor, or null until your class is first chosen. */
    private SourceEditorController sourceEditor;
    @FXML private TextFlow presentedFigure;
    @FXML private Text presentedBytes;
    @FXML private Text presentedCaption;

    private GrowthViewModel growth;
    /** The beats of the transition being shown; one step's worth at a time. */
    private Timeline beats = new Timeline();
    /** How long one beat of a transition shows at speed 1. */
    private static final Duration BEAT = Duration.millis(550);
    private Set<String> lastDrawn = Set.of();
    /** The regions the current beat lights up; kept so a redraw mid-beat keeps them lit. */
    private List<Beat.Highlight> lit = List.of();
    /** The objects highlighted as new in the last drawing. */
    private Set<String> lastFresh = Set.of();
    /** The drawing of the next step, drawn ahead after the last step's frame. */
    private Ahead ahead;
    /** The lanes in the gutter that the drawings of the growth sequence share. */
    private final GrowthGutter gutter = new GrowthGutter();

    /** A drawing made ahead: arriving at {@code after} from {@code before}, at {@code metrics} with {@code lanes}. */
    private record Ahead(DrawingMetrics metrics, int lanes, GrowthStep before, GrowthStep after, Drawing drawing) {

        boolean of(DrawingMetrics now, int lanesNow, GrowthStep from, GrowthStep to) {
            return metrics.equals(now) && lanes == lanesNow && before == from && after == to;
        }
    }

    private final ExplorerModel model = new ExplorerModel();
    private List<ViewState.Bar> shownBars = List.of();
    private final BooleanProperty compact = new SimpleBooleanProperty(false);
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    /** The presentation zoom, in percent. */
    private int zoom = 100;
    /** The drawing on screen, for finding where a beat's boxes are. */
    private Drawing shown;
    private final ObjectProperty<DrawingMetrics> metrics = new SimpleObjectProperty<>(DrawingMetrics.CLASSROOM);
    private final ReadOnlyDoubleWrapper viewportWidth = new ReadOnlyDoubleWrapper();

    @FXML
    private void initialize() {
        paintDirectly(canvasScroll);
        paintDirectly(summaryScroll);
        // The viewport, not the scroll pane: a veil under the scroll bar is out of sight too.
        withViewport(canvasScroll, layoutView::setViewport);
        runtimeBox.setSkin(new FitToValueSkin<>(runtimeBox));
        classBox.setSkin(new FitToValueSkin<>(classBox));
        runtimeBox.setItems(model.runtimes());
        // On the JVM lens, a JDK that discovery did not find can be pointed to.
        otherJdkGroup.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.runtime().get() instanceof Runtime.Jvm, model.runtime()));
        otherJdkGroup.managedProperty().bind(otherJdkGroup.visibleProperty());
        Tooltip facts = new Tooltip();
        facts.textProperty().bind(bannerLabel.textProperty());
        facts.setWrapText(true);
        facts.setMaxWidth(480);
        runtimeBox.setTooltip(facts);
        speedSlider.setTooltip(new Tooltip("Playback speed"));
        runtimeBox.setConverter(converter(Runtime::displayName));
        runtimeBox.valueProperty().bindBidirectional(model.runtime());
        classBox.setItems(model.classChoices());
        classBox.setConverter(converter(ClassChoice::displayName));
        classBox.setCellFactory(list -> new ClassCell());
        classBox.valueProperty().bindBidirectional(model.classChoice());
        attrsField.textProperty().bindBidirectional(model.attributes());
        classNameField.textProperty().bindBidirectional(model.className());
        // As wide as the name typed (monospace, a column a character), so a class name is never cut.
        classNameField.prefColumnCountProperty().bind(Bindings.max(CLASS_NAME_COLUMNS,
                Bindings.length(classNameField.textProperty()).add(1)));
        classNameField.setMinWidth(Region.USE_PREF_SIZE);
        graphCheck.selectedProperty().bindBidirectional(model.walkGraph());
        sourceClassBox.setItems(model.sourceClasses());
        sourceClassBox.valueProperty().bindBidirectional(model.sourceClass());
        busyIndicator.visibleProperty().bind(model.busy());
        busyIndicator.managedProperty().bind(model.busy());
        errorLabel.textProperty().bind(model.error());
        errorLabel.visibleProperty().bind(model.error().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        // What is drawn while the inputs cannot be is of the last ones that could: shown faded, under the error.
        model.stale().addListener((o, was, now) -> {
            for (Node shown : List.of(tabs, summaryScroll)) {
                shown.getStyleClass().remove("stale");
                if (now) {
                    shown.getStyleClass().add("stale");
                }
            }
        });
        // A state made for another runtime or class is not shown at all: the error says why nothing is.
        model.blank().addListener((o, was, now) -> {
            for (Node shown : List.of(tabs, summaryScroll, headline)) {
                shown.setVisible(!now);
            }
        });
        model.classChoice().addListener((o, old, now) -> showClassTools(now));
        model.state().addListener((o, old, now) -> render(now));
        canvasScroll.viewportBoundsProperty().addListener((o, old, now) -> viewportWidth.set(now.getWidth()));
        metrics.addListener((o, old, now) -> render(model.state().get()));
        showClassTools(model.classChoice().get());
        layoutView.selected().addListener((o, old, now) -> inspect(now));
        render(model.state().get());
        presentedBytes.textProperty().bind(bytesLabel.textProperty());
        // Side by side, half the width: the comparison alone, which says the rest.
        presentedCaption.textProperty().bind(Bindings.createStringBinding(
                () -> "   " + (compact.get() ? savingLabel.getText()
                        : bytesCaption.getText() + (savingLabel.getText().isBlank() ? "" : ". " + savingLabel.getText())),
                bytesCaption.textProperty(), savingLabel.textProperty(), compact));
        presentedFigure.visibleProperty().bind(presenting);
        presentedFigure.managedProperty().bind(presenting);
        memory = new LazyTab<>(memoryTab, "MemoryPane.fxml", c -> {
            c.bind(model);
            c.chart().setTheme(chartTheme);
        });
        speed = new LazyTab<>(speedTab, "SpeedPane.fxml", c -> c.bind(model));
        summaryScroll.viewportBoundsProperty().addListener((o, old, now) -> sizeBars());
        bindGrowth();
    }

    /** The "Add attribute" bar: steps through the growth of the object, also from the keyboard. */
    private void bindGrowth() {
        growth = new GrowthViewModel(model);
        growName.textProperty().bindBidirectional(growth.nextName());
        growName.setOnAction(e -> addAttribute());
        growthBusy.visibleProperty().bind(growth.busy());
        growthBusy.managedProperty().bind(growth.busy());
        growth.current().addListener((o, old, now) -> {
            if (model.state().get() != null) {
                // One step forward that replaces a table is drawn by its transition, old table
                // included; drawing the step here as well would cost its frame twice.
                boolean resize = old.isPresent() && now.isPresent() && now.get().step() == old.get().step() + 1
                        && Transitions.replacedTable(old.get(), now.get()).isPresent();
                renderStep(model.state().get(), !resize);
            }
            now.filter(s -> s.outcome() instanceof StepOutcome.Refused).ifPresent(s -> layoutView.shake());
        });
        // A step just added is drawn ahead, and shown once its nodes are made: making a step's
        // nodes and showing it in the same frame costs two frames.
        growth.beforeNewStep((all, move) -> inNextFrame(() -> prepareAhead(all, all.size() - 1, move)));
        growth.index().addListener((o, old, now) -> showStepLabel());
        growth.steps().addListener((o, old, now) -> showStepLabel());
        // Presenting, the scenario is the teacher's to tell; the room reads the step's outcome.
        scenarioNote.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !presenting.get() && !growth.steps().get().isEmpty() && ViewStates.growthScenario(model.runtime().get()).isPresent(),
                growth.steps(), model.runtime(), presenting));
        scenarioNote.managedProperty().bind(scenarioNote.visibleProperty());
        scenarioNote.textProperty().bind(model.runtime().map(r -> ViewStates.growthScenario(r).orElse("")));
        scenarioHeading.visibleProperty().bind(scenarioNote.visibleProperty());
        scenarioHeading.managedProperty().bind(scenarioNote.visibleProperty());
        // Side by side the summary is hidden: the step counter still says how the steps are made.
        Tooltip scenario = new Tooltip();
        scenario.textProperty().bind(scenarioNote.textProperty());
        scenario.setWrapText(true);
        scenario.setMaxWidth(480);
        stepLabel.tooltipProperty().bind(Bindings.when(scenarioNote.visibleProperty()).then(scenario).otherwise((Tooltip) null));
        growth.nextName().addListener((o, old, now) -> renderOutcome());
        growth.message().addListener((o, old, now) -> showStepOutcome());
        showStepLabel();
        growth.index().addListener((o, old, now) -> {
            List<GrowthStep> all = growth.steps().get();
            int at = now.intValue();
            if (at == old.intValue() + 1 && at < all.size()) {
                playTransition(all.get(old.intValue()), all.get(at));
            } else {
                endTransition();
                if (at >= 1 && at < all.size()) {
                    // Arrived without its transition: the slot and entry it ended on come into sight.
                    Transitions.between(all.get(at - 1), all.get(at)).stream().map(Beat::highlights)
                            .filter(h -> !h.isEmpty()).reduce((first, last) -> last).ifPresent(this::reveal);
                }
            }
        });
        playToggle.selectedProperty().addListener((o, was, playing) -> {
            if (playing) {
                if (growth.index().get() >= growth.steps().get().size() - 1) {
                    growth.index().set(0);
                }
                advance();
            } else {
                beats.stop();
            }
        });
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Enter"), this::addAttribute);
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Right"), growth::forward);
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Left"), growth::back);
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+P"), () -> playToggle.setSelected(!playToggle.isSelected()));
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+R"), this::resetGrowth);
            }
        });
    }

    /** Plays what happens between two steps, beat by beat, at the chosen speed; then goes on if playing. */
    private void playTransition(GrowthStep before, GrowthStep after) {
        // Nothing of the transition before stays: its caption would read as this step's first beat.
        endTransition();
        List<Beat> list = Transitions.between(before, after);
        var replaced = Transitions.replacedTable(before, after);
        if (replaced.isPresent()) {
            show(arrivalAhead(before, after), lastFresh);
            layoutView.dim(Transitions.OLD_TABLE);
        }
        beats = new Timeline();
        beats.rateProperty().bind(speedSlider.valueProperty());
        for (int i = 0; i < list.size(); i++) {
            Beat beat = list.get(i);
            beats.getKeyFrames().add(new KeyFrame(BEAT.multiply(i), e -> {
                beatLabel.setText(beat.caption());
                lit = beat.highlights();
                layoutView.highlight(lit);
                reveal(lit);
            }));
        }
        beats.getKeyFrames().add(new KeyFrame(BEAT.multiply(list.size() + 1), e -> {
            lit = List.of();
            layoutView.highlight(lit);
            Runnable next = () -> {
                if (playToggle.isSelected()) {
                    advance();
                }
            };
            if (replaced.isPresent()) {
                layoutView.fadeOut(Transitions.OLD_TABLE, () -> {
                    renderStep(model.state().get());
                    next.run();
                });
            } else {
                next.run();
            }
        }));
        beats.play();
    }

    private void show(Drawing drawing, Set<String> fresh) {
        shown = drawing;
        layoutView.show(drawing, fresh);
    }

    /**
     * Scrolls the drawing, if it must, so that the boxes {@code regions} names are in sight: at
     * 1280×800 a growth step's keys table can lie below the fold, and the probed slot with it.
     */
    private void reveal(List<Beat.Highlight> regions) {
        if (shown == null || regions.isEmpty()) {
            return;
        }
        Reveal.of(shown, regions).ifPresent(spans -> {
            // The drawing just shown may be shorter or taller than the one before (a table's links
            // take room by its number of keys): the scroll pane takes its new size now, as the
            // position set below is a fraction of it, and of the old size it would land elsewhere.
            canvasScroll.layout();
            double scale = zoom / 100.0;
            Bounds view = canvasScroll.getViewportBounds();
            double height = zoomPane.prefHeight(-1);
            double width = zoomPane.prefWidth(-1);
            if (height > view.getHeight()) {
                double top = canvasScroll.getVvalue() * (height - view.getHeight());
                canvasScroll.setVvalue(Reveal.start(top, view.getHeight(), height, spans[0].scaled(scale))
                        / (height - view.getHeight()));
            }
            if (width > view.getWidth()) {
                double left = canvasScroll.getHvalue() * (width - view.getWidth());
                canvasScroll.setHvalue(Reveal.start(left, view.getWidth(), width, spans[1].scaled(scale))
                        / (width - view.getWidth()));
            }
        });
    }

    /** Stops the transition playing, if any, and takes down its caption and highlight. */
    private void endTransition() {
        beats.stop();
        lit = List.of();
        layoutView.highlight(lit);
        beatLabel.setText("");
    }

    /**
     * Makes the drawing of arriving at step {@code next} of {@code all}, and its nodes, hidden, so
     * that showing that step later only moves and reveals nodes; then runs {@code ready}.
     */
    private void prepareAhead(List<GrowthStep> all, int next, Runnable ready) {
        GrowthStep before = all.get(next - 1);
        GrowthStep after = all.get(next);
        int lanes = lanes();
        ahead = new Ahead(metrics.get(), lanes, before, after, arrival(drawer(lanes), before, after));
        layoutView.prepare(ahead.drawing(), ready);
    }

    /**
     * Runs {@code work} in the next frame, within it rather than just before it, so that it cannot
     * hold back the frame's start.
     */
    private static void inNextFrame(Runnable work) {
        PauseTransition nextFrame = new PauseTransition(Duration.ONE);
        nextFrame.setOnFinished(e -> work.run());
        nextFrame.play();
    }

    /** As {@link #arrival(LayoutDrawer, GrowthStep, GrowthStep)}: the drawing made ahead, if it is this one. */
    private Drawing arrivalAhead(GrowthStep before, GrowthStep after) {
        int lanes = lanes();
        return ahead != null && ahead.of(metrics.get(), lanes, before, after) ? ahead.drawing()
                : arrival(drawer(lanes), before, after);
    }

    /** The drawing on arriving at {@code after} from the step before it ({@link Transitions#arrival}). */
    private static Drawing arrival(LayoutDrawer drawer, GrowthStep before, GrowthStep after) {
        return drawer.draw(Transitions.arrival(before, after));
    }

    /**
     * The drawer for the drawing shown, and for a picture of it: the steps of a growth sequence
     * share one gutter, wide enough for the arrows of every step, so that objects keep their places.
     * Presenting, drawings are as wide as what they show, so that a small object is centred and enlarged.
     */
    public LayoutDrawer drawer() {
        return drawer(lanes());
    }

    private LayoutDrawer drawer(int lanes) {
        LayoutDrawer drawer = new LayoutDrawer(metrics.get(), LayoutView.TEXT_WIDTH).withLanes(lanes);
        return presenting.get() ? drawer.tight() : drawer;
    }

    private int lanes() {
        return gutter.lanes(new LayoutDrawer(metrics.get(), LayoutView.TEXT_WIDTH), metrics.get(),
                growth == null ? List.of() : growth.steps().get());
    }

    /**
     * Turns off the cache a scroll pane's skin puts on its viewport. Cached, the viewport is one
     * image: any change inside it (a box fading in, a beat lit, a bar growing) repaints the whole
     * visible drawing into that image and then copies it out, every frame of an animation.
     */
    private static void paintDirectly(ScrollPane pane) {
        withViewport(pane, viewport -> viewport.setCache(false));
    }

    /** Hands a scroll pane's viewport to {@code use} once its skin has made one. */
    private static void withViewport(ScrollPane pane, Consumer<Node> use) {
        pane.skinProperty().addListener((o, old, skin) -> {
            Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                use.accept(viewport);
            }
        });
    }

    /** While playing: the next step, or stop at the last. */
    private void advance() {
        if (growth.index().get() >= growth.steps().get().size() - 1) {
            playToggle.setSelected(false);
        } else {
            growth.forward();
        }
    }

    /** The growth of this explorer's object. */
    public GrowthViewModel growth() {
        return growth;
    }

    @FXML
    private void addAttribute() {
        growth.add();
    }

    @FXML
    private void stepBack() {
        growth.back();
    }

    @FXML
    private void stepForward() {
        growth.forward();
    }

    @FXML
    private void resetGrowth() {
        playToggle.setSelected(false);
        beats.stop();
        beatLabel.setText("");
        growth.reset();
    }

    private void showStepLabel() {
        int last = Math.max(0, growth.steps().get().size() - 1);
        stepLabel.setText("step " + growth.index().get() + " of " + last);
    }

    private void showStepOutcome() {
        String text = growth.message().get();
        var current = growth.current().get();
        if (text.isEmpty() && current.isPresent() && current.get().outcome() instanceof StepOutcome.Refused refused) {
            text = refused.message();
        } else if (text.isEmpty() && current.isPresent() && current.get().outcome() instanceof StepOutcome.Stored stored) {
            text = sign(GrowthViewModel.storedTone(model.classChoice().get()))
                    + GrowthViewModel.storedText(current.get(), stored.attribute());
        }
        stepOutcome.setText(text);
        stepOutcome.setVisible(!text.isEmpty());
        // Its line stays while there are steps to go through, even at step 0, which has no outcome:
        // otherwise the drawing below would jump up and down a line, and be repainted whole.
        stepOutcome.setManaged(!text.isEmpty() || growth.steps().get().size() > 1);
        // Only a real change of class: each change restyles the label in the step's frame.
        boolean stored = current.isPresent() && current.get().outcome() instanceof StepOutcome.Stored && growth.message().get().isEmpty();
        String kind = !stored ? "refused"
                : GrowthViewModel.storedTone(model.classChoice().get()) == ViewState.Tone.CAUTION ? "caution" : "ok";
        if (!stepOutcome.getStyleClass().contains(kind)) {
            stepOutcome.getStyleClass().removeAll("refused", "ok", "caution");
            stepOutcome.getStyleClass().add(kind);
        }
    }

    /** Opens the inspector on the selected box, or closes it when nothing is selected. */
    private void inspect(Optional<Drawing.Box> box) {
        inspector.setVisible(box.isPresent());
        inspector.setManaged(box.isPresent());
        box.ifPresent(b -> {
            Explanation e = explain(b);
            inspectorTitle.setText(e.title());
            inspectorPlace.setText("offset " + e.offset() + " · " + e.size() + (e.size() == 1 ? " byte" : " bytes"));
            inspectorWhat.setText(e.what());
            inspectorWhy.setText(e.why());
            inspectorHistory.setText(e.history().isEmpty() ? "No change across the versions shown." : e.history());
            inspectorSource.setText(e.definedIn());
            inspector.setAccessibleText(e.spoken() + ". " + e.what());
        });
    }

    /** The explanation of a box, in the object it belongs to when the drawing still has it. */
    private Explanation explain(Drawing.Box box) {
        Optional<MemoryObject> owner = shownLayout().objects().stream()
                .filter(o -> o.id().equals(box.objectId())).findFirst();
        Runtime runtime = model.runtime().get();
        try {
            return ViewStates.explain(runtime, owner, box.region());
        } catch (IllegalArgumentException e) {
            // A box the explanations do not place (a table on its way out): say what its kind is.
            var r = box.region();
            return new Explanation(r.kind().title() + (r.label().isEmpty() ? "" : " " + r.label()),
                    r.kind().explanation(), r.offset(), r.size(), r.note(), "", box.region().declaringClass().orElse("—"));
        }
    }

    /** Selects a box as a click would: what the inspector then shows. */
    public void select(Drawing.Box box) {
        layoutView.selected().set(Optional.of(box));
    }

    /** The inspector's text, title first, as it reads on screen. */
    public String inspectorText() {
        return inspector.isVisible() ? String.join("\n", inspectorTitle.getText(), inspectorPlace.getText(),
                inspectorWhat.getText(), inspectorWhy.getText(), inspectorHistory.getText(), inspectorSource.getText()) : "";
    }

    @FXML
    private void closeInspector() {
        layoutView.selected().set(Optional.empty());
    }

    /** Whether the "Memory at scale" tab is the one shown. */
    public boolean showsMemory() {
        return tabs.getSelectionModel().getSelectedItem() == memoryTab;
    }

    public void showMemory(boolean memory) {
        tabs.getSelectionModel().select(memory ? memoryTab : layoutTab);
    }

    /** The layout drawn now: the growth step shown, or the object as constructed. */
    public ObjectLayout shownLayout() {
        return growth.current().get().map(GrowthStep::layout).orElse(model.state().get().layout());
    }

    /** The headline above the drawing. */
    public String headlineText() {
        return headline.getText();
    }

    /** The sentence under the growth bar: the step's outcome or Python's error, if a step is shown. */
    public String stepOutcomeText() {
        return stepOutcome.isVisible() ? stepOutcome.getText() : "";
    }

    /** Whether the sentence under the growth bar is an error: Python's refusal, or a name that is not valid. */
    public boolean stepRefused() {
        return stepOutcome.getStyleClass().contains("refused");
    }

    /** The headline figure, e.g. "80 bytes", with what it counts. */
    public String bytesText() {
        return bytesLabel.getText() + " " + bytesCaption.getText();
    }

    /** The drawing area, for presentation mode's zoom. */
    LayoutView layoutView() {
        return layoutView;
    }

    /** The rows above the drawing whose heights vary with their text: side by side, they are levelled with the other explorer's. */
    List<Region> rowsAboveDrawing() {
        return List.of(explorerTop, headline, compactSummary);
    }

    /** The "Check with Python" part under your class's editor. */
    LiveCheckController liveCheck() {
        return sourceEditor().liveCheck();
    }

    /** The "Memory at scale" tab's controller; the tab is made if it was not yet. */
    public MemoryController memory() {
        return memory.controller();
    }

    /** Colours the memory chart for {@code theme}, without making the tab for it. */
    void setChartTheme(Theme theme) {
        chartTheme = theme;
        memory.ifMade(c -> c.chart().setTheme(theme));
    }

    /** The "Speed" tab's controller. */
    public SpeedController speed() {
        return speed.controller();
    }

    /** Shows the "Speed" tab. */
    public void showSpeed() {
        tabs.getSelectionModel().select(speedTab);
    }

    /** Whether the "Speed" tab is the one shown. */
    public boolean showsSpeed() {
        return tabs.getSelectionModel().getSelectedItem() == speedTab;
    }

    /** Forgets what a scene showed on the "Speed" tab, if it was made: the lesson's pair again, nothing timed. */
    void resetSpeed() {
        speed.ifMade(c -> c.model().reset());
    }

    public ExplorerModel model() {
        return model;
    }

    /** The scale to draw at; the main view gives every explorer the same one. */
    public ObjectProperty<DrawingMetrics> metrics() {
        return metrics;
    }

    /** Room for the drawing, for choosing a common scale. */
    public ReadOnlyDoubleProperty viewportWidth() {
        return viewportWidth.getReadOnlyProperty();
    }

    /**
     * Presenting: the pickers, the growth controls and the summary give their room to the drawing;
     * the step outcome and the headline stay, so the room sees what happened.
     */
    public void setPresenting(boolean presenting) {
        boolean changed = this.presenting.get() != presenting;
        this.presenting.set(presenting);
        root.setTop(presenting ? null : explorerTop);
        showGrowthBar();
        showSourcePane();
        root.setRight(presenting || compact.get() ? null : summaryScroll);
        // The headline figure, large, takes the place of the summary and of its one-line form.
        compactSummary.setVisible(compact.get() && !presenting);
        compactSummary.setManaged(compactSummary.isVisible());
        // The drawing takes the whole room and sits in its middle; larger than the room, it scrolls.
        canvasScroll.setFitToWidth(presenting);
        canvasScroll.setFitToHeight(presenting);
        placeDrawing();
        if (changed) {
            // Drawn tight or at least a row wide (drawer()): what was drawn, or drawn ahead, is the other.
            ahead = null;
            render(model.state().get());
        }
    }

    /** Presenting, the drawing is centred; side by side, both drawings start at one height, to compare. */
    private void placeDrawing() {
        zoomPane.setAlignment(!presenting.get() ? Pos.TOP_LEFT : compact.get() ? Pos.TOP_CENTER : Pos.CENTER);
    }

    /**
     * The size of the largest drawing this explorer shows when presenting, at 100% and at the
     * classroom scale, the narrowest bytes presentation mode draws: of every growth step when there
     * are steps, so that stepping through them keeps one zoom.
     */
    Dimension2D drawingExtent() {
        if (model.state().get() == null) {
            return new Dimension2D(0, 0);
        }
        List<GrowthStep> steps = growth.steps().get();
        List<ObjectLayout> layouts = steps.isEmpty() ? List.of(shownLayout()) : steps.stream().map(GrowthStep::layout).toList();
        DrawingMetrics classroom = DrawingMetrics.CLASSROOM;
        LayoutDrawer plain = new LayoutDrawer(classroom, LayoutView.TEXT_WIDTH);
        LayoutDrawer drawer = plain.withLanes(gutter.lanes(plain, classroom, steps)).tight();
        double width = 0;
        double height = 0;
        for (ObjectLayout layout : layouts) {
            Drawing drawing = drawer.draw(layout);
            width = Math.max(width, drawing.width());
            height = Math.max(height, drawing.height());
        }
        return new Dimension2D(width, height);
    }

    /** The room the drawing has on screen: its scroll pane's viewport. */
    ReadOnlyObjectProperty<Bounds> drawingRoom() {
        return canvasScroll.viewportBoundsProperty();
    }

    /** Draws the layout {@code percent}% as large: 100 to 300 in the window, from 70 presenting. */
    public void setZoom(int percent) {
        zoom = percent;
        zoomPane.setZoom(percent);
    }

    /**
     * Compact, for side-by-side comparison in half the window: the summary shrinks to a line above
     * the drawing, and the labels the controls' own values explain (Runtime, Class, speed…) and the
     * runtime's facts (then the runtime box's tooltip) give their rows to the drawing. At 1280×800
     * with a lesson open, that is the difference between a drawing and a strip.
     */
    public void setCompact(boolean compact) {
        this.compact.set(compact);
        placeDrawing();
        root.setRight(compact || presenting.get() ? null : summaryScroll);
        compactSummary.setVisible(compact && !presenting.get());
        compactSummary.setManaged(compactSummary.isVisible());
        // By reference: a tab's content is not in the scene graph until its tab pane has a skin.
        for (Node roomy : List.of(runtimeLabel, classLabel, attrsLabel, classNameLabel, bannerLabel, addLabel, speedLabel)) {
            roomy.setVisible(!compact);
            roomy.setManaged(!compact);
        }
        root.getStyleClass().remove("compact");
        if (compact) {
            root.getStyleClass().add("compact");
        }
        showSourcePane();
    }

    @FXML
    private void chooseJdk() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Pick the folder of a JDK (17 or later) to measure on");
        File home = chooser.showDialog(root.getScene().getWindow());
        if (home != null) {
            model.useJdk(home.toPath());
        }
    }

    @FXML
    private void openJar() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a jar with the class to lay out");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Java archives", "*.jar"));
        File jar = chooser.showOpenDialog(root.getScene().getWindow());
        if (jar == null) {
            DirectoryChooser folders = new DirectoryChooser();
            folders.setTitle("Or pick a folder of .class files");
            jar = folders.showDialog(root.getScene().getWindow());
        }
        if (jar != null) {
            model.classpath().set(List.of(jar.toPath()));
            openJarButton.setText(jar.getName());
        }
    }

    private void showClassTools(ClassChoice choice) {
        // The choice is empty for a moment while the runtime changes the list it is chosen from.
        boolean named = choice instanceof ClassChoice.NamedClass;
        boolean written = choice instanceof ClassChoice.WrittenClass;
        classNameGroup.setVisible(named);
        classNameGroup.setManaged(named);
        classToolsGroup.setVisible(named);
        classToolsGroup.setManaged(named);
        attrsGroup.setVisible(!named && !written);
        attrsGroup.setManaged(!named && !written);
        sourceClassGroup.setVisible(written);
        sourceClassGroup.setManaged(written);
        showSourcePane();
        boolean previews = ViewStates.previewsAdding(model.runtime().get()) && choice != null && choice.lessonClass();
        addGroup.setVisible(previews);
        addGroup.setManaged(previews);
        showGrowthBar();
    }

    /** The class-source editor, for your class, and not while presenting: it is editing chrome. */
    private void showSourcePane() {
        boolean shown = !presenting.get() && model.classChoice().get() instanceof ClassChoice.WrittenClass;
        if (!shown && sourceEditor == null) {
            return;
        }
        VBox sourcePane = sourceEditor().pane();
        sourcePane.setVisible(shown);
        sourcePane.setManaged(shown);
        // Beside the drawing in a whole window; above it in half of one, where beside it would leave
        // the drawing a strip.
        boolean above = compact.get();
        if (above && sourcePane.getParent() != explorerTop) {
            if (root.getLeft() == sourcePane) {
                root.setLeft(null);
            }
            explorerTop.getChildren().add(sourcePane);
        } else if (!above && root.getLeft() != sourcePane) {
            explorerTop.getChildren().remove(sourcePane);
            root.setLeft(sourcePane);
        }
        sourceEditor.setAbove(above);
    }

    /** Your class's editor, made the first time it is needed. */
    private SourceEditorController sourceEditor() {
        if (sourceEditor == null) {
            sourceEditor = SourceEditorController.of(model);
        }
        return sourceEditor;
    }

    /** The growth bar, for the classes that can grow (not any class by name), and not while presenting. */
    private void showGrowthBar() {
        ClassChoice choice = model.classChoice().get();
        boolean shown = !presenting.get() && choice != null && choice.growable();
        growthBar.setVisible(shown);
        growthBar.setManaged(shown);
    }

    private void render(ViewState state) {
        if (state == null) {
            return;
        }
        showHeadline(state);
        bannerLabel.setText(state.banner());
        notesBox.getChildren().clear();
        for (String note : state.notes()) {
            Label label = new Label(note);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("note-banner");
            notesBox.getChildren().add(label);
        }
        bytesCaption.setText(state.bytesLabel());
        String comparison = state.comparison().isEmpty() ? "" : sign(state.tone()) + state.comparison();
        savingLabel.setText(comparison);
        tone(savingLabel, state.tone());
        figuresGrid.getChildren().clear();
        for (int i = 0; i < state.figures().size(); i++) {
            ViewState.Figure f = state.figures().get(i);
            Label key = new Label(f.name());
            key.getStyleClass().add("code");
            Label value = new Label(f.value());
            value.getStyleClass().add("figure-value");
            value.setId("figure-" + f.name().replaceAll("[^a-z]", ""));
            figuresGrid.addRow(i, key, value);
        }
        renderLegend(state);
        renderOutcome();
        sourceLabel.setText(state.source());
        // Your class's source is in its editor, not repeated here.
        sourceHeading.setVisible(!state.source().isEmpty());
        sourceHeading.setManaged(sourceHeading.isVisible());
        sourceScroll.setVisible(sourceHeading.isVisible());
        sourceScroll.setManaged(sourceHeading.isVisible());
        renderStep(state);
    }

    /** What changes from one growth step to the next: the drawing, the bytes and the step's outcome. */
    private void renderStep(ViewState state) {
        renderStep(state, true);
    }

    /** As above; without {@code drawLayout} the drawing is left to the transition that follows. */
    private void renderStep(ViewState state, boolean drawLayout) {
        var step = growth == null ? Optional.<GrowthStep>empty() : growth.current().get();
        var layout = step.map(GrowthStep::layout).orElse(state.layout());
        var fresh = freshObjects(layout);
        lastFresh = step.isPresent() ? fresh : Set.of();
        List<GrowthStep> all = growth == null ? List.of() : growth.steps().get();
        int next = growth == null ? 0 : growth.index().get() + 1;
        if (drawLayout) {
            // The step's layout alone: the arrival from the step before is that, unless it shows a
            // table being replaced.
            boolean plainArrival = step.isPresent() && next >= 2
                    && Transitions.replacedTable(all.get(next - 2), step.get()).isEmpty();
            show(plainArrival ? arrivalAhead(all.get(next - 2), step.get()) : drawer().draw(layout), lastFresh);
            layoutView.highlight(lit);
        }
        if (step.isPresent() || next == 1) {
            if (next < all.size()) {
                // Drawn in the next frame, with the nodes it needs: the step's own frame has enough to do.
                inNextFrame(() -> prepareAhead(all, next, () -> { }));
            }
        }
        int bytes = step.map(GrowthStep::bytesPerInstance).orElse(state.bytes());
        bytesLabel.setText(bytes + " bytes");
        // The comparison is the class's as constructed; at a step the figure says which step it is.
        compactSummary.setText(bytes + " bytes " + state.bytesLabel() + step.map(s -> ", at step " + s.step() + ".")
                .orElse(state.comparison().isEmpty() ? "." : ". " + sign(state.tone()) + state.comparison()));
        sharedLabel.setText(step.isEmpty() ? state.sharedText() : ViewStates.sharedText(layout.sharedBytes(),
                ViewStates.sharedWhat(model.runtime().get())));
        renderBars(state, step.isPresent() ? growth.currentBars().orElse(state.bars()) : state.bars(),
                step.map(GrowthStep::step).orElse(0));
        showHeadline(state);
        showFigure("objects reached", Integer.toString(layout.objects().size()));
        showFigure("shared bytes", Integer.toString(layout.sharedBytes()));
        if (growth != null) {
            showStepOutcome();
        }
    }

    /** Updates one figure of the summary, if the lens shows it, to what the drawing shows. */
    private void showFigure(String name, String value) {
        for (Node node : figuresGrid.getChildren()) {
            if (("figure-" + name.replaceAll("[^a-z]", "")).equals(node.getId()) && node instanceof Label label) {
                label.setText(value);
            }
        }
    }

    /** Objects new or changed since the last drawing, by class, label and size: drawn highlighted. */
    private Set<String> freshObjects(ObjectLayout layout) {
        Set<String> now = new HashSet<>();
        Set<String> fresh = new HashSet<>();
        for (MemoryObject o : layout.objects()) {
            String key = o.type() + "|" + o.label() + "|" + o.size();
            now.add(key);
            if (!lastDrawn.isEmpty() && !lastDrawn.contains(key)) {
                fresh.add(o.id());
            }
        }
        lastDrawn = now;
        return fresh;
    }

    /** A bar per version or mode, so a change such as 152 → 88 bytes from 3.10 to 3.11 stands out. */
    private void renderBars(ViewState state, List<ViewState.Bar> bars, int step) {
        // By the bars themselves: a JVM runtime just chosen still shows the CPython state until JOL answers.
        boolean python = !bars.isEmpty() && Arrays.stream(CPythonVersion.values())
                .anyMatch(v -> v.number().equals(bars.get(0).name()));
        barsHeading.setText((python ? "Bytes per instance in each version" : "Bytes in each VM mode")
                + (step == 0 ? "" : ", at step " + step));
        if (!sameRows(shownBars, bars)) {
            versionsBox.getChildren().setAll(bars.stream().map(ExplorerController::barRow).toList());
        }
        // Stepping through growth changes only the figures, so the rows stay and are updated in
        // place: new rows would all be styled again, which costs a frame.
        for (int i = 0; i < bars.size(); i++) {
            HBox row = (HBox) versionsBox.getChildren().get(i);
            bars.get(i).bytes().ifPresent(bytes -> ((Label) row.getChildren().get(2)).setText(bytes + " B"));
        }
        shownBars = bars;
        sizeBars();
    }

    /**
     * Bars to scale in the room the summary has: the names in one column as wide as the longest
     * and every figure whole, the longest bar taking what is left (at most {@link #BAR_WIDTH}), so
     * that a scroll bar beside the summary does not cut "compressed" to "compress…".
     */
    private void sizeBars() {
        List<ViewState.Bar> bars = shownBars;
        if (bars.size() != versionsBox.getChildren().size()) {
            return;
        }
        int max = bars.stream().mapToInt(b -> b.bytes().orElse(0)).max().orElse(1);
        // Rows just made are not styled yet, and unstyled names measure narrower than they are drawn:
        // a column sized from them cut "no compressed oops" to "no com…".
        versionsBox.applyCss();
        double names = 0;
        double values = 0;
        for (Node node : versionsBox.getChildren()) {
            HBox row = (HBox) node;
            names = Math.max(names, row.getChildren().get(0).prefWidth(-1));
            if (row.getChildren().size() == 3) {
                values = Math.max(values, row.getChildren().get(2).prefWidth(-1));
            }
        }
        HBox first = (HBox) versionsBox.getChildren().get(0);
        double around = first.snappedLeftInset() + first.snappedRightInset() + 2 * first.getSpacing();
        // The room is the viewport's, not the rows' own width: rows wider than the viewport widen
        // the summary, and bars sized from that width would keep it too wide.
        double available = summaryScroll.getViewportBounds().getWidth() - summaryPane.snappedLeftInset()
                - summaryPane.snappedRightInset() - versionsBox.snappedLeftInset() - versionsBox.snappedRightInset();
        // Rows are laid out on whole pixels: each width rounds up.
        double room = available <= 0 ? BAR_WIDTH
                : Math.max(0, Math.min(BAR_WIDTH, Math.floor(available - Math.ceil(names) - Math.ceil(values) - around)));
        for (int i = 0; i < bars.size(); i++) {
            HBox row = (HBox) versionsBox.getChildren().get(i);
            ((Region) row.getChildren().get(0)).setMinWidth(names);
            bars.get(i).bytes().ifPresent(bytes -> {
                double width = room * bytes / Math.max(1, max);
                Region shape = (Region) row.getChildren().get(1);
                shape.setPrefWidth(width);
                shape.setMinWidth(width);
            });
        }
    }

    /** Whether two lists of bars have the same rows (names, which is current, which have figures). */
    private static boolean sameRows(List<ViewState.Bar> a, List<ViewState.Bar> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ViewState.Bar x = a.get(i);
            ViewState.Bar y = b.get(i);
            if (!x.name().equals(y.name()) || x.current() != y.current() || x.bytes().isPresent() != y.bytes().isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static HBox barRow(ViewState.Bar bar) {
        Label name = new Label(bar.name());
        name.getStyleClass().add("version-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(name);
        row.getStyleClass().add("version-row");
        if (bar.current()) {
            row.getStyleClass().add("current");
        }
        if (bar.bytes().isPresent()) {
            Region shape = new Region();
            shape.getStyleClass().add("version-bar");
            Label value = new Label();
            value.getStyleClass().add("version-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().addAll(shape, value);
        } else {
            Label none = new Label("not available");
            none.getStyleClass().add("version-value");
            none.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(none);
        }
        return row;
    }

    private void renderLegend(ViewState state) {
        Set<RegionKind> kinds = EnumSet.noneOf(RegionKind.class);
        for (MemoryObject o : state.layout().objects()) {
            o.regions().forEach(r -> kinds.add(r.kind()));
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

    /**
     * The headline with the attributes the object has at the step shown (CPython, where the list
     * is the lesson's subject), so that it does not keep saying "x, y" once z is added.
     */
    private void showHeadline(ViewState state) {
        var attrs = growth == null || !ViewStates.headlineNamesAttributes(model.runtime().get(), model.classChoice().get()) ? Optional.<List<String>>empty()
                : growth.attributesNow();
        String text = state.headline() + attrs.map(a -> " " + GrowthViewModel.attributesSentence(a)).orElse("");
        if (!text.equals(headline.getText())) {
            headline.setText(text);
        }
    }

    /** What the growth bar's Add would do with its name: stored, stored with a caution, or Python's error. */
    private void renderOutcome() {
        String name = growth == null ? "" : growth.nextName().get();
        Optional<AttributeOutcome> outcome = model.outcomeOfAdding(name);
        addPreview.setText(outcome.isPresent() ? "obj." + name.strip() + " = 1.5" : "");
        outcomeLabel.getStyleClass().removeAll("ok", "refused");
        if (outcome.isPresent() && outcome.get() instanceof AttributeOutcome.Stored) {
            ViewState.Tone tone = GrowthViewModel.storedTone(model.classChoice().get());
            outcomeLabel.setText(sign(tone) + (tone == ViewState.Tone.CAUTION
                    ? "Stored, outside the slots: this subclass declares no __slots__ of its own, so its instances have"
                    + " room for a __dict__ again and the parent's slots no longer keep them small."
                    : "Stored: instances of this class accept new attributes."));
            tone(outcomeLabel, tone);
        } else if (outcome.isPresent() && outcome.get() instanceof AttributeOutcome.Refused refused) {
            outcomeLabel.setText(refused.message());
            tone(outcomeLabel, ViewState.Tone.PLAIN);
            outcomeLabel.getStyleClass().add("refused");
        } else {
            outcomeLabel.setText("");
        }
    }

    /** The sign a caution carries, so that it does not rest on colour alone. */
    private static String sign(ViewState.Tone tone) {
        return tone == ViewState.Tone.CAUTION ? "⚠ " : "";
    }

    /** Styles {@code label} by its tone: good news green, a caution as a warning, plain as plain. */
    private static void tone(Label label, ViewState.Tone tone) {
        String now = "tone-" + tone.name().toLowerCase(Locale.ROOT);
        if (!label.getStyleClass().contains(now)) {
            label.getStyleClass().removeAll("tone-good", "tone-plain", "tone-caution");
            label.getStyleClass().add(now);
        }
    }

    /** Shows variants the chosen CPython version cannot express as disabled. */
    private final class ClassCell extends ListCell<ClassChoice> {
        @Override
        protected void updateItem(ClassChoice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setDisable(false);
                return;
            }
            boolean available = model.runtime().get().offers(item);
            setText(item.displayName() + (available ? "" : "  (" + model.runtime().get().missingNote(item) + ")"));
            setDisable(!available);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
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
