package dev.slotscope.jvm;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.Region;
import dev.slotscope.layout.RegionBuilder;
import dev.slotscope.layout.RegionKind;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.util.ClassUtils;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the objects reachable from a root through instance fields and array elements, reading
 * the live objects with JOL, and lays out each one for the chosen mode. It reads fields through
 * JOL and never calls a method of the objects it visits.
 */
final class ObjectWalker {

    /** The label of the room HotSpot leaves around {@code @Contended} fields so no other field shares their cache lines. */
    static final String CONTENDED_PADDING = "contended padding";
    /** Enough for every lesson graph; a user's class may reach much more. */
    static final int MAX_OBJECTS = 400;
    /** Objects whose contents describe the runtime rather than the user's data. */
    private static final Set<Class<?>> OPAQUE = Set.of(Class.class, ClassLoader.class, Thread.class, Module.class);
    /**
     * The offsets of a class's reference fields, its superclasses' included, found once per class:
     * a walk visits the same few classes again and again, and each look at a class's declared
     * fields copies them.
     */
    private static final ClassValue<long[]> REFERENCE_OFFSETS = new ClassValue<>() {
        @Override
        protected long[] computeValue(Class<?> c) {
            List<Long> offsets = new ArrayList<>();
            for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        offsets.add(Jol.vm().fieldOffset(f));
                    }
                }
            }
            return offsets.stream().mapToLong(Long::longValue).toArray();
        }
    };

    private final JvmMode mode;
    private final Jol.Header header;
    /** How this VM packs its mark word; empty for an estimate, whose words are never read. */
    private final Optional<MarkWord> markWord;
    /**
     * The objects found, in walk order; an object's id is its place. Objects are told apart by
     * {@code ==} alone: an identity-keyed map would compute each one's identity hash, writing it
     * into the very mark word the drawing shows.
     */
    private final List<Object> order = new ArrayList<>();
    /** For each object found, a description of the object whose reference led to it ("" for the root). */
    private final List<String> parentLabels = new ArrayList<>();
    private boolean truncated;

    ObjectWalker(JvmMode mode) {
        this.mode = mode;
        this.header = Jol.header(mode);
        this.markWord = mode.measured() && header.mark() == Long.BYTES
                ? Optional.of(new MarkWord(Runtime.version().feature(), Jol.facts(mode).compactHeaders()))
                : Optional.empty();
    }

    /** Every object reachable from {@code root}, each once, without laying any out or computing any hash. */
    static List<Object> reachable(Object root) {
        ObjectWalker walker = new ObjectWalker(JvmMode.LIVE);
        walker.discover(root);
        return List.copyOf(walker.order);
    }

    /** Whether {@code objects} holds {@code o} itself, compared by {@code ==}. */
    static boolean holds(List<Object> objects, Object o) {
        for (Object each : objects) {
            if (each == o) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lays out {@code root} (id {@code instance}) and what it reaches, marking as shared what
     * {@code other}, an instance made the same way, reaches too.
     */
    List<MemoryObject> walk(Object root, Object other) {
        discover(root);
        List<Object> shared = reachable(other);
        List<MemoryObject> objects = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            objects.add(layOut(order.get(i), i > 0 && holds(shared, order.get(i))));
        }
        return objects;
    }

    boolean truncated() {
        return truncated;
    }

    /** An object waiting to be visited, and a description of the object that refers to it. */
    private record Pending(Object object, String parentLabel) {
    }

    /** Depth first, so each chain of objects is drawn together. */
    private void discover(Object root) {
        var stack = new java.util.ArrayDeque<Pending>();
        stack.push(new Pending(root, ""));
        while (!stack.isEmpty()) {
            Pending next = stack.pop();
            Object o = next.object();
            if (holds(order, o)) {
                continue;
            }
            if (order.size() >= MAX_OBJECTS) {
                truncated = true;
                return;
            }
            order.add(o);
            parentLabels.add(next.parentLabel());
            List<Object> children = children(o);
            String label = children.isEmpty() ? "" : describe(o);
            for (int i = children.size() - 1; i >= 0; i--) {
                Object child = children.get(i);
                if (!holds(order, child)) {
                    stack.push(new Pending(child, label));
                }
            }
        }
    }

    /** The id of a found object: {@code instance} for the root, {@code o1}, {@code o2}, … for the rest; empty if not found. */
    private Optional<String> id(Object o) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == o) {
                return Optional.of(i == 0 ? "instance" : "o" + i);
            }
        }
        return Optional.empty();
    }

    private String parentLabel(Object o) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == o) {
                return parentLabels.get(i);
            }
        }
        return "";
    }

    private List<Object> children(Object o) {
        List<Object> result = new ArrayList<>();
        if (isOpaque(o)) {
            return result;
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            if (!c.getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(o); i++) {
                    Object e = Array.get(o, i);
                    if (e != null) {
                        result.add(e);
                    }
                }
            }
            return result;
        }
        for (long offset : REFERENCE_OFFSETS.get(c)) {
            Object value = Jol.vm().getObject(o, offset);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private static boolean isOpaque(Object o) {
        for (Class<?> type : OPAQUE) {
            if (type.isInstance(o)) {
                return true;
            }
        }
        return false;
    }

    private MemoryObject layOut(Object o, boolean isShared) {
        ClassLayout layout = Jol.layoutOfInstance(o, mode);
        RegionBuilder b = new RegionBuilder(0);
        headerRegions(b, o);
        if (o.getClass().isArray()) {
            arrayRegions(b, o, layout);
            padTo(b, layout.instanceSize(), "tail padding");
        } else {
            fieldRegions(b, o.getClass(), o, layout);
        }
        String id = id(o).orElseThrow();
        return new MemoryObject(id, id.equals("instance") ? o.getClass().getSimpleName() + " instance" : describe(o),
                o.getClass().getTypeName(), isShared, b.build());
    }

    /** The header of {@code o}, its mark word decoded from the live value; of an instance not made when {@code o} is null. */
    void headerRegions(RegionBuilder b, Object o) {
        boolean array = o != null && o.getClass().isArray();
        var mark = Region.of(0, header.mark(), RegionKind.MARK_WORD, "mark");
        if (o != null && markWord.isPresent()) {
            mark = mark.withBits(markWord.get().decode(Jol.vm().getLong(o, 0)));
        }
        b.add(mark);
        if (header.klass() > 0) {
            b.add(header.klass(), RegionKind.CLASS_WORD, "class");
        }
        if (array) {
            b.add(header.arrayLength(), RegionKind.ARRAY_LENGTH, "length");
        }
    }

    /**
     * Fields at their offsets, with the gaps between them and the tail padding; references of
     * {@code o} (null when only the class is laid out) point at walked objects.
     */
    void fieldRegions(RegionBuilder b, Class<?> klass, Object o, ClassLayout layout) {
        Field previous = null;
        for (FieldLayout f : layout.fields()) {
            Field field = field(klass, f);
            padTo(b, f.offset(), contentionPadding(b, f.offset(), previous, field) ? CONTENDED_PADDING : "gap");
            previous = field;
            boolean reference = !isPrimitive(f.typeClass());
            var region = Region.of(0, (int) f.size(),
                    reference ? RegionKind.REFERENCE : RegionKind.FIELD, f.name())
                    .declaredBy(field.getDeclaringClass().getName());
            String note = f.typeClass() + " " + f.name();
            if (reference && o != null) {
                Object value = Jol.vm().getObject(o, Jol.vm().fieldOffset(field));
                if (value == null) {
                    note += " = null";
                } else if (id(value).isPresent()) {
                    region = region.pointingTo(id(value).get());
                }
            }
            b.add(region.withNote(note));
        }
        padTo(b, layout.instanceSize(), contentionPadding(b, layout.instanceSize(), previous, null)
                ? CONTENDED_PADDING : "tail padding");
    }

    /**
     * Whether the room up to {@code offset} keeps a {@code @Contended} field apart from its
     * neighbours: HotSpot puts ContendedPaddingWidth bytes (128 by default) on each side of a
     * contended group, where an alignment gap is never 8 bytes or more. Annotations are only read
     * where such room is, so a plain class is never asked for them.
     */
    private static boolean contentionPadding(RegionBuilder b, long offset, Field before, Field after) {
        return offset - b.offset() >= Long.BYTES && (contended(before) || contended(after));
    }

    private static boolean contended(Field f) {
        return f != null && (contended(f.getDeclaredAnnotations()) || contended(f.getDeclaringClass().getDeclaredAnnotations()));
    }

    private static boolean contended(java.lang.annotation.Annotation[] annotations) {
        for (var a : annotations) {
            if (a.annotationType().getName().equals("jdk.internal.vm.annotation.Contended")) {
                return true;
            }
        }
        return false;
    }

    private void arrayRegions(RegionBuilder b, Object array, ClassLayout layout) {
        FieldLayout elements = layout.fields().first();
        padTo(b, elements.offset(), "gap");
        int length = Array.getLength(array);
        if (length == 0) {
            return;
        }
        Class<?> component = array.getClass().getComponentType();
        int scale = (int) (elements.size() / length);
        if (component.isPrimitive()) {
            b.add((int) elements.size(), RegionKind.ELEMENT, length + " × " + component.getTypeName());
            return;
        }
        boolean table = parentLabel(array).startsWith("HashMap");
        for (int i = 0; i < length; i++) {
            Object e = Array.get(array, i);
            // An empty bucket has no name of its own, as an empty index slot of a dict has none:
            // the drawing numbers it by its place ("buckets 10–15 empty").
            var region = table ? Region.of(0, scale, RegionKind.BUCKET, e == null ? "" : "[" + i + "]" + chainKeys(e))
                    : Region.of(0, scale, RegionKind.ELEMENT, "[" + i + "]");
            Optional<String> target = e == null ? Optional.empty() : id(e);
            if (target.isPresent()) {
                region = region.pointingTo(target.get());
            } else if (e == null) {
                region = region.withNote(table ? "bucket " + i + ", empty" : "null");
            }
            b.add(region);
        }
    }

    /**
     * ' → "x", "y"' for a bucket whose chain holds the string keys x then y, " → a node" for one
     * whose keys are not strings, "" for an empty one: a table's bytes do not say which key a
     * bucket holds. Only JDK string keys are read, never user code.
     */
    private static final int CHAIN_KEYS_SHOWN = 4;

    private static String chainKeys(Object head) {
        List<String> keys = new ArrayList<>();
        if (head == null) {
            return "";
        }
        for (Object node = head; node instanceof Map.Entry<?, ?> entry && node.getClass().getClassLoader() == null;
             node = next(node)) {
            if (!(entry.getKey() instanceof String key)) {
                return " → a node";
            }
            keys.add("\"" + key + "\"");
        }
        if (keys.isEmpty()) {
            return " → a node";
        }
        if (keys.size() > CHAIN_KEYS_SHOWN) {
            int more = keys.size() - CHAIN_KEYS_SHOWN;
            return " → " + String.join(", ", keys.subList(0, CHAIN_KEYS_SHOWN)) + " and " + more + " more";
        }
        return " → " + String.join(", ", keys);
    }

    /** The node after {@code node} in its bucket's chain ({@code HashMap.Node.next}), read as JOL reads fields. */
    private static Object next(Object node) {
        for (Class<?> k = node.getClass(); k != null; k = k.getSuperclass()) {
            try {
                return Jol.vm().getObject(node, Jol.vm().fieldOffset(k.getDeclaredField("next")));
            } catch (NoSuchFieldException e) {
                // The field is declared further up (a TreeNode is a Node).
            }
        }
        return null;
    }

    private static void padTo(RegionBuilder b, long offset, String label) {
        if (offset > b.offset()) {
            b.add((int) (offset - b.offset()), RegionKind.PADDING, label);
        }
    }

    /** The reflective field JOL laid out; JOL names its class by canonical name. */
    private static Field field(Class<?> c, FieldLayout f) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (ClassUtils.getSafeName(k).equals(f.hostClass())) {
                try {
                    return k.getDeclaredField(f.name());
                } catch (NoSuchFieldException e) {
                    break;
                }
            }
        }
        throw new IllegalStateException("JOL laid out " + f.hostClass() + "." + f.name() + ", not found in " + c.getName());
    }

    static boolean isPrimitive(String type) {
        return switch (type) {
            case "boolean", "byte", "char", "short", "int", "float", "long", "double" -> true;
            default -> false;
        };
    }

    /** A short description; only JDK value classes are asked for their value, never user code. */
    private String describe(Object o) {
        Class<?> c = o.getClass();
        String name = c.getSimpleName().isEmpty() ? c.getName() : c.getSimpleName();
        boolean jdk = c.getClassLoader() == null;
        if (o instanceof String s) {
            return "String \"" + (s.length() > 24 ? s.substring(0, 24) + "…" : s) + "\"";
        }
        if (jdk && (o instanceof Number || o instanceof Boolean || o instanceof Character)) {
            return name + " " + o;
        }
        if (c.isArray()) {
            String parent = parentLabel(o);
            String of = parent.startsWith("String") ? " of " + parent.substring("String ".length()) : "";
            return c.getComponentType().getSimpleName() + "[" + Array.getLength(o) + "]" + of;
        }
        if (jdk && o instanceof Map.Entry<?, ?> entry && entry.getKey() instanceof String key) {
            return c.getName().substring(c.getName().lastIndexOf('.') + 1) + " '" + key + "'";
        }
        return c.getName().substring(c.getName().lastIndexOf('.') + 1);
    }
}
