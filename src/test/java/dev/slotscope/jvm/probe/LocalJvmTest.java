package dev.slotscope.jvm.probe;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.jvm.JavaCompilation;
import dev.slotscope.jvm.JavaSourceCompiler;
import dev.slotscope.jvm.JvmLens;
import dev.slotscope.jvm.JvmLensException;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.JvmVariant;
import dev.slotscope.layout.LiveWords;
import dev.slotscope.layout.Region;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.MeasurementCancelledException;
import dev.slotscope.memory.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The probe in child VMs: of the running JDK (it must agree with the lens here) and of JDK 25, found as a user's would be. */
class LocalJvmTest {

    private static final AttributeNames XY = AttributeNames.parse("x,y");

    private final JvmLens here = new JvmLens();
    private final LocalJvm child = LocalJvm.runningJdk();

    @Test
    void theRunningJdkInAChildLaysOutEveryLessonVariantAsThisVm() {
        for (JvmVariant v : JvmVariant.values()) {
            JvmObject inChild = child.describe(v, XY, JvmMode.LIVE);
            JvmObject inThisVm = here.describe(v, XY, JvmMode.LIVE);
            assertEquals(LiveWords.removed(inThisVm.layout()), LiveWords.removed(inChild.layout()), v.id());
            assertTrue(inChild.layout().instance().regions().get(0).bits().isPresent(), "the child reads its mark word");
            assertEquals(inThisVm.buckets(), inChild.buckets(), v.id());
            assertEquals(inThisVm.notes(), inChild.notes(), v.id());
            assertEquals(inThisVm.vm().banner(), inChild.vm().measuredBy("", List.of()).banner(), v.id());
        }
    }

    @Test
    void theRunningJdkInAChildLaysOutHashMapAndGrowsAsThisVm() {
        JvmObject inChild = child.describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, true);
        assertEquals(LiveWords.removed(here.describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, true).layout()),
                LiveWords.removed(inChild.layout()));
        assertEquals(LocalJdks.running().vendor(), inChild.vm().vendor(), "the child says which JDK measured it");
        assertEquals(List.of(), inChild.vm().vmOptions(), "and that it was started with no option of the user's");
        List<String> add = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");
        List<GrowthStep> grown = child.grow(JvmVariant.STANDARD, XY, add, JvmMode.LIVE);
        assertEquals(LiveWords.removedFromSteps(here.grow(JvmVariant.STANDARD, XY, add, JvmMode.LIVE)),
                LiveWords.removedFromSteps(grown));
        assertEquals(32, grown.get(grown.size() - 1).table().orElseThrow().slots(), "the 13th key resized the table");
    }

    @Test
    void theRunningJdkInAChildMeasuresInstances() {
        List<Double> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(double done) {
                reported.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        Measurement m = child.measure(JvmVariant.SLOTTED, XY, new InstanceCount(100_000), progress);
        assertEquals(1.0, reported.get(reported.size() - 1), "the child's progress reaches the caller");
        int perInstance = here.describe(JvmVariant.SLOTTED, XY, JvmMode.LIVE).layout().ownedBytes();
        assertEquals(perInstance, m.bytesPerInstance(), perInstance * 0.05, m.measuredBy());
        assertTrue(m.measuredBy().contains("in a child VM"), m.measuredBy());
    }

    @Test
    void aCancelledMeasurementStopsTheChild() {
        Progress cancelled = new Progress() {
            @Override
            public void update(double done) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        long start = System.nanoTime();
        assertThrows(MeasurementCancelledException.class,
                () -> child.measure(JvmVariant.STANDARD, XY, new InstanceCount(10_000_000), cancelled));
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "stopped at once, not after the measurement");
    }

    /** JDK 25, found where a user's machine would be searched; its HashMap measured against jol-core run on it by hand. */
    @Test
    void jdk25MeasuresCompactHeadersAndItsOwnFieldOrder() {
        Optional<LocalJdk> found = LocalJdks.find().stream().filter(j -> j.feature() >= 25).findFirst();
        assumeTrue(found.isPresent(), "no JDK 25 or newer installed where Slotscope looks (JAVA_HOME, /usr/lib/jvm, "
                + "SDKMAN, ~/.jdks): the probe on a second JDK is not tested here");
        LocalJdk jdk25 = found.get();

        JvmObject compact = LocalJvm.of(jdk25, List.of("-XX:+UseCompactObjectHeaders"))
                .describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, false);
        assertEquals(8, compact.vm().headerSize());
        assertTrue(compact.vm().compactHeaders());
        assertEquals(40, compact.instanceSize());
        // JDK 25 groups references first across the hierarchy: table and entrySet at 16 and 20 (JDK-8353273).
        assertEquals(List.of("keySet@8", "values@12", "table@16", "entrySet@20", "size@24", "modCount@28",
                "threshold@32", "loadFactor@36"), fields(compact));
        assertEquals(List.of("-XX:+UseCompactObjectHeaders"), compact.vm().vmOptions());
        assertTrue(compact.vm().jdk().startsWith(jdk25.version()), compact.vm().jdk());

        JvmObject plain = LocalJvm.of(jdk25, List.of("-XX:-UseCompactObjectHeaders"))
                .describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, false);
        assertEquals(12, plain.vm().headerSize());
        assertEquals(48, plain.instanceSize());
        assertEquals("table@20", fields(plain).get(2));

        JvmObject wide = LocalJvm.of(jdk25, List.of("-XX:-UseCompressedOops"))
                .describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, false);
        assertFalse(wide.vm().compressedOops());
        assertEquals(64, wide.instanceSize());
        assertEquals(List.of("size@12", "keySet@16", "values@24", "table@32", "entrySet@40", "modCount@48",
                "threshold@52", "loadFactor@56"), fields(wide));
    }

    @Test
    void aJdkThatRefusesAnOptionOrHasNoCompactHeadersGetsOneSentence() {
        LocalJdk running = LocalJdks.running();
        String refused = assertThrows(JvmLensException.class, () -> LocalJvm.of(running, List.of("-XX:+NoSuchOption"))
                .describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, false)).getMessage();
        assertEquals(running.displayName() + " refused the VM options -XX:+NoSuchOption: Unrecognized VM option"
                + " 'NoSuchOption'", refused);
        assumeTrue(running.feature() < 24, "the running JDK has compact headers");
        String none = assertThrows(JvmLensException.class, () -> LocalJvm.of(running, List.of("-XX:+UseCompactObjectHeaders"))
                .describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, false)).getMessage();
        assertTrue(none.endsWith("has no compact object headers (-XX:±UseCompactObjectHeaders): they came with JDK 24"), none);
    }

    /** A view shows a user's class in every mode: one child makes its instances once and lays them out in all. */
    @Test
    void aUsersClassIsMadeInOneChildForEveryModeAViewShows(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("constructed.txt");
        JavaCompilation.Compiled unit = JavaSourceCompiler.compile("Logged.java", """
                public class Logged {
                    Object[] items = new Object[3];
                    public Logged() throws Exception {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "made ",
                                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                    }
                }
                """.formatted(log.toString().replace("\\", "\\\\"))).compiled();
        for (JvmMode mode : JvmMode.values()) {
            JvmObject object = here.describeCompiled(unit, Optional.empty(), mode, true);
            assertTrue(object.graphWalked(), mode.runtimeId());
            assertEquals(mode.runtimeId(), object.vm().mode());
        }
        assertEquals("made made ", Files.readString(log), "one instance and the other it is compared with, once");
        assertEquals(24, here.describeCompiled(unit, Optional.empty(), JvmMode.NO_COMPRESSED_OOPS, true)
                .layout().instance().size(), "12-byte header, a 4-byte gap and an 8-byte reference");
    }

    @Test
    void aMeasuredLocalJvmNamesItsJdkAndOptions() {
        LocalJdk jdk = new LocalJdk(Path.of("/opt/jdk-25"), 25, "25.0.1", "Temurin");
        LocalJvm local = LocalJvm.of(jdk, List.of("-XX:+UseCompactObjectHeaders", "-XX:ObjectAlignmentInBytes=16"));
        assertEquals("JDK 25 · compact headers · 16-byte alignment", local.title());
        assertEquals(List.of(new VmOption.CompactHeaders(true), new VmOption.ObjectAlignment(16)), local.options());
        assertEquals(new VmOption.CompressedOops(false), VmOption.parse("-XX:-UseCompressedOops"));
        assertEquals(new VmOption.Other("-Xmx2g"), VmOption.parse("-Xmx2g"));
        assertTrue(assertThrows(JvmLensException.class, () -> VmOption.parse("UseCompactObjectHeaders")).getMessage()
                .startsWith("'UseCompactObjectHeaders' is not a VM option"));
    }

    private static List<String> fields(JvmObject object) {
        return object.layout().instance().regions().stream().filter(r -> r.declaringClass().isPresent())
                .map(Region::label).map(l -> l + "@" + offset(object, l)).toList();
    }

    private static int offset(JvmObject object, String label) {
        return object.layout().instance().regions().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow().offset();
    }
}
