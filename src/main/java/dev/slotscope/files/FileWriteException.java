package dev.slotscope.files;

/** A file that could not be written, with one sentence a user can act on: "cannot write P: the disk is full". */
public final class FileWriteException extends RuntimeException {
    public FileWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
