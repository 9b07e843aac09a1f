package dev.slotscope.ui;

import dev.slotscope.runtime.Runtime;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.LessonFile;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lessons in the window: open, step through, answer, save and open again, present with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class LessonViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainController main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private ExplorerController explorer(int i) {
        return main.explorers().get(i);
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.explorers().stream()
                .noneMatch(e -> e.model().busy().get() || e.growth().busy().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBuiltInLessonShowsEachSceneAndAnswersItsQuestions(FxRobot robot) throws TimeoutException {
        robot.interact(() -> main.open("builtin:slots"));
        settle();
        Lesson lesson = Lessons.builtin("slots");
        assertEquals(lesson.scenes().size(), main.lessons().scenes().size());
        assertEquals("1 / " + lesson.scenes().size(), robot.lookup("#sceneCount").queryAs(Label.class).getText());
        for (int i = 0; i < lesson.scenes().size(); i++) {
            int index = i;
            robot.interact(() -> main.lessons().go(index));
            settle();
            Scene scene = lesson.scenes().get(i);
            assertEquals(scene.title(), robot.lookup("#sceneTitle").queryAs(Label.class).getText());
            assertEquals(scene.runtime(), explorer(0).model().runtime().get(), scene.title());
            assertEquals(scene.variant(), explorer(0).model().classChoice().get().id(), scene.title());
            assertEquals(scene.view() == ViewKind.COMPARE, main.explorers().size() == 2, scene.title());
            if (scene.view() == ViewKind.COMPARE) {
                assertEquals(scene.variants().get(1), explorer(1).model().classChoice().get().id(), scene.title());
            }
            assertEquals(scene.view() == ViewKind.MEMORY, explorer(0).showsMemory(), scene.title());
            assertEquals(scene.view() == ViewKind.SPEED, explorer(0).showsSpeed(), scene.title());
            if (scene.view() == ViewKind.SPEED) {
                SpeedViewModel speed = explorer(0).speed().model();
                assertEquals(scene.variants(), speed.variants().get(), scene.title());
                assertEquals(scene.timed().orElseThrow(), speed.result().get(), scene.title());
                assertTrue(speed.text().get().contains("Recorded in the lesson: measured by "
                        + scene.timed().orElseThrow().measuredBy()), speed.text().get());
                MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/lesson-scene-" + (i + 1) + ".png");
            }
            if (scene.view() == ViewKind.GROW) {
                assertEquals(scene.step(), explorer(0).growth().index().get(), scene.title());
                assertEquals(scene.added(), explorer(0).growth().added(), scene.title());
            }
            if (i == 0 || scene.view() == ViewKind.GROW) {
                MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/lesson-scene-" + (i + 1) + ".png");
            }
        }
        robot.interact(() -> main.lessons().go(0));
        settle();
        Label answer = robot.lookup(".answer").queryAs(Label.class);
        assertFalse(answer.isVisible(), "the answer waits until the learner asks");
        robot.clickOn(robot.lookup(".reveal").queryAs(Button.class));
        assertTrue(answer.isVisible());
        assertEquals(lesson.scenes().get(0).questions().get(0).answer(), answer.getText());
    }

    @Test
    void everyKindOfBrokenFileIsRefusedByNameAndTheOpenLessonStays(FxRobot robot) throws IOException, TimeoutException {
        robot.interact(() -> main.open("builtin:slots"));
        robot.interact(() -> main.lessons().go(3));
        settle();
        String good = LessonFile.toJson(Lessons.builtin("slots"));
        java.util.Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put("truncated", good.substring(0, good.length() / 2));
        broken.put("empty", "");
        broken.put("not JSON", "slides: 3");
        broken.put("unknown version", good.replace("\"version\": 1", "\"version\": 7"));
        broken.put("wrong format", good.replace("\"format\": \"slotscope-lesson\"", "\"format\": \"keynote\""));
        broken.put("hand-edited runtime", good.replaceFirst("\"runtime\": \"cpython-3.10\"", "\"runtime\": \"cpython-2.7\""));
        broken.put("wrong type", good.replaceFirst("\"step\": 0", "\"step\": \"zero\""));
        broken.put("missing field", good.replaceFirst("\"view\": \"layout\",", ""));
        for (var entry : broken.entrySet()) {
            Path file = dir.resolve(entry.getKey().replace(' ', '-') + ".slotscope.json");
            Files.writeString(file, entry.getValue());
            robot.interact(() -> main.open(file.toString()));
            String message = main.status().get();
            assertTrue(message.startsWith(file.toString()) || message.contains(file.toString()), entry.getKey() + ": " + message);
            assertEquals(1, message.lines().count(), entry.getKey() + ": " + message);
            assertTrue(robot.lookup("#statusLabel").query().getStyleClass().contains("error"), entry.getKey());
            assertEquals(Lessons.builtin("slots"), main.lessons().lesson().get().orElseThrow(), entry.getKey() + ": nothing is lost");
            assertEquals(3, main.lessons().index().get(), entry.getKey());
        }
        for (Path unreadable : new Path[] {dir.resolve("missing.slotscope.json"), Files.createDirectory(dir.resolve("folder.slotscope.json"))}) {
            robot.interact(() -> main.open(unreadable.toString()));
            assertTrue(main.status().get().contains(unreadable.toString()), main.status().get());
            assertEquals(Lessons.builtin("slots"), main.lessons().lesson().get().orElseThrow());
        }
    }

    @Test
    void aLessonBuiltInTheWindowSurvivesSaveAndOpen(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            explorer(0).model().runtime().set(new Runtime.CPython(CPythonVersion.V3_11));
            explorer(0).model().classChoice().set(new ClassChoice.Python(Variant.SLOTTED));
            explorer(0).model().attributes().set("a, b, c");
        });
        settle();
        robot.clickOn("#lessonMenu").clickOn("Add this view as a scene");
        robot.interact(() -> {
            explorer(0).model().classChoice().set(new ClassChoice.Python(Variant.STANDARD));
            explorer(0).growth().replay(java.util.List.of("d", "e"), 1);
        });
        settle();
        robot.clickOn("#lessonMenu").clickOn("Add this view as a scene");
        Lesson made = main.lessons().lesson().get().orElseThrow();
        assertEquals(2, made.scenes().size());
        assertEquals(ViewKind.GROW, made.scenes().get(1).view());
        assertEquals(java.util.List.of("d", "e"), made.scenes().get(1).added());
        assertEquals(1, made.scenes().get(1).step());
        Path file = dir.resolve("mine.slotscope.json");
        robot.interact(() -> main.save(file));
        assertEquals("Saved the lesson to " + file + ".", main.status().get());
        assertEquals(made, LessonFile.read(file), "what was saved is read back equal");
        robot.interact(() -> main.lessons().close());
        robot.interact(() -> main.open(file.toString()));
        assertEquals(made, main.lessons().lesson().get().orElseThrow());
        assertTrue(main.lessons().recent().contains(file.toString()), "recent files");
    }

    @Test
    void presentationModeStepsThroughGrowthAndScenesWithTheKeyboard(FxRobot robot) throws TimeoutException {
        robot.interact(() -> main.open("builtin:slots"));
        Lesson lesson = main.lessons().lesson().get().orElseThrow();
        int grow = indexOf(lesson, s -> s.view() == ViewKind.GROW && s.step() < s.added().size());
        robot.interact(() -> main.lessons().go(grow));
        settle();
        robot.clickOn("#sceneTitle");
        robot.type(KeyCode.F5);
        assertTrue(main.presentation().presenting().get());
        assertTrue(stage.isFullScreen());
        assertFalse(robot.lookup("#chrome").query().isVisible(), "editing chrome hidden");
        assertTrue(robot.lookup("#presentationBar").query().isVisible());
        assertEquals(lesson.scenes().get(grow).title(), robot.lookup("#presentationTitle").queryAs(Label.class).getText());
        int step = explorer(0).growth().index().get();
        robot.type(KeyCode.RIGHT);
        settle();
        assertEquals(step + 1, explorer(0).growth().index().get(), "the arrow steps the growth first");
        assertEquals(grow, main.lessons().index().get());
        for (int k = step + 1; k < lesson.scenes().get(grow).added().size(); k++) {
            robot.type(KeyCode.PAGE_DOWN);
            settle();
        }
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        assertEquals(grow + 1, main.lessons().index().get(), "then the next scene");
        int zoom = main.presentation().zoom();
        robot.type(KeyCode.EQUALS);
        assertEquals(Math.min(300, zoom + 25), main.presentation().zoom());
        assertTrue(robot.lookup("#presentationProgress").queryAs(Label.class).getText()
                .startsWith((grow + 2) + " / " + lesson.scenes().size()));
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/presentation.png");
        Scene next = lesson.scenes().get(grow + 1);
        if (next.view() == ViewKind.GROW && next.step() > 0) {
            robot.type(KeyCode.PAGE_UP);
            settle();
            assertEquals(next.step() - 1, explorer(0).growth().index().get(), "going back steps the growth back first");
            assertEquals(grow + 1, main.lessons().index().get());
            for (int k = next.step() - 1; k > 0; k--) {
                robot.type(KeyCode.PAGE_UP);
                settle();
            }
        }
        robot.type(KeyCode.PAGE_UP);
        settle();
        assertEquals(grow, main.lessons().index().get(), "then the previous scene");
        Scene shown = lesson.scenes().get(grow);
        String notes = main.presentation().notesText();
        assertTrue(notes.startsWith(shown.title()) && notes.contains(shown.notes()), "the presenter's notes follow the scene");
        assertTrue(shown.questions().stream().allMatch(q -> notes.contains("A: " + q.answer())), "with the answers");
        robot.type(KeyCode.ESCAPE);
        assertFalse(main.presentation().presenting().get());
        assertFalse(stage.isFullScreen());
        assertTrue(robot.lookup("#chrome").query().isVisible());
    }

    /** A speed scene's runs go into a scene made of its view, and no other scene shows them. */
    @Test
    void aSpeedSceneBecomesASceneAgainWithItsRunsAndLeavesNothingToTheNext(FxRobot robot) throws TimeoutException, IOException {
        robot.interact(() -> main.open("builtin:slots"));
        java.util.List<Scene> scenes = main.lessons().scenes();
        int speedScene = java.util.stream.IntStream.range(0, scenes.size())
                .filter(i -> scenes.get(i).view() == ViewKind.SPEED).findFirst().orElseThrow();
        Scene shown = scenes.get(speedScene);
        robot.interact(() -> main.lessons().go(speedScene));
        settle();
        assertTrue(explorer(0).showsSpeed());
        robot.interact(() -> main.presentation().enter());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(OnFx.get(() -> explorer(0).speed().chart().isVisible() && explorer(0).speed().chart().getHeight() > 100),
                "presenting shows the runs");
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/presentation-speed.png");
        robot.interact(() -> main.presentation().exit());
        Path svg = dir.resolve("speed.svg");
        robot.interact(() -> main.export(svg, 1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> main.status().get().startsWith("Exported"));
        String picture = Files.readString(svg);
        assertTrue(picture.contains("Measured by " + shown.timed().orElseThrow().measuredBy().split(" on ")[0]),
                "the window exports the runs shown, with who measured them");
        assertEquals(4 * shown.timed().orElseThrow().timings().get(0).spread().runs(), picture.split("<ellipse", -1).length - 1,
                "a dot for every run of every row");
        robot.interact(() -> main.theme().set(dev.slotscope.theme.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/window-speed-dark.png");
        robot.clickOn("#lessonMenu").clickOn("Add this view as a scene");
        Scene captured = main.lessons().scenes().get(speedScene + 1);
        assertEquals(ViewKind.SPEED, captured.view());
        assertEquals(shown.runtime(), captured.runtime());
        assertEquals(shown.variants(), captured.variants());
        assertEquals(shown.timed(), captured.timed(), "the runs shown go into the scene, with who measured them");
        Path file = dir.resolve("speed.slotscope.json");
        robot.interact(() -> main.save(file));
        assertEquals(main.lessons().lesson().get().orElseThrow(), LessonFile.read(file), "the runs survive save and open");
        robot.interact(() -> main.lessons().go(0));
        settle();
        SpeedViewModel speed = explorer(0).speed().model();
        assertNull(speed.result().get(), "no runs from another scene");
        assertEquals("", speed.text().get());
        assertEquals(java.util.List.of("standard", "slotted"), speed.variants().get());
    }

    /** A scene fixes the whole view: what the user set in the memory tab, or measured, does not carry over. */
    @Test
    void aSceneResetsTheMemoryTabAndClearsWhatWasMeasured(FxRobot robot) throws TimeoutException {
        Scene measuredHere = new Scene("A thousand points, measured", ViewKind.MEMORY, Runtime.fromId("jvm"), java.util.List.of("slotted"),
                java.util.List.of("x", "y"), java.util.List.of(), 0, 1000, dev.slotscope.theme.Theme.LIGHT, 100, "", java.util.List.of());
        Scene next = new Scene("A million points on 3.10", ViewKind.MEMORY, Runtime.fromId("cpython-3.10"), java.util.List.of("standard", "slotted"),
                java.util.List.of("x", "y"), java.util.List.of(), 0, 1_000_000, dev.slotscope.theme.Theme.LIGHT, 100, "", java.util.List.of());
        robot.interact(() -> {
            main.lessons().addScene(measuredHere);
            main.lessons().addScene(next);
            main.lessons().go(0);
        });
        settle();
        MemoryViewModel memory = explorer(0).memory().model();
        robot.interact(() -> {
            memory.comparison().set(MemoryViewModel.Comparison.VERSIONS);
            memory.allocatorBlocks().set(true);
            memory.measure();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !memory.measuring().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(memory.measureText().get().startsWith("Measured "), memory.measureText().get());
        robot.interact(() -> main.lessons().go(1));
        settle();
        assertTrue(explorer(0).showsMemory());
        assertEquals("", memory.measureText().get(), "no measured line from another scene");
        assertEquals("", robot.lookup("#measureResult").queryAs(Label.class).getText());
        assertEquals(MemoryViewModel.Comparison.VARIANTS, memory.comparison().get(), "every variant, as the slide shows");
        assertFalse(memory.allocatorBlocks().get(), "sizes as tracemalloc counts them, as the slide shows");
        assertEquals(new dev.slotscope.runtime.MemoryPlanner().cpythonVariants(CPythonVersion.V3_10,
                        dev.slotscope.cpython.AttributeNames.parse("x, y"), new dev.slotscope.memory.InstanceCount(1_000_000))
                        .stream().map(e -> e.bytesPerInstance()).toList(),
                memory.estimates().get().stream().map(e -> e.bytesPerInstance()).toList(), "the chart the exported slide draws");
        robot.interact(() -> {
            memory.comparison().set(MemoryViewModel.Comparison.OTHER_LENS);
            main.lessons().go(0);
        });
        settle();
        robot.interact(() -> memory.measure());
        robot.interact(() -> main.lessons().go(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !memory.measuring().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", memory.measureText().get(), "a measurement cut short by the next scene leaves no line behind");
        assertEquals(MemoryViewModel.Comparison.VARIANTS, memory.comparison().get());
    }

    /** The lesson bar's buttons stay where the hand expects them, however long the scene's title. */
    @Test
    void theSceneButtonsKeepTheirPlaceWhateverTheTitle(FxRobot robot) throws TimeoutException {
        robot.interact(() -> main.open("builtin:slots"));
        settle();
        java.util.Map<String, Double> places = new java.util.HashMap<>();
        for (int i = 0; i < main.lessons().scenes().size(); i++) {
            int index = i;
            robot.interact(() -> main.lessons().go(index));
            WaitForAsyncUtils.waitForFxEvents();
            for (String id : new String[] {"#previousButton", "#nextButton", "#sceneProgress", "#notesToggle"}) {
                javafx.scene.Node node = robot.lookup(id).query();
                double x = OnFx.get(() -> node.localToScene(node.getLayoutBounds()).getMinX());
                Double first = places.putIfAbsent(id, x);
                if (first != null) {
                    assertEquals(first, x, 0.5, id + " moved on scene " + (i + 1) + ", titled " + main.lessons().current().orElseThrow().title());
                }
            }
            Label title = robot.lookup("#sceneTitle").queryAs(Label.class);
            // Text is measured on the JavaFX thread only: a JVM scene's layout may be arriving there meanwhile.
            boolean whole = OnFx.get(() -> title.getHeight() >= title.prefHeight(title.getWidth()) - 0.5);
            assertTrue(whole, "the title is never cut: " + title.getText());
        }
    }

    /** Underscores are part of the names: "__slots__", a file's name. */
    @Test
    void menuItemsKeepTheirUnderscores(FxRobot robot) throws TimeoutException {
        Path file = dir.resolve("my_first_lesson.slotscope.json");
        robot.interact(() -> {
            main.open("builtin:slots");
            main.save(file);
            main.open(file.toString());
        });
        settle();
        javafx.scene.control.MenuButton menu = robot.lookup("#lessonMenu").queryAs(javafx.scene.control.MenuButton.class);
        java.util.List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>(menu.getItems());
        menu.getItems().stream().filter(i -> i instanceof javafx.scene.control.Menu)
                .forEach(m -> items.addAll(((javafx.scene.control.Menu) m).getItems()));
        java.util.List<String> underscored = items.stream().map(javafx.scene.control.MenuItem::getText)
                .filter(t -> t != null && t.contains("_")).toList();
        assertTrue(underscored.contains("Open the built-in lesson on __slots__"), underscored.toString());
        assertTrue(underscored.contains(file.toString()), underscored.toString());
        items.stream().filter(i -> i.getText() != null && i.getText().contains("_"))
                .forEach(i -> assertFalse(i.isMnemonicParsing(), i.getText() + " would lose an underscore to a mnemonic"));
        robot.clickOn("#lessonMenu");
        assertTrue(robot.lookup(".menu-item .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Open the built-in lesson on __slots__")), "shown as written");
        robot.type(KeyCode.ESCAPE);
    }

    private static int indexOf(Lesson lesson, java.util.function.Predicate<Scene> test) {
        for (int i = 0; i < lesson.scenes().size(); i++) {
            if (test.test(lesson.scenes().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such scene");
    }

    @Test
    void theWindowExportsEveryScene(FxRobot robot) throws TimeoutException, IOException {
        robot.interact(() -> main.open("builtin:slots"));
        Path deck = Files.createDirectory(dir.resolve("deck"));
        robot.interact(() -> main.exportLesson(deck));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> main.status().get().startsWith("Exported "));
        int scenes = Lessons.builtin("slots").scenes().size();
        assertEquals("Exported " + 2 * scenes + " pictures to " + deck + ".", main.status().get());
        try (var files = Files.list(deck)) {
            assertEquals(2 * scenes, files.filter(f -> f.getFileName().toString().matches("\\d\\d-.*\\.(png|svg)")).count());
        }
    }

    @Test
    void savingToAnUnwritablePlaceIsReportedAndTheLessonStays(FxRobot robot) {
        robot.interact(() -> main.open("builtin:slots"));
        Path nowhere = dir.resolve("no-such-folder/lesson.slotscope.json");
        robot.interact(() -> main.save(nowhere));
        assertEquals("cannot write " + nowhere + ": the folder " + nowhere.getParent() + " does not exist", main.status().get());
        assertEquals(Lessons.builtin("slots"), main.lessons().lesson().get().orElseThrow());
        assertFalse(Files.exists(nowhere));
    }
}
