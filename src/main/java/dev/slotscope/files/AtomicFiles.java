package dev.slotscope.files;

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
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old file or the complete new one: the bytes go to
 * a temporary file beside the target, are forced to disk, and the temporary file is then moved
 * over the target. When anything fails the temporary file is deleted and the target is left as
 * it was. Exported pictures and lesson files are both written this way.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What produces a file's bytes; it may fail half-way, and then nothing is left behind. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target}, or throws {@link FileWriteException} and changes nothing. */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute) || !Files.isDirectory(folder)) {
            throw new FileWriteException("cannot write " + target + ": " + reason(null, absolute), null);
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "." + randomTag() + ".part");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            givePermissions(temp, absolute);
            move(temp, absolute);
            moved = true;
        } catch (IOException e) {
            throw new FileWriteException("cannot write " + target + ": " + reason(e, absolute), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * The finished file gets the permissions of the file it replaces, or those of an ordinary new
     * file, not the owner-only ones a temporary file would keep.
     */
    private static void givePermissions(Path temp, Path target) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (network shares, a few FUSE ones) cannot rename atomically; a plain
            // replace still never leaves a half-written target.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The failure in the user's words: the cases people meet, else the system's own reason. */
    static String reason(IOException e, Path target) {
        Path folder = target.getParent();
        if (folder == null || !Files.exists(folder)) {
            return "the folder " + folder + " does not exist";
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
        String detail = e == null ? null : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        if (detail == null) {
            return "the system gave no reason";
        }
        if (detail.contains("No space left") || detail.contains("Disk quota")) {
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
