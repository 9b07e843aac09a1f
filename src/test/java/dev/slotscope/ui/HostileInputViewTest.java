package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.layout.Limits;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window under input past its limits or malformed: it stays responsive and says what is wrong in a sentence. */
@ExtendWith(ApplicationExtension.class)
class HostileInputViewTest {

    @TempDir
    Path dir;

    private MainController main;

    @Start
    void start(Stage stage) {
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private static String names(String prefix, int n, String separator) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.joining(separator));
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> main.explorers().stream()
                .noneMatch(e -> e.model().busy().get() || e.growth().busy().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tooManyTypedAttributesAreRefusedWithTheLimit(FxRobot robot) throws TimeoutException {
        ExplorerController explorer = main.explorers().get(0);
        robot.interact(() -> {
            explorer.model().runtime().set(new Runtime.CPython(CPythonVersion.V3_12));
            explorer.model().classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
            explorer.model().attributes().set(names("a", Limits.ATTRIBUTES + 1, ", "));
        });
        settle();
        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        assertTrue(OnFx.get(error::isVisible));
        assertEquals((Limits.ATTRIBUTES + 1) + " attributes are more than Slotscope lays out on one object ("
                + Limits.ATTRIBUTES + " at most)", OnFx.get(error::getText));
    }

    @Test
    void aLessonPastALimitIsRefusedAtOnceAndTheOpenLessonStays(FxRobot robot) throws IOException {
        robot.interact(() -> main.open("builtin:slots"));
        String added = IntStream.range(0, 3000).mapToObj(i -> "\"a" + i + "\"").collect(Collectors.joining(","));
        Path big = Files.writeString(dir.resolve("big.slotscope.json"), """
                {"format": "slotscope-lesson", "version": 1, "title": "Big", "scenes": [
                  {"title": "Grow", "view": "grow", "runtime": "cpython-3.12", "variants": ["standard"], "added": [%s]}]}
                """.formatted(added));
        robot.interact(() -> main.open(big.toString()));
        assertEquals(big + ", in scene 1 (\"Grow\"): 'added': 3,000 attributes to add are more than Slotscope grows an object by ("
                + Limits.ADDED + " at most)", OnFx.get(() -> main.status().get()));
        assertEquals(Lessons.builtin("slots"), main.lessons().lesson().get().orElseThrow(), "the open lesson stays");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithASentence(FxRobot robot) throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.slotscope.json"), "[".repeat(100_000));
        robot.interact(() -> main.open(deep.toString()));
        String status = OnFx.get(() -> main.status().get());
        assertTrue(status.startsWith(deep + ": lists and objects are nested more than"), status);
        assertTrue(robot.lookup("#statusLabel").query().getStyleClass().contains("error"));
    }

    @Test
    void growingPastTheLimitSaysSoWhereTheNameIsTyped(FxRobot robot) throws IOException, TimeoutException {
        String added = IntStream.range(0, Limits.ADDED).mapToObj(i -> "\"a" + i + "\"").collect(Collectors.joining(","));
        Path full = Files.writeString(dir.resolve("full.slotscope.json"), """
                {"format": "slotscope-lesson", "version": 1, "title": "Full", "scenes": [
                  {"title": "Grow", "view": "grow", "runtime": "cpython-3.12", "variants": ["standard"], "added": [%s]}]}
                """.formatted(added));
        robot.interact(() -> main.open(full.toString()));
        settle();
        GrowthViewModel growth = main.explorers().get(0).growth();
        assertEquals(Limits.ADDED + 1, OnFx.get(() -> growth.steps().get().size()), "a lesson at the limit opens");
        robot.interact(() -> {
            growth.nextName().set("one_more");
            growth.add();
        });
        assertEquals((Limits.ADDED + 1) + " attributes to add are more than Slotscope grows an object by (" + Limits.ADDED
                + " at most)", OnFx.get(() -> growth.message().get()));
        assertEquals(Limits.ADDED, OnFx.get(() -> growth.added().size()));
    }

    @Test
    void aLessonAtTheSceneLimitOpensAndTakesNoMore(FxRobot robot) throws IOException {
        String scene = "{\"title\": \"S\", \"view\": \"layout\", \"runtime\": \"cpython-3.12\", \"variants\": [\"standard\"]}";
        Path full = Files.writeString(dir.resolve("long.slotscope.json"), "{\"format\": \"slotscope-lesson\", \"version\": 1,"
                + " \"title\": \"Long\", \"scenes\": [" + IntStream.range(0, Limits.SCENES).mapToObj(i -> scene)
                .collect(Collectors.joining(",")) + "]}");
        robot.interact(() -> main.open(full.toString()));
        assertEquals(Limits.SCENES, OnFx.get(() -> main.lessons().scenes().size()));
        String refused = OnFx.get(() -> {
            try {
                main.lessons().addScene(main.lessons().scenes().get(0));
                return "added";
            } catch (Limits.LimitException e) {
                return e.getMessage();
            }
        });
        assertEquals((Limits.SCENES + 1) + " scenes are more than a lesson holds (" + Limits.SCENES + " at most)", refused);
        assertEquals(Limits.SCENES, OnFx.get(() -> main.lessons().scenes().size()));
    }
}
