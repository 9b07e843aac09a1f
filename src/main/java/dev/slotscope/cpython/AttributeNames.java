package dev.slotscope.cpython;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of attribute names, each a valid Python identifier. Built only through
 * {@link #parse} or {@link #of}, which reject bad names with a message meant for the user.
 */
public record AttributeNames(List<String> names) {

    /** The lesson's point: {@code x, y}. */
    public static final AttributeNames DEFAULT = new AttributeNames(List.of("x", "y"));

    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    public AttributeNames {
        names = List.copyOf(names);
    }

    /** Parses a comma-separated list such as {@code "x, y"}; an empty or blank text means none. */
    public static AttributeNames parse(String text) {
        if (text == null || text.isBlank()) {
            return new AttributeNames(List.of());
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            parts.add(part.strip());
        }
        return of(parts);
    }

    public static AttributeNames of(List<String> candidates) {
        Set<String> seen = new HashSet<>();
        for (String name : candidates) {
            checkName(name);
            if (!seen.add(name)) {
                throw new InvalidAttributeNameException("'" + name + "' appears twice: each attribute needs its own name");
            }
        }
        return new AttributeNames(candidates);
    }

    /** Throws {@link InvalidAttributeNameException} when {@code name} cannot be an attribute here. */
    public static void checkName(String name) {
        if (name.isEmpty()) {
            throw new InvalidAttributeNameException("an attribute name is empty (two commas in a row?)");
        }
        if (!isIdentifier(name)) {
            throw new InvalidAttributeNameException("'" + name + "' is not a Python identifier");
        }
        if (KEYWORDS.contains(name)) {
            throw new InvalidAttributeNameException("'" + name + "' is a Python keyword and cannot be an attribute name");
        }
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFKC)) {
            throw new InvalidAttributeNameException("'" + name + "' changes under Unicode NFKC normalisation; write it as '"
                    + Normalizer.normalize(name, Normalizer.Form.NFKC) + "'");
        }
        if (name.startsWith("__")) {
            throw new InvalidAttributeNameException("'" + name + "' starts with '__': Python mangles or reserves such names");
        }
    }

    static boolean isIdentifier(String name) {
        int first = name.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(c ->
                Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    public int size() {
        return names.size();
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** Names in the order CPython lays out {@code __slots__}: sorted by code point. */
    public List<String> slotOrder() {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(AttributeNames::compareCodePoints);
        return List.copyOf(sorted);
    }

    /** A name not yet in the list, in the style of the next one a learner would type. */
    public String nextFreeName() {
        for (String candidate : List.of("z", "w", "v")) {
            if (!names.contains(candidate)) {
                return candidate;
            }
        }
        for (int i = 1; ; i++) {
            if (!names.contains("z" + i)) {
                return "z" + i;
            }
        }
    }

    /** "x, y", or "(none)". */
    public String display() {
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return java.util.Arrays.compare(x, y);
    }
}
