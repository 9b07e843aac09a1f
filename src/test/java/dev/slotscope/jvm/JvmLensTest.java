package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.jvm.lesson.MapPoint;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.WordBits;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jol.info.GraphLayout;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JvmLensTest {

    private final JvmLens lens = new JvmLens();

    @Test
    void mapVariantWalksTheRealHashMapWithItsBuckets() {
        AttributeNames attrs = AttributeNames.parse("x, y");
        JvmObject object = lens.describe(JvmVariant.STANDARD, attrs, JvmMode.LIVE);
        List<String> classes = object.layout().objects().stream().map(MemoryObject::type).toList();
        assertTrue(classes.containsAll(List.of(MapPoint.class.getName(), "java.util.HashMap", "java.util.HashMap$Node[]",
                "java.util.HashMap$Node", "java.lang.String", "byte[]", "java.lang.Double")), classes.toString());
        assertEquals(16, object.buckets().size(), "default capacity");
        for (Bucket bucket : object.buckets()) {
            for (String key : bucket.keys()) {
                int h = key.hashCode();
                assertEquals((h ^ h >>> 16) & 15, bucket.index(), key);
            }
        }
        assertEquals(List.of("x", "y"), object.buckets().stream().flatMap(b -> b.keys().stream()).sorted().toList());
    }

    @Test
    void theInstancesMarkWordIsReadLiveAndWalkingItComputesNoIdentityHash() {
        JvmObject object = lens.describe(JvmVariant.STANDARD, AttributeNames.parse("x, y"), JvmMode.LIVE);
        // Objects of its own; a shared interned key may have been hashed by anyone before.
        for (MemoryObject o : object.layout().objects().stream().filter(o -> !o.shared()).toList()) {
            WordBits word = o.regions().get(0).bits().orElseThrow(() -> new AssertionError(o.label() + " has no decoded mark"));
            WordBits.Field hash = word.fields().stream().filter(f -> f.name().equals("hash")).findFirst().orElseThrow();
            assertEquals(0, hash.value(), o.label() + ": Slotscope must not compute the hash it shows");
            assertEquals("01", word.fields().get(word.fields().size() - 1).valueText(), o.label() + " is unlocked");
        }
    }

    @Test
    void anIdentityHashOnceComputedIsReadFromTheMarkWord() {
        MapPoint point = new MapPoint(List.of("x"));
        int hash = System.identityHashCode(point);
        JvmObject object = lens.walked("hashed", point, new MapPoint(List.of("x")), JvmMode.LIVE, new ArrayList<>());
        WordBits word = object.layout().instance().regions().get(0).bits().orElseThrow();
        assertEquals(hash, word.fields().stream().filter(f -> f.name().equals("hash")).findFirst().orElseThrow().value());
    }

    @Test
    void estimatesReadNoMarkWord() {
        JvmObject object = lens.describe(JvmVariant.STANDARD, AttributeNames.parse("x"), JvmMode.COMPACT_HEADERS);
        assertTrue(object.layout().objects().stream().allMatch(o -> o.regions().get(0).bits().isEmpty()));
    }

    @Test
    void contendedFieldsAreSetApartByPaddingNamedSo() {
        JvmObject thread = lens.describeClass("java.lang.Thread", List.of(), JvmMode.LIVE, false);
        List<Region> regions = thread.layout().instance().regions();
        int seed = regions.indexOf(regions.stream().filter(r -> r.label().equals("threadLocalRandomSeed")).findFirst()
                .orElseThrow());
        assertEquals("contended padding", regions.get(seed - 1).label(), regions.toString());
        assertTrue(regions.get(seed - 1).size() >= 128 - 8, "ContendedPaddingWidth is 128");
        assertTrue(regions.stream().filter(r -> r.label().equals("contended padding")).count() <= 2);
        JvmObject plain = lens.describeClass("java.util.HashMap", List.of(), JvmMode.LIVE, false);
        assertTrue(plain.layout().instance().regions().stream().noneMatch(r -> r.label().equals("contended padding")));
    }

    @Test
    void internedKeysAreSharedAndBoxedValuesAreOwned() {
        JvmObject object = lens.describe(JvmVariant.STANDARD, AttributeNames.parse("x, y"), JvmMode.LIVE);
        for (MemoryObject o : object.layout().attached()) {
            boolean keyPart = o.type().equals("java.lang.String") || o.type().equals("byte[]");
            assertEquals(keyPart, o.shared(), o.label());
        }
        assertTrue(object.layout().sharedBytes() > 0);
    }

    @Test
    void graphTotalEqualsJolsGraphLayout() {
        MapPoint point = new MapPoint(List.of("x", "y"));
        long jolTotal = GraphLayout.parseInstance(point).totalSize();
        JvmObject object = lens.describe(JvmVariant.STANDARD, AttributeNames.parse("x, y"), JvmMode.LIVE);
        assertEquals(jolTotal, object.layout().ownedBytes() + object.layout().sharedBytes());
    }

    @Test
    void mapGrowsItsTableWhenMoreThanThreeQuartersFull() {
        AttributeNames twelve = AttributeNames.parse("a,b,c,d,e,f,g,h,i,j,k,l");
        AttributeNames thirteen = AttributeNames.parse("a,b,c,d,e,f,g,h,i,j,k,l,m");
        assertEquals(16, lens.describe(JvmVariant.STANDARD, twelve, JvmMode.LIVE).buckets().size());
        assertEquals(32, lens.describe(JvmVariant.STANDARD, thirteen, JvmMode.LIVE).buckets().size());
    }

    @Test
    void fixedShapeVariantsSayWhenTheAttributeListIsIgnored() {
        JvmObject object = lens.describe(JvmVariant.SLOTTED, AttributeNames.parse("a, b, c"), JvmMode.LIVE);
        assertEquals(1, object.notes().size());
        assertTrue(object.notes().get(0).startsWith("FieldPoint's fields are fixed when it is compiled"));
        assertTrue(lens.describe(JvmVariant.SLOTTED, AttributeNames.DEFAULT, JvmMode.LIVE).notes().isEmpty());
    }

    @Test
    void fieldsCarryTheirDeclaringClass() {
        JvmObject child = lens.describe(JvmVariant.CHILD_OF_SLOTTED, AttributeNames.DEFAULT, JvmMode.LIVE);
        var owners = child.layout().instance().regions().stream()
                .filter(r -> r.kind() == RegionKind.FIELD || r.kind() == RegionKind.REFERENCE)
                .map(r -> r.label() + "@" + r.declaringClass().orElseThrow()).sorted().toList();
        assertEquals(List.of("extra@dev.slotscope.jvm.lesson.ChildPoint", "x@dev.slotscope.jvm.lesson.ExtensiblePoint",
                "y@dev.slotscope.jvm.lesson.ExtensiblePoint"), owners);
    }

    @Test
    void estimatesSayTheyAreEstimates() {
        VmFacts compact = lens.describe(JvmVariant.SLOTTED, AttributeNames.DEFAULT, JvmMode.COMPACT_HEADERS).vm();
        assertFalse(compact.measured());
        assertTrue(compact.compactHeaders());
        assertEquals(8, compact.headerSize());
        assertTrue(lens.describe(JvmVariant.SLOTTED, AttributeNames.DEFAULT, JvmMode.LIVE).vm().measured());
        assertEquals(24, lens.describe(JvmVariant.SLOTTED, AttributeNames.DEFAULT, JvmMode.COMPACT_HEADERS).instanceSize());
    }

    @Test
    void jdk25EstimatesSayWhoseFieldsAJdkClassHas() {
        boolean otherJdk = Runtime.version().feature() < 25;
        JvmObject linked = lens.describeClass("java.util.LinkedHashMap", List.of(), JvmMode.JDK25, false);
        assertEquals(FieldLayoutRules.JDK_25, linked.vm().rules());
        assertTrue(linked.vm().banner().startsWith("JDK 25 rules · estimated"), linked.vm().banner());
        assertEquals(otherJdk ? List.of("java.util.LinkedHashMap is laid out by JDK 25 rules, with the fields"
                + " java.util.LinkedHashMap has in JDK " + Runtime.version().feature() + " (the JDK running Slotscope);"
                + " the real JDK's java.util.LinkedHashMap may declare others.") : List.of(), linked.notes());
        // JOL's modes make no claim about a JDK; the lesson's classes are the same class files everywhere.
        JvmObject compressed = lens.describeClass("java.util.LinkedHashMap", List.of(), JvmMode.COMPRESSED, false);
        assertEquals(List.of(), compressed.notes());
        assertEquals(FieldLayoutRules.JDK_15_TO_24, compressed.vm().rules());
        assertTrue(compressed.vm().banner().startsWith("JDK 15–24 rules · estimated"), compressed.vm().banner());
        assertEquals(List.of(), lens.describeClass(MapPoint.class.getName(), List.of(), JvmMode.JDK25_COMPACT, false).notes());
    }

    @Test
    void staticInitialisersNeverRunWhenOnlyTheClassIsLaidOut(@TempDir Path dir) {
        JvmObject exploding = lens.describeClass("dev.slotscope.jvm.samples.ExplodingInit", List.of(), JvmMode.LIVE, false);
        assertEquals(List.of("id", "payload", "flag"), exploding.layout().instance().regions().stream()
                .filter(r -> r.declaringClass().isPresent()).map(r -> r.label()).sorted((a, b) -> order(a) - order(b)).toList());
        Path marker = dir.resolve("ran");
        System.setProperty("slotscope.test.marker", marker.toString());
        lens.describeClass("dev.slotscope.jvm.samples.FileWritingInit", List.of(), JvmMode.LIVE, false);
        lens.describeClass("dev.slotscope.jvm.samples.FileWritingInit", List.of(), JvmMode.COMPACT_HEADERS, false);
        assertFalse(Files.exists(marker), "the static initialiser wrote its file");
    }

    private static int order(String field) {
        return List.of("id", "payload", "flag").indexOf(field);
    }

    @Test
    void classesFromAJarAreLaidOutWithoutRunningThem(@TempDir Path dir) throws IOException {
        Path jar = compileToJar(dir, "demo.Widget", """
                package demo;
                public class Widget {
                    static { if (true) throw new RuntimeException("must not run"); }
                    private int width;
                    private long serial;
                    private String name;
                }
                """);
        JvmObject widget = lens.describeClass("demo.Widget", List.of(jar), JvmMode.LIVE, false);
        assertEquals(List.of("name", "serial", "width"), widget.layout().instance().regions().stream()
                .filter(r -> r.declaringClass().isPresent()).map(r -> r.label()).sorted().toList());
    }

    @Test
    void badInputGetsAClearMessage(@TempDir Path dir) throws IOException {
        assertEquals("no class named no.such.Thing in the JDK or Slotscope", assertThrows(JvmLensException.class,
                () -> lens.describeClass("no.such.Thing", List.of(), JvmMode.LIVE, false)).getMessage());
        assertEquals("'java.util.' is not a Java class name (expected e.g. java.util.HashMap)", assertThrows(JvmLensException.class,
                () -> lens.describeClass("java.util.", List.of(), JvmMode.LIVE, false)).getMessage());
        Path broken = Files.writeString(dir.resolve("broken.jar"), "not a zip");
        assertTrue(assertThrows(JvmLensException.class, () -> lens.describeClass("a.B", List.of(broken), JvmMode.LIVE, false))
                .getMessage().startsWith(broken + " is not a readable jar"));
        assertEquals("no such file or folder: " + dir.resolve("missing.jar"), assertThrows(JvmLensException.class,
                () -> lens.describeClass("a.B", List.of(dir.resolve("missing.jar")), JvmMode.LIVE, false)).getMessage());
        assertTrue(assertThrows(JvmLensException.class, () -> lens.describeClass("java.util.Map", List.of(), JvmMode.LIVE, false))
                .getMessage().contains("is an interface"));
        assertTrue(assertThrows(JvmLensException.class,
                () -> lens.describeClass("java.lang.Integer", List.of(), JvmMode.LIVE, true))
                .getMessage().contains("has no public no-argument constructor"));
    }

    @Test
    void aClassThatFailsToLoadIsExplained(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        Files.writeString(src.resolve("Parent.java"), "package demo; public class Parent { int a; }");
        Files.writeString(src.resolve("Child.java"), "package demo; public class Child extends Parent { long b; }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.resolve("Parent.java").toString(), src.resolve("Child.java").toString()));
        Path jar = dir.resolve("orphan.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("demo/Child.class"));
            out.write(Files.readAllBytes(classes.resolve("demo/Child.class")));
            out.closeEntry();
        }
        String message = assertThrows(JvmLensException.class,
                () -> lens.describeClass("demo.Child", List.of(jar), JvmMode.LIVE, false)).getMessage();
        assertTrue(message.startsWith("demo.Child could not be loaded: java.lang.NoClassDefFoundError: demo/Parent"), message);
    }

    @Test
    void graphOfANamedClassNeedsAndUsesItsNoArgConstructor() {
        JvmObject list = lens.describeClass("java.util.ArrayList", List.of(), JvmMode.LIVE, true);
        assertTrue(list.graphWalked());
        assertEquals("java.util.ArrayList", list.className());
    }

    static Path compileToJar(Path dir, String className, String source) throws IOException {
        Path src = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, status, "javac");
        Path jar = dir.resolve("demo.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            String entry = className.replace('.', '/') + ".class";
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
        return jar;
    }
}
