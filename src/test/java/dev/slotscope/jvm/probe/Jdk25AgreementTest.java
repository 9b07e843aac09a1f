package dev.slotscope.jvm.probe;

import dev.slotscope.jvm.JavaSourceCompiler;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmObject;
import dev.slotscope.jvm.lesson.ChildPoint;
import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19's check: on JDK 25 with compact headers, without them, and without compressed oops, the
 * probe's layout of JDK classes, the lesson's and a user's class equals what jol-core itself reports
 * when run on that JDK with those flags (the table {@code jol-cli internals} prints).
 */
class Jdk25AgreementTest {

    private static final List<String> CLASSES = List.of("java.util.HashMap", "java.lang.Thread", ChildPoint.class.getName(),
            "demo.Mixed");

    @TempDir
    Path dir;

    @Test
    void everyFieldWhereJolPutsItOnJdk25() throws Exception {
        Optional<LocalJdk> found = LocalJdks.find().stream().filter(j -> j.feature() >= 25).findFirst();
        assumeTrue(found.isPresent(), "no JDK 25 or newer installed where Slotscope looks: the probe is compared with"
                + " JOL on the running JDK only (JolAgreementTest)");
        LocalJdk jdk = found.get();
        Path classes = userClasses();
        for (String option : List.of("-XX:+UseCompactObjectHeaders", "-XX:-UseCompactObjectHeaders", "-XX:-UseCompressedOops")) {
            List<String> jol = jolInternals(jdk, option, classes);
            LocalJvm probe = LocalJvm.of(jdk, List.of(option));
            for (String name : CLASSES) {
                JvmObject ours = probe.describeClass(name, List.of(classes), JvmMode.LIVE, false);
                assertSameAsJol(jol, name, ours.layout().instance(), option);
            }
        }
    }

    private static void assertSameAsJol(List<String> jol, String name, MemoryObject ours, String option) {
        int at = jol.indexOf(jol.stream().filter(l -> l.startsWith("class " + name + " ")).findFirst().orElseThrow());
        String[] head = jol.get(at).split(" ");
        String where = name + " " + option;
        assertEquals(Integer.parseInt(head[2]), ours.size(), where + ": instance size");
        int header = ours.regions().stream().filter(r -> r.kind() == RegionKind.MARK_WORD || r.kind() == RegionKind.CLASS_WORD)
                .mapToInt(Region::size).sum();
        assertEquals(Integer.parseInt(head[3]), header, where + ": header");
        int fields = 0;
        for (int i = at + 1; i < jol.size() && jol.get(i).startsWith("field "); i++) {
            String[] f = jol.get(i).split(" ");
            int offset = Integer.parseInt(f[2]);
            Region r = ours.regions().stream().filter(x -> x.offset() == offset).findFirst().orElseThrow(
                    () -> new AssertionError(where + ": nothing at " + offset));
            assertEquals(f[1], r.label(), where + " @" + offset);
            assertEquals(Integer.parseInt(f[3]), r.size(), where + " " + f[1]);
            fields++;
        }
        assertEquals(fields, ours.regions().stream().filter(r -> r.declaringClass().isPresent()).count(), where + ": fields");
        assertTrue(fields > 0, where);
    }

    /** A user's class with fields of every width in a hierarchy, compiled to a class folder. */
    private Path userClasses() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String source = """
                package demo;
                class Base { byte flag; Object ref; long stamp; }
                public class Mixed extends Base { int count; String name; char initial; double weight; short s; Object[] items; }
                """;
        for (Map.Entry<String, byte[]> file : JavaSourceCompiler.compile("Mixed.java", source).compiled().classFiles().entrySet()) {
            Path target = classes.resolve(file.getKey().replace('.', '/') + ".class");
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return classes;
    }

    /** jol-core run by itself on {@code jdk} with {@code option}: its rows for every class. */
    private List<String> jolInternals(LocalJdk jdk, String option, Path userClasses) throws Exception {
        Path out = dir.resolve("jol" + option.replaceAll("\\W", "") + ".txt");
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(), option, "-Djdk.attach.allowAttachSelf=true",
                "-Djol.magicFieldOffset=true", "--add-exports=java.base/jdk.internal.vm.annotation=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-XX:+EnableDynamicAgentLoading", "-cp",
                String.join(File.pathSeparator, codeSource(org.openjdk.jol.vm.VM.class), codeSource(JolInternals.class),
                        codeSource(ChildPoint.class), userClasses.toString()),
                JolInternals.class.getName(), out.toString()));
        command.addAll(CLASSES);
        Process jol = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("jol.log").toFile()).start();
        assertTrue(jol.waitFor(60, TimeUnit.SECONDS), "jol-core answered");
        assertEquals(0, jol.exitValue(), Files.readString(dir.resolve("jol.log")));
        return Files.readAllLines(out);
    }

    private static String codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
