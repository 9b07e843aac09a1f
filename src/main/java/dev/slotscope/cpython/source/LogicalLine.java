package dev.slotscope.cpython.source;

import java.util.ArrayList;
import java.util.List;

/**
 * One logical line of Python: physical lines joined inside brackets, triple-quoted strings and
 * after a backslash, without its comment, with the indentation of its first physical line.
 *
 * @param number the line it starts on, from 1
 * @param indent its indentation in columns (a tab advances to the next multiple of 8, as Python counts)
 * @param text   its text, trimmed
 */
record LogicalLine(int number, int indent, String text) {

    /** The logical lines of {@code source} that hold something other than blanks and comments. */
    static List<LogicalLine> split(String source) {
        List<LogicalLine> lines = new ArrayList<>();
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder current = new StringBuilder();
        int line = 1;
        int start = 1;
        int indent = 0;
        boolean atStart = true;
        int depth = 0;
        char quote = 0;
        boolean triple = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (atStart) {
                // Measure the indentation of a new logical line.
                int column = 0;
                int j = i;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\f')) {
                    column = text.charAt(j) == '\t' ? (column / 8 + 1) * 8 : text.charAt(j) == ' ' ? column + 1 : 0;
                    j++;
                }
                indent = column;
                start = line;
                atStart = false;
                i = j - 1;
                continue;
            }
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                } else if (c == '\n') {
                    line++;
                    if (!triple) {
                        throw new SourceException(line - 1, "SyntaxError: unterminated string literal");
                    }
                } else if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(2), i + 1))) {
                    if (triple) {
                        current.append(quote).append(quote);
                        i += 2;
                    }
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '#' -> {
                    while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        i++;
                    }
                }
                case '\'', '"' -> {
                    quote = c;
                    triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    current.append(c);
                    if (triple) {
                        current.append(c).append(c);
                        i += 2;
                    }
                }
                case '(', '[', '{' -> {
                    depth++;
                    current.append(c);
                }
                case ')', ']', '}' -> {
                    depth = Math.max(0, depth - 1);
                    current.append(c);
                }
                case '\\' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                        line++;
                        current.append(' ');
                    } else {
                        current.append(c);
                    }
                }
                case '\n' -> {
                    line++;
                    if (depth > 0) {
                        current.append(' ');
                    } else {
                        end(lines, start, indent, current);
                        atStart = true;
                    }
                }
                default -> current.append(c);
            }
        }
        if (quote != 0) {
            throw new SourceException(start, "SyntaxError: unterminated " + (triple ? "triple-quoted " : "") + "string literal");
        }
        if (depth > 0) {
            throw new SourceException(start, "SyntaxError: '(' was never closed");
        }
        end(lines, start, indent, current);
        return lines;
    }

    private static void end(List<LogicalLine> lines, int start, int indent, StringBuilder current) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new LogicalLine(start, indent, text));
        }
        current.setLength(0);
    }

    /** The places in {@code text} that are outside strings and outside brackets, in order. */
    private static List<Integer> topLevel(String text) {
        List<Integer> places = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0) {
                places.add(i);
            }
        }
        return places;
    }

    /** {@code text} split at {@code separator}s outside brackets and strings. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i : topLevel(text)) {
            if (text.charAt(i) == separator) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        String last = text.substring(from);
        if (!parts.isEmpty() || !last.isBlank()) {
            parts.add(last);
        }
        return parts;
    }

    /**
     * An assignment statement's targets and then its value, split at each {@code =} that assigns
     * (not {@code ==}, {@code <=}, {@code +=}…, nor inside brackets or strings); one part when the
     * line assigns nothing.
     */
    static List<String> splitAssignments(String text) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        int skip = -1;
        for (int i : topLevel(text)) {
            if (text.charAt(i) != '=' || i == skip) {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (after == '=') {
                // "==": neither of its two characters assigns.
                skip = i + 1;
            } else if ("=<>!+-*/%&|^@:".indexOf(before) < 0) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }
}
