package dev.slotscope.jvm;

import dev.slotscope.layout.WordBits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mark word layouts of markWord.hpp, per JDK, read bit by bit. */
class MarkWordTest {

    private static List<String> texts(WordBits word) {
        return word.fields().stream().map(WordBits.Field::text).toList();
    }

    @Test
    void jdk17KeepsTheBiasedLockBitAndTheHashAtBit8() {
        long hash = 0x55040f2fL;
        WordBits word = new MarkWord(17, false).decode(hash << 8 | 2L << 3 | 0b01);
        assertEquals(List.of("hash:31 = 1426329391 (identity hash code)", "age:4 = 2 (survived 2 collections)",
                "biased_lock:1 = 0 (not biased)", "lock:2 = 01 (unlocked)"), texts(word));
        assertEquals("markWord.hpp (JDK 17)", word.source());
    }

    @Test
    void aFreshObjectHasNoHashYet() {
        WordBits word = new MarkWord(21, false).decode(1);
        assertEquals(List.of("hash:31 = 0 (not computed yet)", "age:4 = 0 (survived 0 collections)", "lock:2 = 01 (unlocked)"),
                texts(word));
        assertEquals("0x0000000000000001", word.hex());
    }

    @Test
    void jdk25CompactHeadersCarryTheClassAboveTheHashAtBit11() {
        long klass = 0x2a1bL;
        long hash = 77;
        WordBits word = new MarkWord(25, true).decode(klass << 42 | hash << 11 | 1L << 3 | 0b01);
        assertEquals(List.of("klass:22 = 0x2a1b (narrow pointer to the class)", "hash:31 = 77 (identity hash code)",
                "age:4 = 1 (survived 1 collection)", "self-fwd:1 = 0 (set only while a GC moves it)",
                "lock:2 = 01 (unlocked)"), texts(word));
    }

    @Test
    void aStackLockedWordIsAPointerSoOnlyItsLockBitsAreRead() {
        assertEquals(List.of("lock:2 = 00 (locked)"), texts(new MarkWord(17, false).decode(0x7f00_1234_5670L)));
        assertEquals(List.of("lock:2 = 10 (monitor: an inflated lock)"), texts(new MarkWord(25, false).decode(0x7f00_1234_5672L)));
    }
}
