package dev.slotscope.jvm.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A class whose static initialiser writes a file named by a system property. */
public class FileWritingInit {
    static {
        try {
            Files.writeString(Path.of(System.getProperty("slotscope.test.marker")), "static initialiser ran");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int count;
    private String name;
}
