package dev.slotscope.ui;

import dev.slotscope.lesson.LessonFile;
import dev.slotscope.lesson.Lessons;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app started with a lesson file, as a double-click or {@code Slotscope lesson.slotscope.json} starts it. */
class LessonArgumentTest {

    @TempDir
    Path dir;

    private Stage stage;
    private Application app;

    @BeforeEach
    void stage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private MainController start(Path lesson) throws TimeoutException {
        app = FxToolkit.setupApplication(SlotscopeApp.class, lesson.toString());
        OnFx.waitFor(20, () -> stage.getScene() != null && MainController.of(stage.getScene()) != null);
        return OnFx.get(() -> MainController.of(stage.getScene()));
    }

    @Test
    void aLessonFileOpensAtItsFirstScene() throws Exception {
        Path file = dir.resolve("slots.slotscope.json");
        Files.writeString(file, LessonFile.toJson(Lessons.builtin("slots")));
        MainController main = start(file);
        OnFx.waitFor(20, () -> main.lessons().lesson().get().isPresent());
        var lesson = Lessons.builtin("slots");
        assertEquals(lesson, OnFx.get(() -> main.lessons().lesson().get().orElseThrow()));
        assertEquals(0, OnFx.get(() -> main.lessons().index().get()));
        assertEquals(lesson.scenes().get(0).title(), OnFx.get(() -> ((Label) stage.getScene().lookup("#sceneTitle")).getText()));
        assertEquals("1 / " + lesson.scenes().size(), OnFx.get(() -> ((Label) stage.getScene().lookup("#sceneCount")).getText()));
        assertEquals(lesson.scenes().get(0).runtime(), OnFx.get(() -> main.explorers().get(0).model().runtime().get()));
    }

    @Test
    void aBadFileOpensTheWindowWithOneSentence() throws Exception {
        Path file = dir.resolve("broken.slotscope.json");
        Files.writeString(file, "slides: 3");
        MainController main = start(file);
        OnFx.waitFor(20, () -> stage.isShowing() && main.status().get().contains(file.toString()));
        String message = OnFx.get(() -> main.status().get());
        assertEquals(1, message.lines().count(), message);
        assertTrue(OnFx.get(() -> stage.getScene().lookup("#statusLabel").getStyleClass().contains("error")), message);
        assertTrue(OnFx.get(() -> main.lessons().lesson().get().isEmpty()), "no lesson is open");
    }
}
