package dev.slotscope.jvm;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.layouters.CurrentLayouter;
import org.openjdk.jol.layouters.HotSpotLayouter;
import org.openjdk.jol.layouters.Layouter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every figure of a class layout equals JOL's own, row by row of the table JOL prints (the one
 * {@code jol-cli internals} shows), for JDK classes, the lesson's classes, and every mode.
 */
class JolAgreementTest {

    private static final Pattern ROW = Pattern.compile("^\\s*(\\d+)\\s+(\\d+)\\s+(.*)$");

    static Stream<Arguments> classesAndModes() {
        List<Class<?>> classes = List.of(java.util.HashMap.class, String.class, java.util.ArrayList.class,
                Integer.class, Double.class, java.util.concurrent.ConcurrentHashMap.class, Thread.class,
                java.util.LinkedList.class, java.util.Optional.class, java.time.LocalDateTime.class,
                dev.slotscope.jvm.lesson.MapPoint.class, dev.slotscope.jvm.lesson.FieldPoint.class,
                dev.slotscope.jvm.lesson.RecordPoint.class, dev.slotscope.jvm.lesson.ChildPoint.class,
                dev.slotscope.jvm.lesson.BoxedPoint.class);
        List<Arguments> all = new ArrayList<>();
        for (JvmMode mode : JvmMode.values()) {
            for (Class<?> c : classes) {
                all.add(Arguments.of(c, mode));
            }
        }
        return all.stream();
    }

    /**
     * JOL's layouter for the mode; for JDK 25's rules, which JOL 0.17 lacks, the lens's own (checked
     * against a real JDK 25 by {@link Jdk25EstimateTest}): the table JOL prints of it is drawn row by row.
     */
    private static Layouter jolLayouter(JvmMode mode, Class<?> klass) {
        if (mode.measured()) {
            return new CurrentLayouter();
        }
        return switch (mode.rules()) {
            case JDK_15_TO_24 -> new HotSpotLayouter(mode.model(), Runtime.version().feature());
            case JDK_25 -> Jol.layouter(mode, klass);
        };
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("classesAndModes")
    void classLayoutEqualsJols(Class<?> klass, JvmMode mode) {
        ClassLayout jol = ClassLayout.parseClass(klass, jolLayouter(mode, klass));
        JvmObject ours = new JvmLens().describeClass(klass.getName(), List.of(), mode, false);
        MemoryObject instance = ours.layout().instance();

        assertEquals(jol.instanceSize(), instance.size(), "instance size");
        for (FieldLayout f : jol.fields()) {
            Region r = at(instance, (int) f.offset());
            assertEquals(f.name(), r.label());
            assertEquals(f.size(), r.size(), f.name());
            assertEquals(f.offset(), r.offset(), f.name());
        }
        int header = instance.regions().stream()
                .filter(r -> r.kind() == RegionKind.MARK_WORD || r.kind() == RegionKind.CLASS_WORD)
                .mapToInt(Region::size).sum();
        assertEquals(jol.headerSize(), header, "header");

        int rows = 0;
        for (String line : jol.toPrintable().split("\n")) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            rows++;
            int offset = Integer.parseInt(m.group(1));
            int size = Integer.parseInt(m.group(2));
            String rest = m.group(3).strip();
            String description = rest.startsWith("(") ? rest : rest.split("\\s+")[1];
            Region r = at(instance, offset);
            assertEquals(offset, r.offset(), line);
            if (description.startsWith("(object header: mark)")) {
                assertEquals(RegionKind.MARK_WORD, r.kind(), line);
                assertEquals(size, r.size(), line);
            } else if (description.startsWith("(object header: class)")) {
                assertEquals(RegionKind.CLASS_WORD, r.kind(), line);
                assertEquals(size, r.size(), line);
            } else if (description.contains("gap")) {
                assertEquals(RegionKind.PADDING, r.kind(), line);
                assertEquals(size, padding(instance, offset), line);
            } else {
                assertEquals(description.substring(description.lastIndexOf('.') + 1), r.label(), line);
                assertEquals(size, r.size(), line);
            }
        }
        assertTrue(rows >= 2, "parsed JOL's table");
    }

    /** Bytes of padding from {@code offset} on: JOL prints adjacent gaps as one row. */
    private static int padding(MemoryObject o, int offset) {
        int size = 0;
        for (Region r : o.regions()) {
            if (r.offset() >= offset && r.kind() == RegionKind.PADDING && r.offset() == offset + size) {
                size += r.size();
            }
        }
        return size;
    }

    private static Region at(MemoryObject o, int offset) {
        return o.regions().stream().filter(r -> r.offset() <= offset && offset < r.end()).findFirst()
                .orElseThrow(() -> new AssertionError("no region at " + offset));
    }
}
