package dev.slotscope.ui;

import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Scene;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * The lesson bar under the explorers: which scene of how many, back and forward, the scene's notes,
 * and its questions, each with an answer the learner reveals when ready.
 */
public final class LessonController {
    @FXML private VBox root;
    @FXML private Label lessonTitle;
    @FXML private Label sceneTitle;
    @FXML private Label sceneCount;
    @FXML private ProgressBar sceneProgress;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private ToggleButton notesToggle;
    @FXML private javafx.scene.control.ScrollPane body;
    @FXML private VBox notesBox;
    @FXML private Label notesLabel;
    @FXML private VBox questionsBox;

    private LessonViewModel model;
    private boolean presenting;

    void bind(LessonViewModel model) {
        this.model = model;
        model.lesson().addListener((o, old, now) -> show());
        model.index().addListener((o, old, now) -> show());
        body.visibleProperty().bind(notesToggle.selectedProperty());
        body.managedProperty().bind(notesToggle.selectedProperty());
        show();
    }

    /** In presentation mode the bar gives way to the presentation's title line; notes go to the presenter's view. */
    void setPresenting(boolean presenting) {
        this.presenting = presenting;
        show();
    }

    private void show() {
        Optional<Lesson> lesson = model.lesson().get();
        root.setVisible(lesson.isPresent() && !presenting);
        root.setManaged(lesson.isPresent() && !presenting);
        Optional<Scene> scene = model.current();
        if (lesson.isEmpty() || scene.isEmpty()) {
            return;
        }
        int i = model.index().get();
        int size = lesson.get().scenes().size();
        lessonTitle.setText(lesson.get().title());
        sceneTitle.setText(scene.get().title());
        sceneCount.setText((i + 1) + " / " + size);
        sceneProgress.setProgress((i + 1) / (double) size);
        previousButton.setDisable(i == 0);
        nextButton.setDisable(i == size - 1);
        notesLabel.setText(scene.get().notes().isBlank() ? "No notes for this scene." : scene.get().notes());
        questionsBox.getChildren().clear();
        if (!scene.get().questions().isEmpty()) {
            Label heading = new Label("Questions");
            heading.getStyleClass().add("summary-heading");
            questionsBox.getChildren().add(heading);
        }
        for (Scene.Question q : scene.get().questions()) {
            questionsBox.getChildren().add(questionNode(q));
        }
    }

    private static VBox questionNode(Scene.Question q) {
        Label question = new Label(q.question());
        question.getStyleClass().addAll("lesson-text", "question");
        question.setWrapText(true);
        Label answer = new Label(q.answer());
        answer.getStyleClass().addAll("lesson-text", "answer");
        answer.setWrapText(true);
        answer.setVisible(false);
        answer.setManaged(false);
        Button reveal = new Button("Show the answer");
        reveal.getStyleClass().add("reveal");
        reveal.setAccessibleText("Show the answer to: " + q.question());
        reveal.setOnAction(e -> {
            boolean show = !answer.isVisible();
            answer.setVisible(show);
            answer.setManaged(show);
            reveal.setText(show ? "Hide the answer" : "Show the answer");
        });
        VBox node = new VBox(question, reveal, answer);
        node.getStyleClass().add("question-box");
        return node;
    }

    @FXML
    private void previous() {
        model.previous();
    }

    @FXML
    private void next() {
        model.next();
    }
}
