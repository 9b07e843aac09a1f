package dev.slotscope.export;

import dev.slotscope.files.AtomicFiles;
import dev.slotscope.files.FileWriteException;
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
        try {
            // The whole deck is written aside and moved in only when complete: a failure half-way
            // never leaves new slides beside old ones.
            return AtomicFiles.writeAll(folder, staging -> {
                try {
                    return write(lesson, byScene, staging, formats, scale);
                } catch (ExportException e) {
                    // The file failed in the hidden folder; the user knows it by its place in theirs.
                    throw new ExportException(e.getMessage().replace(staging.toString(), folder.toString())
                            + "; nothing in " + folder + " was changed", e);
                }
            });
        } catch (FileWriteException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    private static List<String> write(Lesson lesson, List<List<Slide>> byScene, Path folder, Set<ImageFormat> formats, int scale) {
        List<String> written = new ArrayList<>();
        List<Scene> scenes = lesson.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            for (int part = 0; part < byScene.get(i).size(); part++) {
                for (ImageFormat format : List.of(ImageFormat.PNG, ImageFormat.SVG)) {
                    if (formats.contains(format)) {
                        String name = fileName(i, scenes.size(), scene, part, format);
                        PictureWriter.write(byScene.get(i).get(part), scene.theme(), format == ImageFormat.PNG ? scale : 1,
                                folder.resolve(name));
                        written.add(name);
                    }
                }
            }
        }
        List<Slide> deck = byScene.stream().flatMap(List::stream).toList();
        if (formats.contains(ImageFormat.PDF)) {
            String name = deckName(lesson);
            // One theme per document: the first scene's, as a deck is shown in one light.
            PdfDeck.write(deck, scenes.isEmpty() ? Theme.LIGHT : scenes.get(0).theme(), folder.resolve(name));
            written.add(name);
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

    /**
     * {@code 03-a-slotted-point-refuses.png}, of a deck of {@code count} scenes: the number keeps the
     * deck's order when files are sorted by name, two digits at least and as many as the count has
     * ({@code 007-…} of 120).
     */
    static String fileName(int index, int count, Scene scene, ImageFormat format) {
        return fileName(index, count, scene, 0, format);
    }

    /** The {@code part}th slide of a scene: {@code 03-title.png}, then {@code 03-title-2.png}, .... */
    static String fileName(int index, int count, Scene scene, int part, ImageFormat format) {
        String slug = slug(scene.title());
        int digits = Math.max(2, String.valueOf(count).length());
        return String.format("%0" + digits + "d%s%s.%s", index + 1, slug.isEmpty() ? "" : "-" + slug,
                part == 0 ? "" : "-" + (part + 1), format.extension());
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
