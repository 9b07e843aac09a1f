package dev.slotscope.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code export --lesson}: a deck is replaced whole or not at all, and its files sort in the
 * deck's order however many scenes it has.
 */
class DeckExportTest {

    @TempDir
    Path dir;

    /** A lesson of {@code n} quick layout scenes, "Scene 1" to "Scene n". */
    private Path lesson(int n) throws IOException {
        String scenes = IntStream.rangeClosed(1, n).mapToObj(i -> "{\"title\": \"Scene " + i
                + "\", \"view\": \"layout\", \"runtime\": \"cpython-3.12\", \"variants\": [\"slotted\"]}")
                .collect(Collectors.joining(",\n"));
        return Files.writeString(dir.resolve("lesson" + n + ".slotscope.json"),
                "{\"format\": \"slotscope-lesson\", \"version\": 1, \"title\": \"Deck\", \"scenes\": [" + scenes + "]}");
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void aDeckThatCannotBeWrittenWholeLeavesTheOldDeckUntouched() throws IOException {
        Path lesson = lesson(6);
        Path deck = dir.resolve("deck");
        CliRun first = CliRun.of("export", "--lesson", lesson.toString(), "--format", "svg", "--out", deck.toString());
        assertEquals(0, first.status(), first.err());
        Path fifth = deck.resolve("05-scene-5.svg");
        Files.delete(fifth);
        Files.createDirectory(fifth);
        Map<String, byte[]> before = contents(deck);

        CliRun dark = CliRun.of("export", "--lesson", lesson.toString(), "--format", "svg", "--theme", "dark",
                "--out", deck.toString());

        assertEquals(1, dark.status(), dark.err());
        assertEquals("", dark.out());
        assertEquals("slotscope: cannot write " + fifth + ": a folder of that name is in the way, so nothing in " + deck
                + " was changed\n", dark.err());
        Map<String, byte[]> after = contents(deck);
        assertEquals(before.keySet(), after.keySet(), "no file added, none removed, no staging folder left behind");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " is the old one"));
    }

    @Test
    void aCompleteDeckReplacesTheOldOne() throws IOException {
        Path lesson = lesson(3);
        Path deck = dir.resolve("deck");
        assertEquals(0, CliRun.of("export", "--lesson", lesson.toString(), "--format", "svg", "--out", deck.toString()).status());
        CliRun dark = CliRun.of("export", "--lesson", lesson.toString(), "--format", "svg", "--theme", "dark",
                "--out", deck.toString());
        assertEquals(0, dark.status(), dark.err());
        Map<String, byte[]> files = contents(deck);
        assertEquals(List.of("01-scene-1.svg", "02-scene-2.svg", "03-scene-3.svg"), List.copyOf(files.keySet()));
        String darkFirst = Files.readString(deck.resolve("01-scene-1.svg"));
        CliRun light = CliRun.of("export", "--lesson", lesson.toString(), "--format", "svg", "--out", dir.resolve("light").toString());
        assertEquals(0, light.status(), light.err());
        assertTrue(!darkFirst.equals(Files.readString(dir.resolve("light/01-scene-1.svg"))), "the deck was rewritten dark");
    }

    @Test
    void aDeckOfMoreThan99ScenesSortsInItsOrder() throws IOException {
        Path deck = dir.resolve("long");
        CliRun run = CliRun.of("export", "--lesson", lesson(100).toString(), "--format", "svg", "--out", deck.toString());
        assertEquals(0, run.status(), run.err());
        List<String> written = run.out().lines().map(l -> Path.of(l.substring("wrote ".length())).getFileName().toString()).toList();
        assertEquals(100, written.size());
        assertEquals("001-scene-1.svg", written.get(0));
        assertEquals("100-scene-100.svg", written.get(99));
        assertEquals(written.stream().sorted().toList(), written, "sorted by name is the deck's order");
    }
}
