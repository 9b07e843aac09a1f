package dev.slotscope.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content in one step: the new content goes to a temporary file beside the
 * target, is forced to disk, and is then moved over the target. Readers see the old file or the
 * new one, never half of it; when anything fails the temporary file is deleted and the target is
 * left as it was.
 */
final class AtomicFile {

    /** What goes into the file; may fail half-way, which must leave the target untouched. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target}, or throws {@link LessonFileException} and changes nothing. */
    static void replace(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = folder.resolve("." + absolute.getFileName() + "." + randomTag() + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
        } catch (IOException e) {
            throw new LessonFileException("cannot write " + target + ": " + reason(e, absolute), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares, a few FUSE ones) cannot rename atomically; a plain
            // replace still never leaves a half-written target, only a brief window without one.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The failure in the user's words: the cases people meet, else the system's own reason. */
    private static String reason(IOException e, Path target) {
        Path folder = target.getParent();
        if (!Files.exists(folder)) {
            return "the folder does not exist";
        }
        if (!Files.isDirectory(folder)) {
            return folder + " is not a folder";
        }
        if (Files.isDirectory(target)) {
            return "it is a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (detail == null) {
            return "the system gave no reason";
        }
        if (detail.contains("No space left")) {
            return "the disk is full";
        }
        if (detail.contains("Read-only file system")) {
            return "the file system is read-only";
        }
        return detail;
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The write has already failed and that failure is the one to report; a stray
            // temporary file starts with a dot and names the file it was meant for.
        }
    }

    private static String randomTag() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
