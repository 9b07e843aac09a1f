package dev.slotscope.export;

import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.Scene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A whole lesson as a slide deck's pictures: one numbered file per scene and format, {@code 01-title.png}, .... */
public final class LessonExport {

    private static final int MAX_NAME = 60;

    private final ScenePictures pictures = new ScenePictures();

    /** Writes every scene into {@code folder} (which must exist) and returns the files written, in order. */
    public List<Path> export(Lesson lesson, Path folder, Set<ImageFormat> formats, int scale, boolean caption) {
        if (!Files.isDirectory(folder)) {
            throw new ExportException("cannot write into " + folder + ": it is not an existing folder");
        }
        List<Path> written = new ArrayList<>();
        List<Scene> scenes = lesson.scenes();
        for (int i = 0; i < scenes.size(); i++) {
            Scene scene = scenes.get(i);
            Picture picture = pictures.of(scene, caption);
            for (ImageFormat format : ImageFormat.values()) {
                if (formats.contains(format)) {
                    Path file = folder.resolve(fileName(i, scene, format));
                    PictureWriter.write(picture, scene.theme(), format == ImageFormat.PNG ? scale : 1, file);
                    written.add(file);
                }
            }
        }
        return written;
    }

    /** {@code 03-a-slotted-point-refuses.png}: the number keeps the deck's order when files are sorted by name. */
    static String fileName(int index, Scene scene, ImageFormat format) {
        String slug = scene.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return String.format("%02d%s.%s", index + 1, slug.isEmpty() ? "" : "-" + slug, format.extension());
    }
}
