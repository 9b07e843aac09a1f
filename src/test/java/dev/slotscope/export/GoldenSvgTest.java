package dev.slotscope.export;

import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SVG of a few views, compared with files kept in the repository, so that any change in what
 * users see shows up in review. After an intended change, run the tests with
 * {@code -Dgolden.update=true} and commit the new files with the change.
 */
class GoldenSvgTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Scene> scenes() {
        return Stream.of(
                scene("layout-cpython-3.10-standard", ViewKind.LAYOUT, "cpython-3.10", List.of("standard"), List.of(), Theme.LIGHT),
                scene("layout-cpython-3.13-slotted-dark", ViewKind.LAYOUT, "cpython-3.13", List.of("slotted"), List.of(), Theme.DARK),
                scene("grow-cpython-3.11-standard", ViewKind.GROW, "cpython-3.11", List.of("standard"), List.of("z", "w"), Theme.LIGHT),
                scene("memory-cpython-3.12", ViewKind.MEMORY, "cpython-3.12", List.of("standard"), List.of(), Theme.HIGH_CONTRAST),
                scene("compare-cpython-3.8", ViewKind.COMPARE, "cpython-3.8", List.of("standard", "slotted"), List.of(), Theme.LIGHT));
    }

    private static Scene scene(String name, ViewKind view, String runtime, List<String> variants, List<String> added, Theme theme) {
        return new Scene(name, view, dev.slotscope.runtime.Runtime.fromId(runtime), variants, List.of("x", "y"), added, added.size(), 1_000_000, theme, 100, "", List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void theSvgIsTheReviewedOne(Scene scene) throws IOException {
        String svg = PictureWriter.svg(new ScenePictures().of(scene, true), scene.theme());
        Path golden = GOLDEN.resolve(scene.title() + ".svg");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, svg, StandardCharsets.UTF_8);
        }
        Path actual = Path.of("target/golden-actual").resolve(scene.title() + ".svg");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, svg, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), svg, "the SVG of " + scene.title()
                + " changed: compare " + actual + " with " + golden + "; if the change is intended, run with -Dgolden.update=true");
    }
}
