package dev.slotscope.runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.jvm.JvmMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A VM mode has one name wherever it is shown, unabridged: the words of the id the command line
 * takes, on a bar, a chart's series, the runtime menu, a heading and a sentence.
 */
class ModeNamesTest {

    @ParameterizedTest
    @EnumSource(JvmMode.class)
    void aModeIsNamedInFullAndTheSameEverywhere(JvmMode mode) {
        Runtime runtime = Runtime.fromId(mode.runtimeId());
        String name = mode.title();
        if (!mode.measured()) {
            // "jdk25-compact" is said "JDK 25 · compact headers": the same letters and digits, in order.
            String idWords = lettersAndDigits(mode.runtimeId().substring("jvm-estimate:".length()));
            assertTrue(lettersAndDigits(name).startsWith(idWords), name + " says the words of its id, " + mode.runtimeId());
        }
        assertEquals(name, runtime.shortName(), "on a bar and a chart's series");
        for (String shown : List.of(runtime.displayName(), runtime.heading(), runtime.inWords(),
                runtime.lessonClaim(AttributeNames.DEFAULT))) {
            assertTrue(shown.contains(name), "'" + shown + "' names the mode " + name);
            assertTrue(!shown.contains("…") && !shown.contains("coops"), shown);
        }
    }

    private static String lettersAndDigits(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
