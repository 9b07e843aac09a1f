package dev.slotscope.runtime;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.LiveWords;
import dev.slotscope.jvm.probe.LocalJdk;
import dev.slotscope.jvm.probe.LocalJdks;
import dev.slotscope.jvm.probe.LocalJvm;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A local JDK measured in a child VM is a JVM runtime like the others, with a name and an id of its own. */
class LocalJdkRuntimeTest {

    @Test
    void itIsAJvmRuntimeNamedByItsJdkAndOptions() {
        LocalJdk jdk = new LocalJdk(Path.of("/opt/jdk-25"), 25, "25.0.1", "Temurin");
        Runtime compact = Runtime.Jvm.measuredOn(LocalJvm.of(jdk, List.of("-XX:+UseCompactObjectHeaders")));
        assertTrue(compact instanceof Runtime.Jvm, "what holds of every JVM runtime holds of it");
        assertEquals("JVM · JDK 25 · compact headers (measured)", compact.displayName());
        assertEquals("JDK 25 · compact headers", compact.shortName());
        assertEquals("JVM (JDK 25, compact headers)", compact.heading());
        assertEquals("jvm@" + Path.of("/opt/jdk-25") + ",-XX:+UseCompactObjectHeaders", compact.id());
        assertTrue(compact.measurable());
        assertTrue(compact.siblings().contains(compact) && compact.siblings().contains(new Runtime.Jvm(JvmMode.LIVE)));
    }

    @Test
    void itIsFoundAgainByItsIdAndMeasuresInAChild() {
        Runtime running = Runtime.Jvm.measuredOn(LocalJvm.of(LocalJdks.running(), List.of("-XX:-UseCompressedOops")));
        assertEquals(running, Runtime.fromId(running.id()));
        ClassChoice slotted = running.lessonClass("slotted");
        // The estimate reads no mark word; the child measured a real one.
        assertEquals(new JvmLens().describe(JvmVariant.SLOTTED, AttributeNames.DEFAULT, JvmMode.NO_COMPRESSED_OOPS)
                .layout(), LiveWords.removed(running.describe(slotted, AttributeNames.DEFAULT).layout()));
    }

    @Test
    void everyLocalJdkIsOfferedInEveryWayThatChangesItsLayout() {
        List<Runtime> offered = Runtime.Jvm.onLocalJdks();
        LocalJdk running = LocalJdks.running();
        assertEquals(Runtime.Jvm.measuredOn(new LocalJvm(running, List.of())), offered.get(0), "the running JDK first");
        List<String> names = offered.stream().map(Runtime::shortName).toList();
        assertTrue(names.contains(running.shortName() + " · no compressed oops"), names.toString());
        assertTrue(names.contains(running.shortName() + " · 16-byte alignment"), names.toString());
        for (LocalJdk jdk : LocalJdks.find()) {
            assertEquals(jdk.feature() >= 24, names.contains(jdk.shortName() + " · compact headers"), names.toString());
        }
    }
}
