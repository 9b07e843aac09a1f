package dev.slotscope.lesson;

/**
 * A lesson that cannot be read or written. The message is one sentence meant for the user: what
 * went wrong and where (the file, and in it the line and column or the scene and field); the
 * underlying exception, if any, is kept as the cause for the log, never spelled out in the message.
 */
public final class LessonFileException extends RuntimeException {
    public LessonFileException(String message) {
        super(message);
    }

    public LessonFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
