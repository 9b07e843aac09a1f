package dev.slotscope.export;

import dev.slotscope.layout.Limits;
import dev.slotscope.theme.Palette;
import dev.slotscope.theme.Theme;
import dev.slotscope.files.AtomicFiles;
import dev.slotscope.files.FileWriteException;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Turns a {@link Picture} into a PNG image at 1x, 2x or 4x, or an SVG document, and writes it atomically. */
public final class PictureWriter {

    /** The scales a PNG is exported at. */
    public static final List<Integer> SCALES = List.of(1, 2, 4);

    private PictureWriter() {
    }

    /** Writes the picture in the format the file's extension names; {@code scale} applies to PNG (PDF and SVG scale freely). */
    public static void write(Picture picture, Theme theme, int scale, Path out) {
        ImageFormat format = ImageFormat.of(out).orElseThrow(() -> new ExportException(
                "cannot tell the format of " + out + ": the name must end in .png, .svg or .pdf"));
        if (!SCALES.contains(scale)) {
            throw new ExportException("scale " + scale + " is not one of 1, 2, 4");
        }
        try {
            switch (format) {
                case PNG -> {
                    BufferedImage image = png(picture, theme, scale);
                    AtomicFiles.write(out, stream -> {
                        if (!ImageIO.write(image, "png", stream)) {
                            throw new java.io.IOException("no PNG writer in this Java");
                        }
                    });
                }
                case SVG -> {
                    byte[] bytes = svg(picture, theme).getBytes(StandardCharsets.UTF_8);
                    AtomicFiles.write(out, stream -> stream.write(bytes));
                }
                case PDF -> PdfDeck.write(List.of(picture), theme, out);
            }
        } catch (FileWriteException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }

    /** Whether the picture at {@code scale} stays within {@link Limits#PICTURE_PIXELS}. */
    public static boolean fits(Picture picture, int scale) {
        return width(picture, scale) * height(picture, scale) <= Limits.PICTURE_PIXELS;
    }

    /**
     * The picture as an image, {@code scale} image pixels per picture pixel; a picture past
     * {@link Limits#PICTURE_PIXELS} is a {@link Limits.LimitException} saying what would fit.
     */
    public static BufferedImage png(Picture picture, Theme theme, int scale) {
        Limits.checkPicture(width(picture, scale), height(picture, scale), scale > 1 && fits(picture, 1)
                ? "at scale 1 it would fit, and as SVG or PDF at any size"
                : "as SVG or PDF it would fit, or with fewer attributes");
        int width = (int) width(picture, scale);
        int height = (int) height(picture, scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            picture.paint(g, painting(theme));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static long width(Picture picture, int scale) {
        return (long) Math.ceil(picture.width()) * scale;
    }

    private static long height(Picture picture, int scale) {
        return (long) Math.ceil(picture.height()) * scale;
    }

    /** The picture as an SVG document; its text stays text. */
    public static String svg(Picture picture, Theme theme) {
        SVGGraphics2D g = new SVGGraphics2D(Math.ceil(picture.width()), Math.ceil(picture.height()));
        // A fixed prefix keeps the document the same from run to run, so it can be compared in review.
        g.setDefsKeyPrefix("slotscope");
        picture.paint(g, painting(theme));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
    }

    private static Picture.Painting painting(Theme theme) {
        return new Picture.Painting(Palette.of(theme), Typography.DEFAULT);
    }
}
