package dev.slotscope.jvm;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.openjdk.jol.info.ClassData;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.layouters.CurrentLayouter;
import org.openjdk.jol.layouters.HotSpotLayouter;
import org.openjdk.jol.layouters.Layouter;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one place that talks to JOL: the live VM, the layouter for a mode, and the header shape.
 * JOL is set up before its first use so it prints no warning.
 */
final class Jol {

    static {
        // Without this JOL cannot find record field offsets (it would use Unsafe.objectFieldOffset).
        System.setProperty("jol.magicFieldOffset", "true");
        // JOL would start a second JVM to attach the Serviceability Agent, which needs ptrace rights
        // and can fail; the VM's own flags (HotSpotDiagnosticMXBean) give the same facts.
        System.setProperty("jol.skipHotspotSAAttach", "true");
    }

    private static VirtualMachine current;

    /** Sizes of the header parts of plain objects and arrays. */
    record Header(int mark, int klass, int arrayLength) {
        int size() {
            return mark + klass;
        }
    }

    private Jol() {
    }

    /**
     * The running VM, as JOL reads it. JOL prints what it could not use to standard output when it
     * starts; that is no news for a Slotscope user, so it is kept off the console.
     */
    static synchronized VirtualMachine vm() {
        if (current == null) {
            PrintStream console = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            try {
                current = VM.current();
            } finally {
                System.setOut(console);
            }
        }
        return current;
    }

    /**
     * The layouter of {@code mode} for instances of {@code klass}: the VM's own when measured, JOL's
     * model of JDK 15–24, or Slotscope's of JDK 25.
     */
    static Layouter layouter(JvmMode mode, Class<?> klass) {
        vm();
        if (mode.measured()) {
            return new CurrentLayouter();
        }
        return switch (mode.rules()) {
            case JDK_15_TO_24 -> new HotSpotLayouter(mode.model(), Runtime.version().feature());
            // The estimates are of a VM started with the default flags, -XX:+RestrictContended among them.
            case JDK_25 -> new Jdk25Layouter(mode.model(), Jdk25Layouter.Contention.of(klass, true));
        };
    }

    /**
     * What an estimate by another JDK's rules cannot know: a JDK class is laid out with the fields
     * the running JDK declares, and that JDK's own class may declare others (JDK 25's
     * {@code LinkedHashMap} has a field JDK 17's lacks). Empty for the user's classes and the lesson's.
     */
    static Optional<String> fieldsOfThisJdk(Class<?> klass, JvmMode mode) {
        if (mode.measured() || mode.rules() == FieldLayoutRules.of(Runtime.version().feature())) {
            return Optional.empty();
        }
        for (Class<?> k = klass; k != null; k = k.getSuperclass()) {
            boolean fields = Arrays.stream(k.getDeclaredFields()).anyMatch(f -> !Modifier.isStatic(f.getModifiers()));
            if (fields && Jdk25Layouter.Contention.isJdks(k)) {
                return Optional.of(klass.getName() + " is laid out by " + mode.rules().title() + ", with the fields "
                        + k.getName() + " has in JDK " + Runtime.version().feature() + " (the JDK running Slotscope);"
                        + " the real JDK's " + k.getName() + " may declare others.");
            }
        }
        return Optional.empty();
    }

    static ClassLayout layoutOfClass(Class<?> klass, JvmMode mode) {
        return layouter(mode, klass).layout(ClassData.parseClass(klass));
    }

    static ClassLayout layoutOfInstance(Object object, JvmMode mode) {
        return ClassLayout.parseInstance(object, layouter(mode, object.getClass()));
    }

    static Header header(JvmMode mode) {
        if (mode.measured()) {
            int header = vm().objectHeaderSize();
            int mark = Math.min(header, vm().addressSize());
            return new Header(mark, header - mark, vm().arrayHeaderSize() - header);
        }
        var model = mode.model();
        return new Header(model.markHeaderSize(), model.classHeaderSize(), model.arrayLengthHeaderSize());
    }

    static VmFacts facts(JvmMode mode) {
        String jdk = Runtime.version().toString();
        Header header = header(mode);
        if (mode.measured()) {
            return new VmFacts(jdk, mode.runtimeId(), true, mode.rules(), flag("UseCompressedOops"),
                    flag("UseCompressedClassPointers"), flag("UseCompactObjectHeaders"), vm().objectAlignment(), header.size());
        }
        boolean compact = mode == JvmMode.COMPACT_HEADERS || mode == JvmMode.JDK25_COMPACT;
        boolean compressedOops = mode != JvmMode.NO_COMPRESSED_OOPS && mode != JvmMode.BIT32;
        boolean compressedClass = !compact && mode != JvmMode.BIT32;
        return new VmFacts(jdk, mode.runtimeId(), false, mode.rules(), compressedOops, compressedClass, compact,
                mode.model().objectAlignment(), header.size());
    }

    /** A HotSpot boolean flag of the running VM; false when this VM does not have it. */
    private static boolean flag(String name) {
        try {
            var bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Boolean.parseBoolean(bean.getVMOption(name).getValue());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
