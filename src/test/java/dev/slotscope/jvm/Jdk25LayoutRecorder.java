package dev.slotscope.jvm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.management.HotSpotDiagnosticMXBean;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records, in the VM it runs in, the field offsets and instance sizes of the classes of
 * {@link Jdk25Samples}, as JSON: the ground truth {@link Jdk25EstimateTest} holds the JDK 25
 * estimates to. Run by hand on a real JDK 25 with the VM options to record (see
 * {@code src/test/resources/fixtures/jvm-jdk25/README.md}); never run by the build.
 * Offsets are the VM's own (JOL reads them as {@code Unsafe} would, records included); sizes are
 * the VM's size of an instance allocated without running a constructor.
 */
public final class Jdk25LayoutRecorder {

    private Jdk25LayoutRecorder() {
    }

    /** {@code args[0]}: the JSON file to write. */
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VM.current();
        Path samples = Jdk25Samples.compileToTemp();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("recordedBy", Jdk25LayoutRecorder.class.getName());
        root.put("jdk", Runtime.version().toString());
        root.put("vmOptions", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-XX:")).toList());
        Map<String, String> flags = new LinkedHashMap<>();
        var bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        for (String flag : List.of("UseCompressedOops", "UseCompressedClassPointers", "UseCompactObjectHeaders",
                "RestrictContended", "ContendedPaddingWidth", "ObjectAlignmentInBytes")) {
            flags.put(flag, bean.getVMOption(flag).getValue());
        }
        root.put("flags", flags);
        List<Map<String, Object>> classes = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {samples.toUri().toURL()},
                Jdk25LayoutRecorder.class.getClassLoader())) {
            List<String> names = new ArrayList<>(Jdk25Samples.JDK);
            names.addAll(Jdk25Samples.LESSON);
            names.addAll(Jdk25Samples.SAMPLES);
            names.addAll(Jdk25Samples.RANDOM);
            for (String name : names) {
                classes.add(klass(vm, Class.forName(name, false, loader)));
            }
        }
        root.put("classes", classes);
        List<Map<String, Object>> arrays = new ArrayList<>();
        for (Class<?> type : Jdk25Samples.ARRAYS) {
            for (int length : Jdk25Samples.LENGTHS) {
                Object array = Array.newInstance(type.getComponentType(), length);
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("type", type.getName());
                a.put("length", length);
                a.put("baseOffset", vm.arrayBaseOffset(type.getComponentType().getName()));
                a.put("instanceSize", vm.sizeOf(array));
                arrays.add(a);
            }
        }
        root.put("arrays", arrays);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[0]).toFile(), root);
    }

    /** The class's instance fields, superclasses' first, each in declaration order, and an instance's size. */
    private static Map<String, Object> klass(VirtualMachine vm, Class<?> k) throws Exception {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = k; c != null; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("declaringClass", c.getName());
                m.put("name", f.getName());
                m.put("type", f.getType().getName());
                m.put("offset", vm.fieldOffset(f));
                m.put("size", vm.sizeOfField(f.getType().getName()));
                fields.add(m);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", k.getName());
        m.put("instanceSize", vm.sizeOf(unsafe().allocateInstance(k)));
        m.put("fields", fields);
        return m;
    }

    private static sun.misc.Unsafe unsafe() throws ReflectiveOperationException {
        Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        return (sun.misc.Unsafe) f.get(null);
    }
}
