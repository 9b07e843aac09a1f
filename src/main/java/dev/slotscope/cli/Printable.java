package dev.slotscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Text from the user, made safe to print on a terminal: control characters (an escape sequence in
 * an attribute name or a file name) are shown as {@code \u001b} rather than obeyed, so a message
 * cannot recolour, move the cursor or hide itself.
 */
final class Printable {

    private Printable() {
    }

    /** {@code text} with every control character escaped, line breaks too: one line, as written. */
    static String escaped(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.chars().forEach(c -> escapeInto(s, (char) c, false));
        return s.toString();
    }

    /** A writer that escapes the control characters passing through it, except line breaks and tabs. */
    static Writer escaping(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                out.write(escapedChar((char) c));
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                write(new String(chars, offset, length), 0, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                StringBuilder s = new StringBuilder(length);
                for (int i = offset; i < offset + length; i++) {
                    escapeInto(s, text.charAt(i), true);
                }
                out.write(s.toString());
            }
        };
    }

    private static String escapedChar(char c) {
        StringBuilder s = new StringBuilder();
        escapeInto(s, c, true);
        return s.toString();
    }

    private static void escapeInto(StringBuilder s, char c, boolean keepLines) {
        boolean control = c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0;
        if (!control || keepLines && (c == '\n' || c == '\r' || c == '\t')) {
            s.append(c);
        } else {
            s.append(String.format("\\u%04x", (int) c));
        }
    }
}
