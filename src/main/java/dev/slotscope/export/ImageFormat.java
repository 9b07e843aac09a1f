package dev.slotscope.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a picture is exported in; the file's extension decides. A PDF holds one page per
 * picture: a lesson's whole deck, or one view.
 */
public enum ImageFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImageFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (name.endsWith(".svg")) {
            return Optional.of(SVG);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }
}
