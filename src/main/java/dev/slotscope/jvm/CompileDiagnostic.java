package dev.slotscope.jvm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One error the Java compiler reported in the user's source.
 *
 * @param line    1-based line, or 0 when the error belongs to no line
 * @param column  1-based column, or 0 when it has none
 * @param message the compiler's message, in English; it may have several lines ("symbol: …")
 */
public record CompileDiagnostic(long line, long column, String message) {

    /** Where and what, on one line: {@code Point.java line 3: ';' expected}. */
    public String display(String fileName) {
        return (line > 0 ? fileName + " line " + line : fileName) + ": " + oneLine();
    }

    /** The message on one line: javac's follow-up lines ("symbol: class Foo") go in brackets. */
    public String oneLine() {
        // javac aligns its follow-up lines with runs of spaces ("symbol:   class Foo"): one space reads better on one line.
        List<String> lines = message.lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
        if (lines.size() <= 1) {
            return lines.isEmpty() ? "" : lines.get(0);
        }
        return lines.get(0) + " (" + lines.stream().skip(1).collect(Collectors.joining("; ")) + ")";
    }
}
