package dev.slotscope.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import dev.slotscope.files.AtomicFiles;
import dev.slotscope.files.FileWriteException;
import dev.slotscope.theme.Palette;
import dev.slotscope.theme.Theme;

import java.awt.Font;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slides as one PDF, a 16:9 page per slide, painted by the same Java2D code as PNG and SVG through
 * OpenPDF's {@code PdfGraphics2D}. Text stays text, in the DejaVu faces the pictures are set in,
 * embedded; where those font files cannot be found the text is drawn as outlines, which looks the
 * same but cannot be searched or copied.
 */
public final class PdfDeck {

    /** A slide pixel is half a point: a page of 960 × 540 points, 13.33 × 7.5 inches, the usual 16:9 slide. */
    static final float POINTS_PER_PIXEL = 0.5f;

    private PdfDeck() {
    }

    /** Writes the pages into {@code out} atomically: a failed export leaves no half a file. */
    public static void write(List<? extends Picture> pages, Theme theme, Path out) {
        byte[] bytes = bytes(pages, theme);
        try {
            AtomicFiles.write(out, stream -> stream.write(bytes));
        } catch (FileWriteException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    /** The PDF document, each picture on a page of its own size. */
    public static byte[] bytes(List<? extends Picture> pages, Theme theme) {
        if (pages.isEmpty()) {
            throw new ExportException("a PDF needs at least one page");
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Picture first = pages.get(0);
        Document document = new Document(page(first), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, buffer);
            document.addCreator("Slotscope");
            document.open();
            Optional<FontMapper> fonts = DejaVu.mapper();
            Picture.Painting painting = new Picture.Painting(Palette.of(theme), Typography.DEFAULT);
            for (int i = 0; i < pages.size(); i++) {
                Picture picture = pages.get(i);
                if (i > 0) {
                    document.setPageSize(page(picture));
                    document.newPage();
                }
                PdfContentByte canvas = writer.getDirectContent();
                float w = (float) Math.ceil(picture.width()) * POINTS_PER_PIXEL;
                float h = (float) Math.ceil(picture.height()) * POINTS_PER_PIXEL;
                Graphics2D g = fonts.isPresent() ? canvas.createGraphics(w, h, fonts.get()) : canvas.createGraphicsShapes(w, h);
                try {
                    g.scale(POINTS_PER_PIXEL, POINTS_PER_PIXEL);
                    picture.paint(g, painting);
                } finally {
                    g.dispose();
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new ExportException("could not make the PDF: " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private static Rectangle page(Picture picture) {
        return new Rectangle((float) Math.ceil(picture.width()) * POINTS_PER_PIXEL,
                (float) Math.ceil(picture.height()) * POINTS_PER_PIXEL);
    }

    /**
     * The DejaVu font files, for text that stays text: Java2D names the face, the PDF needs its file.
     * Looked for where Linux, macOS and Windows keep fonts.
     */
    private static final class DejaVu implements FontMapper {

        private static final List<Path> FOLDERS = Stream.of("/usr/share/fonts", "/usr/local/share/fonts",
                System.getProperty("user.home") + "/.fonts", System.getProperty("user.home") + "/.local/share/fonts",
                "/Library/Fonts", System.getProperty("user.home") + "/Library/Fonts", "C:\\Windows\\Fonts").map(Path::of).toList();
        private static final int MAX_DEPTH = 4;
        private static volatile Optional<FontMapper> found;

        private final Map<String, Path> files;
        private final Map<Path, BaseFont> loaded = new HashMap<>();

        private DejaVu(Map<String, Path> files) {
            this.files = files;
        }

        static Optional<FontMapper> mapper() {
            if (found == null) {
                Map<String, Path> files = new HashMap<>();
                for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf")) {
                    find(name).ifPresent(file -> files.put(name, file));
                }
                found = files.size() == 3 ? Optional.of(new DejaVu(files)) : Optional.empty();
            }
            return found;
        }

        private static Optional<Path> find(String name) {
            for (Path folder : FOLDERS) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
                    Optional<Path> file = walk.filter(p -> p.getFileName().toString().equals(name)).findFirst();
                    if (file.isPresent()) {
                        return file;
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // An unreadable folder holds no font we can use; the next may.
                }
            }
            return Optional.empty();
        }

        @Override
        public synchronized BaseFont awtToPdf(Font font) {
            String name = font.getFamily().contains("Mono") ? "DejaVuSansMono.ttf"
                    : font.isBold() ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
            return loaded.computeIfAbsent(files.get(name), file -> {
                try {
                    // Identity-H: any character the pictures use ("·", "→", "…"), subset and embedded.
                    return BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (DocumentException | IOException e) {
                    throw new ExportException("cannot read the font " + file + ": " + e.getMessage(), e);
                }
            });
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return new Font(Typography.DEFAULT.family(), Font.PLAIN, size);
        }
    }
}
