package dev.slotscope.jvm;

import org.openjdk.jol.datamodel.DataModel;
import org.openjdk.jol.info.ClassData;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldData;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.layouters.Layouter;
import org.openjdk.jol.vm.ContendedSupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * HotSpot JDK 25's field layout, for JOL, which (at 0.17) knows only the rules of JDK 15–24.
 * It follows HotSpot's {@code FieldLayoutBuilder} step by step, so that an estimate equals what a
 * real JDK 25 measures for the same class bytes:
 * <ul>
 *   <li>a class starts from its superclass's layout, whose holes it may fill;</li>
 *   <li>each field goes into the smallest empty slot it fits, aligned to its size, else at the end;</li>
 *   <li>primitives are placed largest first, references together;</li>
 *   <li>new in JDK 25 (JDK-8353273): when the superclass's last field is a reference, the class's
 *       references come before its primitives, so that they continue the superclass's run of
 *       references (one oop map entry instead of two);</li>
 *   <li>{@code @Contended} classes and field groups are padded by 128 bytes, and a class whose
 *       superclass has any contention padding only appends.</li>
 * </ul>
 * HotSpot honours {@code @Contended} only in the JDK's own classes unless started with
 * {@code -XX:-RestrictContended}: a {@link Contention} says in which classes it counts.
 */
final class Jdk25Layouter implements Layouter {

    /** HotSpot's {@code -XX:ContendedPaddingWidth} default. */
    static final int CONTENDED_PADDING = 128;
    /** HotSpot rounds an instance's end up to a heap word before aligning it. */
    private static final int WORD = 8;

    private final DataModel model;
    private final Contention contention;

    /**
     * Where {@code @Contended} counts in a class's hierarchy, by binary name.
     *
     * @param honoured the classes whose {@code @Contended} HotSpot applies
     * @param statics  those of them with a {@code @Contended} static field: it pads nothing, but HotSpot
     *                 then treats the class as contended, and its subclasses append after a padding
     */
    record Contention(Set<String> honoured, Set<String> statics) {

        /**
         * For {@code klass}'s hierarchy, in a VM started with {@code -XX:+RestrictContended} (the
         * default: the annotation counts only in classes of the boot or platform loader) or without.
         */
        static Contention of(Class<?> klass, boolean restricted) {
            Set<String> honoured = new HashSet<>();
            Set<String> statics = new HashSet<>();
            for (Class<?> k = klass; k != null; k = k.getSuperclass()) {
                if (restricted && !isJdks(k)) {
                    continue;
                }
                honoured.add(k.getName());
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && ContendedSupport.isContended(f)) {
                        statics.add(k.getName());
                    }
                }
            }
            return new Contention(Set.copyOf(honoured), Set.copyOf(statics));
        }

        /** A class of the JDK's own, whose {@code @Contended} HotSpot always applies. */
        static boolean isJdks(Class<?> k) {
            ClassLoader loader = k.getClassLoader();
            return loader == null || loader == ClassLoader.getPlatformClassLoader();
        }
    }

    Jdk25Layouter(DataModel model, Contention contention) {
        this.model = model;
        this.contention = contention;
    }

    @Override
    public ClassLayout layout(ClassData cd) {
        if (cd.isArray()) {
            return array(cd);
        }
        List<ClassData> hierarchy = new ArrayList<>();
        for (ClassData c = cd; c != null; c = c.superClass()) {
            hierarchy.add(0, c);
        }
        List<String> names = cd.classHierarchy();
        SortedSet<FieldLayout> placed = new TreeSet<>();
        boolean superContended = false;
        int end = model.headerSize();
        for (int i = 0; i < hierarchy.size(); i++) {
            ClassData k = hierarchy.get(i);
            Builder b = new Builder(placed, superContended);
            boolean honoured = contention.honoured().contains(k.name());
            boolean contendedClass = honoured && k.isContended();
            boolean contendedFields = b.layOut(cd.fieldsFor(names.get(i)), contendedClass, honoured);
            placed.addAll(b.placed());
            end = b.end();
            superContended |= contendedClass || contendedFields || contention.statics().contains(k.name());
        }
        long size = align(align(end, WORD), model.objectAlignment());
        return ClassLayout.create(cd, placed, model, size, true);
    }

    /** Elements follow the length; only 8-byte elements are aligned past it (a 12-byte compact array header). */
    private ClassLayout array(ClassData cd) {
        int scale = model.sizeOf(cd.arrayComponentType());
        int base = align(model.arrayHeaderSize(), Math.max(4, scale));
        long size = align(base + cd.arrayLength() * scale, model.objectAlignment());
        SortedSet<FieldLayout> elements = new TreeSet<>();
        elements.add(new FieldLayout(FieldData.create(cd.arrayClass(), "<elements>", cd.arrayComponentType()), base,
                scale * cd.arrayLength()));
        return ClassLayout.create(cd, elements, model, size, false);
    }

    private static int align(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    private static long align(long value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    /** HotSpot's {@code LayoutRawBlock}: a run of bytes of the instance, in a list ordered by offset. */
    private static final class Block {
        enum Kind { EMPTY, RESERVED, PADDING, INHERITED, REGULAR }

        final Kind kind;
        final FieldData field;
        final int alignment;
        int offset;
        int size;
        Block prev;
        Block next;

        Block(Kind kind, int size, int alignment, FieldData field) {
            this.kind = kind;
            this.size = size;
            this.alignment = alignment;
            this.field = field;
        }

        /** Room for {@code size} bytes once aligned to {@code alignment}. */
        boolean fits(int size, int alignment) {
            int adjustment = offset % alignment == 0 ? 0 : alignment - offset % alignment;
            return this.size >= size + adjustment;
        }
    }

    /** The fields of one {@code @Contended} group, which HotSpot places together between paddings. */
    private record Group(List<Block> primitives, List<Block> oops) {
    }

    /** One class's step of HotSpot's {@code FieldLayoutBuilder::compute_regular_layout}. */
    private final class Builder {
        /** The header, where the list of blocks begins. */
        private final Block header;
        private Block start;
        private Block last;
        private final boolean superEndsWithOop;
        private final List<Block> own = new ArrayList<>();

        /** HotSpot's {@code initialize_instance_layout}: the superclass's fields, its holes free unless it is contended. */
        Builder(SortedSet<FieldLayout> inherited, boolean superContended) {
            header = new Block(Block.Kind.RESERVED, model.headerSize(), 1, null);
            last = header;
            FieldLayout lastField = inherited.isEmpty() ? null : inherited.last();
            superEndsWithOop = lastField != null && !ObjectWalker.isPrimitive(lastField.typeClass());
            for (FieldLayout f : inherited) {
                Block b = new Block(Block.Kind.INHERITED, (int) f.size(), (int) f.size(), null);
                b.offset = (int) f.offset();
                link(last, b);
            }
            Block.Kind filling = superContended ? Block.Kind.PADDING : Block.Kind.EMPTY;
            for (Block b = header; b.next != null; b = b.next) {
                int gap = b.next.offset - (b.offset + b.size);
                if (gap > 0) {
                    Block hole = new Block(filling, gap, 1, null);
                    hole.offset = b.offset + b.size;
                    hole.next = b.next;
                    b.next.prev = hole;
                    b.next = hole;
                    hole.prev = b;
                }
            }
            if (superContended) {
                Block padding = new Block(Block.Kind.PADDING, CONTENDED_PADDING, 1, null);
                padding.offset = last.offset + last.size;
                link(last, padding);
            }
            Block end = new Block(Block.Kind.EMPTY, Integer.MAX_VALUE, 1, null);
            end.offset = last.offset + last.size;
            link(last, end);
            // After a contended superclass with fields, a class only appends.
            start = superContended && !inherited.isEmpty() ? last : header;
        }

        private void link(Block tail, Block b) {
            tail.next = b;
            b.prev = tail;
            last = b;
        }

        /**
         * Lays out a class's own fields in HotSpot's order; true when it has a contended field
         * that counts.
         */
        boolean layOut(List<FieldData> fields, boolean contendedClass, boolean honoured) {
            List<Block> primitives = new ArrayList<>();
            List<Block> oops = new ArrayList<>();
            // Named groups share padding; each field of the default group ("") is a group of its own.
            Map<Object, Group> groups = new LinkedHashMap<>();
            for (FieldData f : fields) {
                int size = model.sizeOf(f.typeClass());
                Block b = new Block(Block.Kind.REGULAR, size, size, f);
                own.add(b);
                boolean oop = !f.isPrimitive();
                if (honoured && f.isContended()) {
                    Object key = f.contendedGroup().isEmpty() ? b : f.contendedGroup();
                    Group group = groups.computeIfAbsent(key, k -> new Group(new ArrayList<>(), new ArrayList<>()));
                    (oop ? group.oops() : group.primitives()).add(b);
                } else {
                    (oop ? oops : primitives).add(b);
                }
            }
            // A stable sort: HotSpot's sort keeps fields of one size in declaration order.
            Comparator<Block> largestFirst = Comparator.comparingInt((Block b) -> b.size).reversed();
            primitives.sort(largestFirst);
            boolean tailPadding = false;
            if (contendedClass) {
                // Padding before all of the class's own fields, which are then only appended (JDK 25
                // starts from the last block, the empty rest of the instance, and never searches holes).
                insert(last, new Block(Block.Kind.PADDING, CONTENDED_PADDING, 1, null));
                start = last;
                tailPadding = true;
            }
            if (superEndsWithOop) {
                add(oops, start);
                add(primitives, start);
            } else {
                add(primitives, start);
                add(oops, start);
            }
            for (Group group : groups.values()) {
                group.primitives().sort(largestFirst);
                insert(last, new Block(Block.Kind.PADDING, CONTENDED_PADDING, 1, null));
                add(group.primitives(), last);
                add(group.oops(), last);
                tailPadding = true;
            }
            if (tailPadding) {
                insert(last, new Block(Block.Kind.PADDING, CONTENDED_PADDING, 1, null));
            }
            return !groups.isEmpty();
        }

        /** HotSpot's {@code FieldLayout::add}: best fit, searched from the end back to {@code from}. */
        private void add(List<Block> list, Block from) {
            boolean lastSearchSucceeded = false;
            int lastSize = 0;
            int lastAlignment = 0;
            for (Block b : list) {
                Block candidate = null;
                if (from == last) {
                    candidate = last;
                } else if (b.size == lastSize && b.alignment == lastAlignment && !lastSearchSucceeded) {
                    candidate = last;
                } else {
                    lastSize = b.size;
                    lastAlignment = b.alignment;
                    lastSearchSucceeded = true;
                    for (Block cursor = last.prev; cursor != from; cursor = cursor.prev) {
                        if (cursor.kind == Block.Kind.EMPTY && cursor.fits(b.size, b.alignment)
                                && (candidate == null || cursor.size < candidate.size)) {
                            candidate = cursor;
                        }
                    }
                    if (candidate == null) {
                        candidate = last;
                        lastSearchSucceeded = false;
                    }
                }
                insertField(candidate, b);
            }
        }

        private void insertField(Block slot, Block block) {
            if (slot.offset % block.alignment != 0) {
                insert(slot, new Block(Block.Kind.EMPTY, block.alignment - slot.offset % block.alignment, 1, null));
            }
            insert(slot, block);
            if (slot.size == 0) {
                remove(slot);
            }
        }

        /** Puts {@code block} at the start of the empty {@code slot}, which shrinks by its size. */
        private void insert(Block slot, Block block) {
            block.offset = slot.offset;
            slot.offset += block.size;
            slot.size -= block.size;
            block.prev = slot.prev;
            block.next = slot;
            slot.prev = block;
            block.prev.next = block;
        }

        /** Unlinks a used-up empty slot; the list always begins with the header, never an empty slot. */
        private void remove(Block block) {
            block.prev.next = block.next;
            block.next.prev = block.prev;
        }

        List<FieldLayout> placed() {
            return own.stream().map(b -> new FieldLayout(b.field, b.offset, b.size)).toList();
        }

        /** Where the last block begins: the end of the last field or padding. */
        int end() {
            return last.offset;
        }
    }
}
