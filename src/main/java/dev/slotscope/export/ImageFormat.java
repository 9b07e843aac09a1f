package dev.slotscope.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a picture is exported in; the file's extension decides. */
public enum ImageFormat {
    PNG, SVG;

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
        return Optional.empty();
    }
}
