package dev.slotscope.layout;

import java.util.List;

/**
 * A header word read from a live object and split into the bit fields its runtime packs into it,
 * such as a HotSpot mark word's lock bits, age and identity hash: what the word's bytes alone do
 * not tell.
 *
 * @param value  the word as read, all 64 bits
 * @param source where the format is defined, e.g. {@code markWord.hpp (JDK 17)}
 * @param fields the fields that mean something, most significant first, unused bits left out
 */
public record WordBits(long value, String source, List<Field> fields) {

    public WordBits {
        fields = List.copyOf(fields);
    }

    /**
     * One field of the word.
     *
     * @param name    as the runtime's source names it: {@code hash}, {@code age}, {@code lock}
     * @param low     its least significant bit
     * @param width   its number of bits
     * @param value   its bits, shifted down
     * @param meaning what this value means, in a few words: "unlocked", "not computed yet"
     * @param base    how the value is best read
     */
    public record Field(String name, int low, int width, long value, String meaning, Base base) {

        /** A field read as a number, in decimal. */
        public Field(String name, int low, int width, long value, String meaning) {
            this(name, low, width, value, meaning, Base.DECIMAL);
        }

        /** The value written in its base: lock bits as {@code 01}, a pointer as {@code 0x2a1b}, a count as {@code 2}. */
        public String valueText() {
            return switch (base) {
                case BINARY -> {
                    String bits = Long.toBinaryString(value);
                    yield "0".repeat(Math.max(0, width - bits.length())) + bits;
                }
                case HEX -> "0x" + Long.toHexString(value);
                case DECIMAL -> Long.toString(value);
            };
        }

        /** "hash:31 = 0 (not computed yet)", as a header's bit diagram reads. */
        public String text() {
            return name + ":" + width + " = " + valueText() + (meaning.isEmpty() ? "" : " (" + meaning + ")");
        }
    }

    /** How a field's value is written: flags bit by bit, addresses in hex, numbers in decimal. */
    public enum Base {
        BINARY, DECIMAL, HEX
    }

    /** "0x0000000000000001", all sixteen digits, as a debugger shows a word. */
    public String hex() {
        return String.format("0x%016x", value);
    }
}
