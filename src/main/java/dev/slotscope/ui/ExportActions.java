package dev.slotscope.ui;

import dev.slotscope.export.ExportException;
import dev.slotscope.export.ImageFormat;
import dev.slotscope.export.Picture;
import dev.slotscope.export.PictureWriter;
import dev.slotscope.layout.Limits;
import dev.slotscope.theme.Theme;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Export and copy from the window. The picture, framed by the same {@code ScenePictures} the
 * command line uses, is taken on the JavaFX thread (it is what the view shows at that moment);
 * painting and writing, which can take longer than a frame, run on a worker, and the result is
 * reported back as one sentence.
 */
final class ExportActions {

    /** Pixels per point of a copied image: sharp on a slide without being huge. */
    static final int COPY_SCALE = 2;

    private static final ExecutorService WORKER = Background.thread("slotscope-export");

    /** Read on the JavaFX thread: what the window shows; the picture it supplies is drawn on the worker. */
    private final Supplier<Supplier<Picture>> picture;
    private final Supplier<Theme> theme;
    private final Supplier<String> suggestedName;
    private final Consumer<String> done;
    private final Consumer<String> failed;

    ExportActions(Supplier<Supplier<Picture>> picture, Supplier<Theme> theme, Supplier<String> suggestedName, Consumer<String> done,
                  Consumer<String> failed) {
        this.picture = picture;
        this.theme = theme;
        this.suggestedName = suggestedName;
        this.done = done;
        this.failed = failed;
    }

    /** Asks where to save, then exports there. */
    void chooseAndExport(Window owner, ImageFormat format, int scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(format == ImageFormat.SVG ? "Export the view as SVG" : "Export the view as PNG (" + scale + "x)");
        chooser.getExtensionFilters().add(format == ImageFormat.SVG
                ? new FileChooser.ExtensionFilter("SVG images", "*.svg") : new FileChooser.ExtensionFilter("PNG images", "*.png"));
        chooser.setInitialFileName(suggestedName.get() + (format == ImageFormat.PNG && scale > 1 ? "@" + scale + "x" : "")
                + "." + format.extension());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(file.toPath(), scale);
        }
    }

    /** Exports what the view shows now to {@code file}, in the format its extension names. */
    void export(Path file, int scale) {
        Supplier<Picture> shown = picture.get();
        Theme t = theme.get();
        WORKER.execute(() -> {
            try {
                PictureWriter.write(shown.get(), t, scale, file);
                Platform.runLater(() -> done.accept("Exported to " + file + "."));
            } catch (ExportException | Limits.LimitException e) {
                Platform.runLater(() -> failed.accept(e.getMessage() + "."));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed.accept("Could not export the view: " + e.getMessage() + "."));
            }
        });
    }

    /**
     * Puts what the view shows on the clipboard as an image: at {@link #COPY_SCALE}, or at 1x where
     * that would pass the pixel limit; a picture too big even then, or any failure, is reported.
     */
    void copy() {
        Supplier<Picture> shown = picture.get();
        Theme t = theme.get();
        WORKER.execute(() -> {
            BufferedImage image;
            try {
                Picture p = shown.get();
                image = PictureWriter.png(p, t, PictureWriter.fits(p, COPY_SCALE) ? COPY_SCALE : 1);
            } catch (Limits.LimitException e) {
                Platform.runLater(() -> failed.accept("Cannot copy the view: " + e.getMessage() + "."));
                return;
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed.accept("Could not copy the view: " + e.getMessage() + "."));
                return;
            }
            Platform.runLater(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putImage(toFx(image));
                Clipboard.getSystemClipboard().setContent(content);
                done.accept("Copied the view to the clipboard (" + image.getWidth() + " × " + image.getHeight() + " pixels).");
            });
        });
    }

    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage fx = new WritableImage(w, h);
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }
}
