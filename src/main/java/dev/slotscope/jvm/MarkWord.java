package dev.slotscope.jvm;

import dev.slotscope.layout.WordBits;

import java.util.ArrayList;
import java.util.List;

/**
 * How HotSpot packs a 64-bit mark word, by JDK: the lock bits, the GC age, the identity hash once
 * computed and, with compact object headers, the narrow class pointer. The layouts are those of
 * {@code src/hotspot/share/oops/markWord.hpp}: JDK 17 still keeps the biased-locking bit, JDK 18
 * removed biased locking, and JDK 24 moved the hash up to make room for the class bits of
 * compact headers (JEP 450) and a self-forwarded bit.
 *
 * @param jdk     the JDK feature release whose format this is
 * @param compact whether compact object headers are on (the class pointer is in the word)
 */
record MarkWord(int jdk, boolean compact) {

    private static final int LOCK_BITS = 2;
    private static final int AGE_SHIFT = 3;
    private static final int AGE_BITS = 4;
    private static final int HASH_BITS = 31;
    private static final int KLASS_SHIFT = 42;
    private static final int KLASS_BITS = 22;

    /** Where the identity hash starts: after the age and one gap bit, or four since JDK 24. */
    private int hashShift() {
        return jdk >= 24 ? 11 : 8;
    }

    /** The fields of {@code value}, most significant first, as {@code markWord.hpp} draws them. */
    WordBits decode(long value) {
        List<WordBits.Field> fields = new ArrayList<>();
        long lock = value & 0b11;
        if (compact) {
            long klass = bits(value, KLASS_SHIFT, KLASS_BITS);
            fields.add(new WordBits.Field("klass", KLASS_SHIFT, KLASS_BITS, klass, "narrow pointer to the class",
                    WordBits.Base.HEX));
        }
        // Stack-locked, inflated or marked, the word is a pointer and only its lock bits mean anything;
        // the lightweight locking of JDK 23+ leaves the rest of a locked word as it was.
        boolean readable = lock == 0b01 || jdk >= 23 && lock == 0b00;
        if (readable) {
            long hash = bits(value, hashShift(), HASH_BITS);
            fields.add(new WordBits.Field("hash", hashShift(), HASH_BITS, hash,
                    hash == 0 ? "not computed yet" : "identity hash code"));
            long age = bits(value, AGE_SHIFT, AGE_BITS);
            fields.add(new WordBits.Field("age", AGE_SHIFT, AGE_BITS, age,
                    "survived " + age + (age == 1 ? " collection" : " collections")));
            if (jdk >= 24) {
                fields.add(new WordBits.Field("self-fwd", 2, 1, bits(value, 2, 1), "set only while a GC moves it",
                        WordBits.Base.BINARY));
            } else if (jdk <= 17) {
                long biased = bits(value, 2, 1);
                fields.add(new WordBits.Field("biased_lock", 2, 1, biased, biased == 1 ? "biased" : "not biased",
                        WordBits.Base.BINARY));
            }
        }
        fields.add(new WordBits.Field("lock", 0, LOCK_BITS, lock, lockMeaning(lock), WordBits.Base.BINARY));
        return new WordBits(value, "markWord.hpp (JDK " + jdk + (compact ? ", compact headers)" : ")"), fields);
    }

    private static String lockMeaning(long lock) {
        return switch ((int) lock) {
            case 0b01 -> "unlocked";
            case 0b00 -> "locked";
            case 0b10 -> "monitor: an inflated lock";
            default -> "marked by the GC";
        };
    }

    private static long bits(long value, int shift, int width) {
        return (value >>> shift) & ((1L << width) - 1);
    }
}
