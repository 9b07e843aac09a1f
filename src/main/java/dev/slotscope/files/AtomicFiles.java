package dev.slotscope.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** What writes a set of files into a fresh folder and names them, in order; it may fail half-way. */
    @FunctionalInterface
    public interface FolderContent {
        List<String> writeInto(Path folder);
    }

    /**
     * Writes a set of files (a slide deck) into {@code folder} so that it never ends up mixed: the
     * files are written into a fresh hidden folder inside it first, and only when all are complete,
     * and none of their names is taken by a folder, are they moved into place, each by a rename.
     * Returns the files in {@code folder}, in order. A failure before the moves is a
     * {@link FileWriteException} and changes nothing; one during them (the disk changed under
     * the export) names exactly the files already replaced.
     */
    public static List<Path> writeAll(Path folder, FolderContent content) {
        Path staging;
        try {
            staging = Files.createDirectory(folder.resolve(".slotscope-export-" + randomTag() + ".part"));
        } catch (IOException e) {
            throw new FileWriteException("cannot write into " + folder + ": " + reason(e, folder.resolve("-").toAbsolutePath())
                    + "; nothing in it was changed", e);
        }
        try {
            List<String> names = content.writeInto(staging);
            for (String name : names) {
                if (Files.isDirectory(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileWriteException("cannot write " + folder.resolve(name) + ": a folder of that name is in the way,"
                            + " so nothing in " + folder + " was changed", null);
                }
            }
            List<Path> placed = new ArrayList<>();
            for (String name : names) {
                Path target = folder.resolve(name);
                try {
                    move(staging.resolve(name), target);
                } catch (IOException e) {
                    throw new FileWriteException("cannot write " + target + ": " + reason(e, target.toAbsolutePath())
                            + (placed.isEmpty() ? "; nothing in " + folder + " was changed"
                            : "; of the new deck only " + placed.stream().map(p -> p.getFileName().toString())
                            .collect(Collectors.joining(", ")) + " took the old files' place"), e);
                }
                placed.add(target);
            }
            return placed;
        } finally {
            deleteTree(staging);
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

    private static void deleteTree(Path folder) {
        try (Stream<Path> inside = Files.list(folder)) {
            inside.forEach(AtomicFiles::deleteQuietly);
        } catch (IOException e) {
            // As for a single file: the export's own outcome is what the user needs to hear.
        }
        deleteQuietly(folder);
    }

    private static String randomTag() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
