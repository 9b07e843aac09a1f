package dev.slotscope.jvm;

import dev.slotscope.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Unsafe;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random class hierarchies written as Java source: laid out from the in-memory compile, every
 * instance field is drawn where this VM itself puts it ({@code Unsafe.objectFieldOffset}, not JOL),
 * and in every mode the layout equals that of the same source compiled by a plain {@code javac} to
 * class files and read from disk. No static initialiser of them runs.
 */
class JavaSourceCrossCheckTest {

    private static final String[] TYPES = {"byte", "short", "char", "int", "long", "float", "double", "boolean",
        "String", "Object", "int[]", "Integer"};
    private static final Map<String, Integer> PRIMITIVE_SIZES = Map.of("byte", 1, "short", 2, "char", 2, "int", 4,
            "long", 8, "float", 4, "double", 8, "boolean", 1);
    private static final int HIERARCHIES = 40;
    private static final String RAN = "slotscope.test.crossCheckRan";

    /** The source, every class of it to check, and how many fields hide a parent's. */
    private record Unit(String source, List<String> classes, int hiding) {
    }

    /** Seeded, so a failure names a hierarchy that can be written out again. */
    private static Unit randomUnit(long seed) {
        Random random = new Random(seed);
        StringBuilder source = new StringBuilder();
        List<String> classes = new ArrayList<>();
        int hiding = 0;
        for (int h = 0; h < HIERARCHIES; h++) {
            int depth = 1 + random.nextInt(3);
            List<String> parentFields = new ArrayList<>();
            for (int d = 0; d < depth; d++) {
                String name = "H" + h + "C" + d;
                source.append(d == depth - 1 && random.nextBoolean() ? "final " : "")
                        .append("class ").append(name).append(d == 0 ? "" : " extends H" + h + "C" + (d - 1)).append(" {\n");
                source.append("    static { System.setProperty(\"").append(RAN).append("\", \"").append(name).append("\"); }\n");
                if (random.nextInt(4) == 0) {
                    source.append("    static long counter;\n");
                }
                int fields = random.nextInt(7);
                List<String> own = new ArrayList<>();
                for (int f = 0; f < fields; f++) {
                    // Now and then a field hides one of its parents' of the same name: both are in the object.
                    String hidden = parentFields.isEmpty() ? "" : parentFields.get(random.nextInt(parentFields.size()));
                    String field = random.nextInt(8) == 0 && !hidden.isEmpty() && !own.contains(hidden) ? hidden : "f" + d + "_" + f;
                    hiding += field.equals(hidden) ? 1 : 0;
                    source.append("    ").append(TYPES[random.nextInt(TYPES.length)]).append(' ').append(field).append(";\n");
                    own.add(field);
                }
                parentFields.addAll(own);
                source.append("}\n");
                classes.add(name);
            }
        }
        return new Unit(source.toString(), classes, hiding);
    }

    @Test
    void randomHierarchiesAreDrawnWhereTheVmPutsTheirFieldsAndAsAPlainJavacCompilesThem(@TempDir Path dir)
            throws Exception {
        System.clearProperty(RAN);
        Unit unit = randomUnit(18);
        JavaCompilation.Compiled compiled = JavaSourceCompiler.compile("Random.java", unit.source()).compiled();
        Path classes = javac(dir, unit.source());
        JvmLens lens = new JvmLens();
        Unsafe unsafe = unsafe();
        int fieldsChecked = 0;
        try (ClassSource source = ClassSource.of(compiled)) {
            for (String name : unit.classes()) {
                JvmObject live = lens.describeCompiled(compiled, Optional.of(name), JvmMode.LIVE, false);
                Map<String, String> drawn = new TreeMap<>();
                for (Region r : live.layout().instance().regions()) {
                    r.declaringClass().ifPresent(c -> drawn.put(c + "." + r.label(), r.offset() + "+" + r.size()));
                }
                Map<String, String> vm = new TreeMap<>();
                for (Class<?> k = source.load(name); k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers())) {
                            vm.put(k.getName() + "." + f.getName(), unsafe.objectFieldOffset(f) + "+" + size(f, live.vm()));
                        }
                    }
                }
                assertEquals(vm, drawn, name + " in\n" + unit.source());
                fieldsChecked += vm.size();
                int end = live.layout().instance().regions().stream().mapToInt(Region::end).max().orElseThrow();
                assertEquals(end, live.instanceSize(), name + ": the regions, with padding, cover the object");
                assertEquals(0, live.instanceSize() % live.vm().objectAlignment(), name);

                for (JvmMode mode : JvmMode.values()) {
                    JvmObject fromMemory = mode == JvmMode.LIVE ? live
                            : lens.describeCompiled(compiled, Optional.of(name), mode, false);
                    JvmObject fromDisk = lens.describeClass(name, List.of(classes), mode, false);
                    assertEquals(fromDisk.layout(), fromMemory.layout(), name + " " + mode);
                }
            }
        }
        assertTrue(fieldsChecked > 100, "fields checked: " + fieldsChecked);
        assertTrue(unit.hiding() > 0, "some fields hide a parent's");
        assertNull(System.getProperty(RAN), "a static initialiser ran");
    }

    private static Path javac(Path dir, String source) throws IOException {
        Path file = Files.writeString(dir.resolve("Random.java"), source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), file.toString()));
        return classes;
    }

    private static int size(Field f, VmFacts vm) {
        Integer primitive = PRIMITIVE_SIZES.get(f.getType().getName());
        return primitive != null ? primitive : vm.compressedOops() ? 4 : 8;
    }

    private static Unsafe unsafe() throws ReflectiveOperationException {
        Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        return (Unsafe) theUnsafe.get(null);
    }
}
