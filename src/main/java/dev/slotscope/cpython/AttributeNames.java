package dev.slotscope.cpython;

import dev.slotscope.layout.Limits;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of attribute names, each a valid Python identifier, as the user writes them.
 * Built only through {@link #parse} or {@link #of}, which reject bad names with a message meant
 * for the user. A private name such as {@code __x} is kept as written; {@link #storedIn} gives
 * the names Python stores once the class body has mangled them.
 */
public record AttributeNames(List<String> names) {

    /**
     * The attributes without {@code '__dict__'} and {@code '__weakref__'}: what a class without
     * {@code __slots__} would declare, to compare a slotted class with.
     */
    public AttributeNames withoutSlotRequests() {
        return new AttributeNames(names.stream().filter(n -> !SLOT_REQUESTS.contains(n)).toList());
    }

    /** The lesson's point: {@code x, y}. */
    public static final AttributeNames DEFAULT = new AttributeNames(List.of("x", "y"));

    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    /** Names that in {@code __slots__} ask for a per-instance dict or weak-reference list. */
    public static final List<String> SLOT_REQUESTS = List.of("__dict__", "__weakref__");

    public AttributeNames {
        names = List.copyOf(names);
    }

    /** Parses a comma-separated list such as {@code "x, y"}; an empty or blank text means none. */
    public static AttributeNames parse(String text) {
        return of(split(text));
    }

    /**
     * Parses the attributes to add after construction, such as {@code "z, w"}: names as {@link #parse}
     * takes them, at most {@link Limits#ADDED} of them.
     */
    public static List<String> parseAdded(String text) {
        List<String> parts = split(text);
        Limits.checkAdded(parts.size());
        return checked(parts).names();
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            parts.add(part.strip());
        }
        return parts;
    }

    /**
     * The attributes a class declares: names {@link #checkName} accepts, and {@code '__dict__'}
     * or {@code '__weakref__'}, which mean something in {@code __slots__}; at most {@link Limits#ATTRIBUTES} of them.
     */
    public static AttributeNames of(List<String> candidates) {
        Limits.checkAttributes(candidates.size());
        return checked(candidates);
    }

    private static AttributeNames checked(List<String> candidates) {
        Set<String> seen = new HashSet<>();
        for (String name : candidates) {
            if (!SLOT_REQUESTS.contains(name)) {
                checkName(name);
            }
            if (!seen.add(name)) {
                throw new InvalidAttributeNameException("'" + name + "' appears twice: each attribute needs its own name");
            }
        }
        return new AttributeNames(candidates);
    }

    /** Throws {@link InvalidAttributeNameException} when {@code name} cannot be set as an attribute. */
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
        if (name.equals("self")) {
            throw new InvalidAttributeNameException("'self' is the name __init__ gives the instance itself; pick another name");
        }
        if (name.equals("__dict__") || name.equals("__weakref__")) {
            throw new InvalidAttributeNameException("'" + name + "' is not an attribute of its own: it is the instance's "
                    + (name.equals("__dict__") ? "attribute dictionary" : "weak-reference list")
                    + ", which a slotted class asks for by listing '" + name + "' in __slots__");
        }
        if (isDunder(name)) {
            throw new InvalidAttributeNameException("'" + name + "' begins and ends with '__': such names belong to Python"
                    + " (special methods and attributes); use a name like '__" + name.replaceAll("^_+|_+$", "")
                    + "' for a private one");
        }
    }

    /** {@code __x__}: not mangled, and by convention Python's own ({@code ___} is neither). */
    private static boolean isDunder(String name) {
        return name.startsWith("__") && name.endsWith("__") && !name.replace("_", "").isEmpty();
    }

    /**
     * The name Python stores for {@code name} written inside the body of class {@code className}
     * ({@code _Py_Mangle}): {@code __x} becomes {@code _ClassName__x}, leading underscores of the
     * class name dropped; names ending in {@code __}, and any name in a class named only
     * underscores, stay as they are. Outside a class body nothing is mangled.
     */
    public static String mangled(String name, String className) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /**
     * The names as stored by a class whose body (its {@code __init__}, {@code __slots__} or
     * annotations) writes them; throws when two written names become one stored name.
     */
    public AttributeNames storedIn(String className) {
        List<String> stored = new ArrayList<>();
        for (String name : names) {
            String s = mangled(name, className);
            int earlier = stored.indexOf(s);
            if (earlier >= 0) {
                throw new InvalidAttributeNameException("'" + names.get(earlier) + "' and '" + name + "' are one name in "
                        + className + ": Python stores both as '" + s + "'");
            }
            stored.add(s);
        }
        return new AttributeNames(stored);
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
