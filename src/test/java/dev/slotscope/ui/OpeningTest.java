package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.memory.MemoryEstimate;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import dev.slotscope.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window as the app starts it: shown with its chrome and "Opening…" first, its explorer made
 * right after the first frame; nothing that needs the explorer can be used before. The explorer's
 * memory tab, the editor of your class and the lesson bar are made when first shown.
 */
class OpeningTest {

    private Stage stage;

    @BeforeEach
    void stage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** What the window looks like just as it is shown, before any frame: the answers of {@code look} then. */
    private <T> T justShown(java.util.function.Function<MainController, T> look) {
        return OnFx.get(() -> {
            new SlotscopeApp().start(stage);
            return look.apply(MainController.of(stage.getScene()));
        });
    }

    @Test
    void theChromeComesFirstWithOpeningInPlaceOfTheExplorer() throws TimeoutException {
        List<Object> first = justShown(main -> List.of(stage.isShowing(), main.explorers().size(),
                ((BorderPane) stage.getScene().getRoot()).getCenter(),
                List.of("#lessonMenu", "#exportMenu", "#themeChoice", "#presentButton", "#compareToggle").stream()
                        .allMatch(id -> stage.getScene().lookup(id).isDisabled())));
        assertEquals(true, first.get(0), "the window is shown at once");
        assertEquals(0, first.get(1), "no explorer yet");
        assertEquals("Opening…", assertInstanceOf(Label.class, first.get(2)).getText());
        assertEquals(true, first.get(3), "the toolbar waits for the explorer");

        MainController main = OnFx.get(() -> MainController.of(stage.getScene()));
        OnFx.waitFor(20, () -> !main.opening().get());
        assertEquals(1, OnFx.get(() -> main.explorers().size()));
        assertInstanceOf(SplitPane.class, OnFx.get(() -> ((BorderPane) stage.getScene().getRoot()).getCenter()));
        assertNotNull(OnFx.get(() -> stage.getScene().lookup("#layoutView")), "the first view is in the window");
        assertFalse(OnFx.get(() -> stage.getScene().lookup("#exportMenu").isDisabled()));
        assertFalse(OnFx.get(() -> stage.getScene().lookup("#compareToggle").isDisabled()));
        assertEquals(OnFx.get(() -> stage.getScene().lookup("#lessonMenu")), OnFx.get(() -> stage.getScene().getFocusOwner()),
                "the focus is on the first control of the toolbar, as when everything was made before show");
    }

    @Test
    void aLessonOpenedWhileOpeningIsShownAtItsFirstSceneOnceTheExplorerIsMade() throws TimeoutException {
        var lesson = Lessons.builtin("slots");
        MainController main = justShown(m -> {
            m.open(Lessons.BUILTIN_PREFIX + "slots");
            return m;
        });
        OnFx.waitFor(20, () -> !main.opening().get());
        assertEquals(0, OnFx.get(() -> main.lessons().index().get()));
        assertEquals(lesson.scenes().get(0).runtime(), OnFx.get(() -> main.explorers().get(0).model().runtime().get()));
        assertEquals(lesson.scenes().get(0).title(), OnFx.get(() -> ((Label) stage.getScene().lookup("#sceneTitle")).getText()));
    }

    @Test
    void theMemoryTabAndTheEditorOfYourClassAreMadeWhenFirstShownWithWhatWasChosenBefore() throws TimeoutException {
        MainController main = justShown(m -> m);
        OnFx.waitFor(20, () -> !main.opening().get());
        ExplorerController explorer = OnFx.get(() -> main.explorers().get(0));
        assertNull(OnFx.get(() -> stage.getScene().lookup("#chartView")), "no memory chart in the first view");
        assertNull(OnFx.get(() -> stage.getScene().lookup("#sourceEditor")), "no editor in the first view");
        assertNull(OnFx.get(() -> stage.getScene().lookup("#sceneTitle")), "no lesson bar before a lesson is opened");

        OnFx.get(() -> {
            main.theme().set(Theme.DARK);
            explorer.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
            explorer.showMemory(true);
            return null;
        });
        OnFx.waitFor(20, () -> stage.getScene().lookup("#chartView") instanceof MemoryChartView chart
                && chart.isVisible() && chart.getWidth() > 0);
        MemoryChartView chart = OnFx.get(() -> (MemoryChartView) stage.getScene().lookup("#chartView"));
        assertEquals(Theme.DARK, OnFx.get(chart::theme), "the theme chosen before the tab was made");
        assertEquals(List.of("standard", "slotted"), OnFx.get(() -> chart.shown().stream().map(MemoryEstimate::label).limit(2).toList()),
                "every variant of the class charted, from the standard one");
        assertTrue(OnFx.get(() -> ((Label) stage.getScene().lookup("#savingReadout")).getText().contains("CPython 3.12")));

        OnFx.get(() -> {
            explorer.showMemory(false);
            explorer.model().classChoice().set(new ClassChoice.WrittenClass());
            return null;
        });
        OnFx.waitFor(20, () -> stage.getScene().lookup("#sourceEditor") instanceof CodeArea editor && editor.isVisible()
                && editor.getWidth() > 0);
        assertEquals(OnFx.get(() -> explorer.model().source().get()),
                OnFx.get(() -> ((CodeArea) stage.getScene().lookup("#sourceEditor")).getText()));
        assertEquals("Your class (Python)", OnFx.get(() -> ((Label) stage.getScene().lookup("#editorHeading")).getText()));
    }

    @Test
    void presentingAndCopyingWhileOpeningDoNothing() throws TimeoutException {
        MainController main = justShown(m -> {
            m.togglePresentation();
            m.copyView();
            return m;
        });
        assertFalse(OnFx.get(() -> main.presentation().presenting().get()));
        OnFx.waitFor(20, () -> !main.opening().get());
        assertFalse(OnFx.get(() -> main.presentation().presenting().get()), "F5 pressed while opening is not kept for later");
        assertTrue(OnFx.get(() -> main.status().get().isEmpty()), "no copy was made of an empty window");
    }
}
