package dev.slotscope.ui;

import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Your class: the editor with line numbers, whose text reaches the explorer's model once typing
 * pauses (the drawing follows without redrawing at every key), the line an error is about marked,
 * and the live check under it. An explorer makes it when your class is first chosen: the editor is
 * the heaviest of its controls, and the window's first view does not show it.
 */
public final class SourceEditorController {
    /** How long typing pauses before the drawing follows the source. */
    private static final Duration TYPING_PAUSE = Duration.millis(300);

    @FXML private VBox sourcePane;
    @FXML private CodeArea sourceEditor;
    @FXML private Label editorHeading;
    @FXML private Label sourceHint;
    @FXML private LiveCheckController liveCheckController;
    /** The editor's hint, as its tooltip where there is no row for it. */
    private final Tooltip editorTip = new Tooltip();
    private ExplorerModel model;

    /** The pane made and bound to {@code model}. */
    static SourceEditorController of(ExplorerModel model) {
        FXMLLoader loader = new FXMLLoader(SourceEditorController.class.getResource("SourceEditorPane.fxml"));
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceEditorController controller = loader.getController();
        controller.bind(model);
        return controller;
    }

    private void bind(ExplorerModel explorer) {
        model = explorer;
        sourceEditor.setParagraphGraphicFactory(LineNumberFactory.get(sourceEditor));
        editorHeading.textProperty().bind(model.runtime().map(Runtime::writtenHeading));
        editorTip.textProperty().bind(sourceHint.textProperty());
        editorTip.setWrapText(true);
        editorTip.setMaxWidth(480);
        sourceHint.textProperty().bind(model.runtime().map(Runtime::writtenHint));
        sourceEditor.replaceText(model.source().get());
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> model.source().set(sourceEditor.getText()));
        sourceEditor.textProperty().addListener((o, old, now) -> typing.playFromStart());
        model.source().addListener((o, old, now) -> {
            if (!now.equals(sourceEditor.getText())) {
                typing.stop();
                sourceEditor.replaceText(now);
            }
        });
        model.errorLine().addListener((o, old, now) -> markErrorLine(now.intValue()));
        markErrorLine(model.errorLine().get());
        liveCheckController.bind(new LiveCheckViewModel(model));
    }

    private void markErrorLine(int line) {
        for (int i = 0; i < sourceEditor.getParagraphs().size(); i++) {
            sourceEditor.setParagraphStyle(i, List.of());
        }
        if (line >= 1 && line <= sourceEditor.getParagraphs().size() && model.classChoice().get() instanceof ClassChoice.WrittenClass) {
            sourceEditor.setParagraphStyle(line - 1, List.of("error-line"));
        }
    }

    /** The pane: the heading, the editor, the hint and the live check. */
    VBox pane() {
        return sourcePane;
    }

    /** The live check under the editor. */
    LiveCheckController liveCheck() {
        return liveCheckController;
    }

    /**
     * Above the drawing (in half a window) the pane is styled so, its live check compact, and the
     * hint, which has no row to spare there, is the editor's tooltip.
     */
    void setAbove(boolean above) {
        sourcePane.getStyleClass().remove("above");
        if (above) {
            sourcePane.getStyleClass().add("above");
        }
        liveCheckController.setCompact(above);
        sourceHint.setVisible(!above);
        sourceHint.setManaged(!above);
        if (above) {
            Tooltip.install(sourceEditor, editorTip);
        } else {
            Tooltip.uninstall(sourceEditor, editorTip);
        }
    }
}
