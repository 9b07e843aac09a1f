package dev.slotscope.export;

import dev.slotscope.lesson.Scene;
import dev.slotscope.lesson.ViewKind;
import dev.slotscope.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PNG and SVG files of a scene: sizes, content, and writing that never leaves half a file. */
class PictureWriterTest {

    @TempDir
    Path dir;

    private static Scene layout(String runtime, String variant) {
        return new Scene("", ViewKind.LAYOUT, dev.slotscope.runtime.Runtime.fromId(runtime), List.of(variant), List.of("x", "y"), List.of(), 0, 1_000_000,
                Theme.LIGHT, 100, "", List.of());
    }

    private static final Picture PICTURE = new ScenePictures().of(layout("cpython-3.12", "standard"), true);

    @Test
    void aTwoTimesPngIsTwiceTheOneTimesOneInEachDimension() throws IOException {
        BufferedImage[] images = new BufferedImage[3];
        int i = 0;
        for (int scale : PictureWriter.SCALES) {
            Path file = dir.resolve("layout-" + scale + "x.png");
            PictureWriter.write(PICTURE, Theme.LIGHT, scale, file);
            images[i++] = ImageIO.read(file.toFile());
        }
        assertEquals(Math.ceil(PICTURE.width()), images[0].getWidth());
        assertEquals(Math.ceil(PICTURE.height()), images[0].getHeight());
        assertEquals(2 * images[0].getWidth(), images[1].getWidth());
        assertEquals(2 * images[0].getHeight(), images[1].getHeight());
        assertEquals(4 * images[0].getWidth(), images[2].getWidth());
        assertEquals(4 * images[0].getHeight(), images[2].getHeight());
        assertTrue(ImageChecks.colours(images[1]) > 20, "the image shows boxes of many colours, not a blank page");
    }

    @Test
    void theBackgroundIsTheThemesPaper() {
        BufferedImage light = PictureWriter.png(PICTURE, Theme.LIGHT, 1);
        BufferedImage dark = PictureWriter.png(PICTURE, Theme.DARK, 1);
        assertEquals(0xfbfaf7, light.getRGB(1, 1) & 0xffffff);
        assertEquals(0x1b1f24, dark.getRGB(1, 1) & 0xffffff);
    }

    @Test
    void svgKeepsTextAsTextAndNamesEveryBox() {
        String svg = PictureWriter.svg(PICTURE, Theme.LIGHT);
        assertTrue(svg.startsWith("<?xml"));
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains(">refcnt</text>"), "labels are text elements");
        assertTrue(svg.contains(">StandardPoint instance</text>"));
        assertFalse(svg.contains("<image"), "no raster images inside");
        assertEquals(svg, PictureWriter.svg(PICTURE, Theme.LIGHT), "the same view gives the same document");
    }

    @Test
    void aFailedExportLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("slide.png");
        Files.writeString(file, "the old picture");
        Picture failing = new Picture() {
            @Override
            public double width() {
                return 10;
            }

            @Override
            public double height() {
                return 10;
            }

            @Override
            public void paint(Graphics2D g, Painting painting) {
                throw new IllegalStateException("painting failed half-way");
            }
        };
        assertThrows(IllegalStateException.class, () -> PictureWriter.write(failing, Theme.LIGHT, 1, file));
        assertEquals("the old picture", Files.readString(file));
        assertEquals(Set.of(file), filesIn(dir), "no temporary file is left behind");
    }

    @Test
    void aCompleteExportReplacesTheOldFileWithReadablePermissions() throws IOException {
        Path file = dir.resolve("slide.svg");
        Files.writeString(file, "old");
        PictureWriter.write(PICTURE, Theme.LIGHT, 1, file);
        assertArrayEquals(PictureWriter.svg(PICTURE, Theme.LIGHT).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Files.readAllBytes(file));
        Path fresh = dir.resolve("fresh.png");
        PictureWriter.write(PICTURE, Theme.LIGHT, 1, fresh);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void badPathsGiveOneClearSentence() {
        ExportException missing = assertThrows(ExportException.class,
                () -> PictureWriter.write(PICTURE, Theme.LIGHT, 1, dir.resolve("no/such/folder/a.png")));
        assertTrue(missing.getMessage().endsWith("does not exist"), missing.getMessage());
        ExportException folder = assertThrows(ExportException.class, () -> PictureWriter.write(PICTURE, Theme.LIGHT, 1,
                Files.createDirectory(dir.resolve("picture.png"))));
        assertTrue(folder.getMessage().endsWith("it is a folder"), folder.getMessage());
        ExportException format = assertThrows(ExportException.class,
                () -> PictureWriter.write(PICTURE, Theme.LIGHT, 1, dir.resolve("a.gif")));
        assertTrue(format.getMessage().contains(".png, .svg or .pdf"), format.getMessage());
    }

    private static Set<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new HashSet<>(files.toList());
        }
    }
}
