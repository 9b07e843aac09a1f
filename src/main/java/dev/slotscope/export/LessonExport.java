package dev.slotscope.export;

import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Scene;
import dev.slotscope.theme.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A whole lesson as a slide deck: a 16:9 {@link Slide} per scene, as numbered files
 * ({@code 01-title.png}, {@code 01-title.svg}, ...) and, for PDF, one document with a page per
 * scene ({@code title.pdf}).
 */
public final class LessonExport {

    private static final int MAX_NAME = 60;

    private final Slides slides = new Slides();

    /** Writes every scene into {@code folder} (which must exist) with a legend and returns the files written, in order. */
    public List<Path> export(Lesson lesson, Path folder, Set<ImageFormat> formats, int scale, boolean caption) {
        return export(lesson, folder, formats, scale, caption, true);
    }

    /**
     * Writes every scene into {@code folder} (which must exist) and returns the files written, in
     * order. {@code scale} applies to PNG: 1 gives 1920 × 1080, 2 gives 3840 × 2160.
     */
    public List<Path> export(Lesson lesson, Path folder, Set<ImageFormat> formats, int scale, boolean caption, boolean legend) {
        if (!Files.isDirectory(folder)) {
            throw new ExportException("cannot write into " + folder + ": it is not an existing folder");
        }
        List<List<Slide>> byScene = slidesByScene(lesson, caption, legend);
        List<Path> written = new ArrayList<>();
        List<Scene> scenes = lesson.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            for (int part = 0; part < byScene.get(i).size(); part++) {
                for (ImageFormat format : List.of(ImageFormat.PNG, ImageFormat.SVG)) {
                    if (formats.contains(format)) {
                        Path file = folder.resolve(fileName(i, scene, part, format));
                        PictureWriter.write(byScene.get(i).get(part), scene.theme(), format == ImageFormat.PNG ? scale : 1, file);
                        written.add(file);
                    }
                }
            }
        }
        List<Slide> deck = byScene.stream().flatMap(List::stream).toList();
        if (formats.contains(ImageFormat.PDF)) {
            Path file = folder.resolve(deckName(lesson));
            // One theme per document: the first scene's, as a deck is shown in one light.
            PdfDeck.write(deck, scenes.isEmpty() ? Theme.LIGHT : scenes.get(0).theme(), file);
            written.add(file);
        }
        return written;
    }

    /** The lesson's slides, numbered "1 / 14", ...; a scene too dense for one slide continues on the next. */
    public List<Slide> slides(Lesson lesson, boolean caption, boolean legend) {
        return slidesByScene(lesson, caption, legend).stream().flatMap(List::stream).toList();
    }

    private List<List<Slide>> slidesByScene(Lesson lesson, boolean caption, boolean legend) {
        List<Scene> scenes = lesson.scenes();
        List<List<Slide>> deck = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            deck.add(slides.slidesOf(scenes.get(i), legend, caption, (i + 1) + " / " + scenes.size()));
        }
        return deck;
    }

    /** {@code 03-a-slotted-point-refuses.png}: the number keeps the deck's order when files are sorted by name. */
    static String fileName(int index, Scene scene, ImageFormat format) {
        return fileName(index, scene, 0, format);
    }

    /** The {@code part}th slide of a scene: {@code 03-title.png}, then {@code 03-title-2.png}, .... */
    static String fileName(int index, Scene scene, int part, ImageFormat format) {
        String slug = slug(scene.title());
        return String.format("%02d%s%s.%s", index + 1, slug.isEmpty() ? "" : "-" + slug, part == 0 ? "" : "-" + (part + 1),
                format.extension());
    }

    /** {@code slots-and-memory.pdf}, after the lesson's title; {@code lesson.pdf} when it has none. */
    static String deckName(Lesson lesson) {
        String slug = slug(lesson.title());
        return (slug.isEmpty() ? "lesson" : slug) + "." + ImageFormat.PDF.extension();
    }

    private static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return slug;
    }
}
