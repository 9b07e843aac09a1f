package dev.slotscope.ui;

import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.jvm.probe.LocalJdk;
import dev.slotscope.jvm.probe.LocalJdks;
import dev.slotscope.jvm.probe.LocalJvm;
import dev.slotscope.runtime.ClassChoice;
import dev.slotscope.runtime.Runtime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A local JDK's runtime in the window: JDK 25 with compact headers beside the JDK that runs Slotscope. */
@ExtendWith(ApplicationExtension.class)
class LocalJdkViewTest {

    private Stage stage;
    private MainController main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SlotscopeApp.startOpened(stage);
        main = MainController.of(stage.getScene());
    }

    private static void settle(ExplorerController explorer) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !explorer.model().busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRuntimeMenuOffersEachJdkOfThisMachineFoundAsAUsersWouldBe(FxRobot robot) throws TimeoutException {
        Optional<LocalJdk> jdk25 = LocalJdks.find().stream().filter(j -> j.feature() >= 25).findFirst();
        assumeTrue(jdk25.isPresent(), "no JDK 25 or newer installed where Slotscope looks: no second JDK to offer");
        ComboBox<Runtime> menu = robot.lookup("#runtimeBox").queryAs(ComboBox.class);
        assertTrue(OnFx.get(() -> !robot.lookup("#otherJdkGroup").query().isVisible()), "CPython has no JDK to point to");
        OnFx.waitFor(30, () -> menu.getItems().size() > Runtime.all().size());
        List<String> names = OnFx.get(() -> menu.getItems().stream().map(Runtime::displayName).toList());
        String jdk = jdk25.get().shortName();
        assertTrue(names.containsAll(List.of("JVM · " + jdk + " (measured)", "JVM · " + jdk + " · compact headers (measured)")),
                names.toString());
        assertEquals(Runtime.all().stream().map(Runtime::displayName).toList(), names.subList(0, Runtime.all().size()),
                "the built-in runtimes first, as before");
        Runtime compact = OnFx.get(() -> menu.getItems().stream()
                .filter(r -> r.displayName().equals("JVM · " + jdk + " · compact headers (measured)")).findFirst().orElseThrow());
        ExplorerController first = main.explorers().get(0);
        robot.interact(() -> {
            menu.setValue(compact);
            first.model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED));
        });
        settle(first);
        assertTrue(OnFx.get(() -> robot.lookup("#otherJdkGroup").query().isVisible()), "on the JVM another JDK can be picked");
        assertEquals("24 bytes", first.model().state().get().bytes() + " bytes", "measured in JDK 25 with compact headers");
        assertTrue(first.model().state().get().banner().contains("8-byte header"), first.model().state().get().banner());
    }

    @Test
    void jdk25WithCompactHeadersBesideThisVm(FxRobot robot) throws TimeoutException {
        Optional<LocalJdk> jdk25 = LocalJdks.find().stream().filter(j -> j.feature() >= 25).findFirst();
        assumeTrue(jdk25.isPresent(), "no JDK 25 or newer installed where Slotscope looks: nothing to set beside this VM");
        Runtime compact = Runtime.Jvm.measuredOn(LocalJvm.of(jdk25.get(), List.of("-XX:+UseCompactObjectHeaders")));
        ExplorerController first = main.explorers().get(0);
        robot.interact(() -> {
            first.model().runtime().set(new Runtime.Jvm(JvmMode.LIVE));
            first.model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED));
            robot.lookup("#compareToggle").queryAs(ToggleButton.class).setSelected(true);
        });
        ExplorerController second = main.explorers().get(1);
        robot.interact(() -> {
            second.model().runtime().set(compact);
            second.model().classChoice().set(new ClassChoice.Java(JvmVariant.SLOTTED));
        });
        settle(first);
        settle(second);
        MainViewTest.snapshotOf(robot, stage.getScene(), "target/screenshots/jdk17-beside-jdk25-compact.png");
        List<String> summaries = robot.lookup("#compactSummary").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(summaries.get(0).startsWith("32 bytes per instance"), summaries.toString());
        assertTrue(summaries.get(1).startsWith("24 bytes per instance"), summaries.toString());
        String banner = second.model().state().get().banner();
        assertTrue(banner.contains("JDK " + jdk25.get().version()) && banner.contains("compact object headers")
                && banner.contains("8-byte header"), banner);
        assertTrue(first.model().state().get().banner().contains("12-byte header"), first.model().state().get().banner());
    }
}
