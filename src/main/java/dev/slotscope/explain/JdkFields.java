package dev.slotscope.explain;

import java.util.Map;
import java.util.Optional;

/**
 * The JDK fields the lesson's object graphs reach, in the JDK's own words where its sources
 * comment them ({@code java.util.HashMap}, {@code java.util.AbstractMap}, {@code java.lang.String},
 * {@code java.lang.Double}); other fields get the general texts of {@link JvmTexts}.
 */
final class JdkFields {

    private static final String COMPACT_STRINGS = "JDK 9 (JEP 254, Compact Strings) replaced String's char[] by a"
            + " byte[] and a coder.";
    private static final String LAZY_VIEW = "Collection views are made on first use and kept here; they hold no"
            + " data of their own.";

    /** Keyed by the declaring class's binary name, a dot, and the field name. */
    private static final Map<String, Facts> FIELDS = Map.ofEntries(
            field("java.util.HashMap$Node", "hash", "The key's hash, spread as h ^ (h >>> 16) of its hashCode(),"
                    + " stored when the node is made.", "Lookups compare it before calling equals(), and a resize"
                    + " places the node by it without calling hashCode() again."),
            field("java.util.HashMap$Node", "key", "A reference to the key.",
                    "A lookup whose hash matches confirms the key with == or equals()."),
            field("java.util.HashMap$Node", "value", "A reference to the value.",
                    "HashMap stores each mapping in a node object of its own, so the value is one more reference."),
            field("java.util.HashMap$Node", "next", "The next node in the same bucket, or null.",
                    "Keys whose hashes pick the same bucket are chained through this field."),
            field("java.util.HashMap", "table", "The bucket array: allocated on the first put, its length always a"
                    + " power of two.", "A key's bucket is (table.length - 1) & hash, so a power-of-two length makes"
                    + " the index a bit mask."),
            field("java.util.HashMap", "entrySet", "The cached entrySet() view, or null until it is asked for.",
                    LAZY_VIEW),
            field("java.util.HashMap", "size", "The number of key-value mappings.",
                    "size() returns it without walking the table."),
            field("java.util.HashMap", "modCount", "How many times the map was structurally modified.",
                    "Iterators compare it to fail fast with a ConcurrentModificationException."),
            field("java.util.HashMap", "threshold", "The size at which the table is resized: capacity times the load"
                    + " factor.", "Keeping the table at most this full keeps the chains in the buckets short."),
            field("java.util.HashMap", "loadFactor", "How full the table may get before it grows: 0.75 by default.",
                    "It trades the table's size against the length of the chains in its buckets."),
            field("java.util.AbstractMap", "keySet", "The cached keySet() view, or null until it is asked for.",
                    LAZY_VIEW),
            field("java.util.AbstractMap", "values", "The cached values() view, or null until it is asked for.",
                    LAZY_VIEW),
            field("java.lang.String", "value", "The characters, as bytes: one per character for Latin-1 strings,"
                    + " two for UTF-16.", "The characters live in a separate array object, which this field points"
                    + " at.", COMPACT_STRINGS),
            field("java.lang.String", "coder", "Which encoding the bytes of value use: LATIN1 or UTF16.",
                    "Most strings need only Latin-1, one byte per character.", COMPACT_STRINGS),
            field("java.lang.String", "hash", "The cached hash code: 0 until hashCode() is first called.",
                    "A string's hash is computed once, then read from here."),
            field("java.lang.String", "hashIsZero", "True when the hash was computed and really is 0.",
                    "Without it, a string whose hash is 0 would compute it again on every call."),
            field("java.lang.Double", "value", "The double itself.",
                    "A Double is an object around one double: boxing adds a header and a reference to 8 bytes of"
                            + " data."));

    private JdkFields() {
    }

    /** The texts for a field, when it is one of the JDK fields above. */
    static Optional<Facts> of(String declaringClass, String name) {
        return Optional.ofNullable(FIELDS.get(declaringClass + "." + name));
    }

    private static Map.Entry<String, Facts> field(String declaringClass, String name, String what, String why) {
        return field(declaringClass, name, what, why, "");
    }

    private static Map.Entry<String, Facts> field(String declaringClass, String name, String what, String why,
                                                  String history) {
        return Map.entry(declaringClass + "." + name,
                new Facts(what, why, history, JavaNames.sourceName(declaringClass) + "." + name));
    }
}
