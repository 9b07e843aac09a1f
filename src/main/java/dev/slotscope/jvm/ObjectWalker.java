package dev.slotscope.jvm;

import dev.slotscope.layout.MemoryObject;
import dev.slotscope.layout.RegionBuilder;
import dev.slotscope.layout.RegionKind;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;
import org.openjdk.jol.util.ClassUtils;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the objects reachable from a root through instance fields and array elements, reading
 * the live objects with JOL, and lays out each one for the chosen mode. It reads fields through
 * JOL and never calls a method of the objects it visits.
 */
final class ObjectWalker {

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
    private final Map<Object, String> ids = new IdentityHashMap<>();
    private final List<Object> order = new ArrayList<>();
    private final Map<Object, String> parentLabels = new IdentityHashMap<>();
    private boolean truncated;

    ObjectWalker(JvmMode mode) {
        this.mode = mode;
        this.header = Jol.header(mode);
    }

    /** Every object reachable from {@code root}, identity-keyed, without laying any out. */
    static Set<Object> reachable(Object root) {
        ObjectWalker walker = new ObjectWalker(JvmMode.LIVE);
        walker.discover(root);
        Set<Object> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(walker.order);
        return set;
    }

    /** Lays out {@code root} (id {@code instance}) and what it reaches; {@code shared} marks objects other instances reach too. */
    List<MemoryObject> walk(Object root, Set<Object> shared) {
        discover(root);
        List<MemoryObject> objects = new ArrayList<>();
        for (Object o : order) {
            objects.add(layOut(o, o != root && shared.contains(o)));
        }
        return objects;
    }

    boolean truncated() {
        return truncated;
    }

    /** Depth first, so each chain of objects is drawn together. */
    private void discover(Object root) {
        var stack = new java.util.ArrayDeque<Object>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            if (ids.containsKey(o)) {
                continue;
            }
            if (ids.size() >= MAX_OBJECTS) {
                truncated = true;
                return;
            }
            ids.put(o, ids.isEmpty() ? "instance" : "o" + ids.size());
            order.add(o);
            List<Object> children = children(o);
            for (int i = children.size() - 1; i >= 0; i--) {
                Object child = children.get(i);
                if (!ids.containsKey(child)) {
                    parentLabels.putIfAbsent(child, describe(o));
                    stack.push(child);
                }
            }
        }
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
        headerRegions(b, o.getClass().isArray());
        if (o.getClass().isArray()) {
            arrayRegions(b, o, layout);
        } else {
            fieldRegions(b, o.getClass(), o, layout);
        }
        padTo(b, layout.instanceSize(), "tail padding");
        String id = ids.get(o);
        return new MemoryObject(id, id.equals("instance") ? o.getClass().getSimpleName() + " instance" : describe(o),
                o.getClass().getTypeName(), isShared, b.build());
    }

    void headerRegions(RegionBuilder b, boolean array) {
        b.add(header.mark(), RegionKind.MARK_WORD, "mark");
        if (header.klass() > 0) {
            b.add(header.klass(), RegionKind.CLASS_WORD, "class");
        }
        if (array) {
            b.add(header.arrayLength(), RegionKind.ARRAY_LENGTH, "length");
        }
    }

    /**
     * Fields at their offsets, with the gaps between them; references of {@code o} (null when only
     * the class is laid out) point at walked objects.
     */
    void fieldRegions(RegionBuilder b, Class<?> klass, Object o, ClassLayout layout) {
        for (FieldLayout f : layout.fields()) {
            padTo(b, f.offset(), "gap");
            Field field = field(klass, f);
            boolean reference = !isPrimitive(f.typeClass());
            var region = dev.slotscope.layout.Region.of(0, (int) f.size(),
                    reference ? RegionKind.REFERENCE : RegionKind.FIELD, f.name())
                    .declaredBy(field.getDeclaringClass().getName());
            String note = f.typeClass() + " " + f.name();
            if (reference && o != null) {
                Object value = Jol.vm().getObject(o, Jol.vm().fieldOffset(field));
                if (value == null) {
                    note += " = null";
                } else if (ids.containsKey(value)) {
                    region = region.pointingTo(ids.get(value));
                }
            }
            b.add(region.withNote(note));
        }
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
        boolean table = parentLabels.getOrDefault(array, "").startsWith("HashMap");
        for (int i = 0; i < length; i++) {
            Object e = Array.get(array, i);
            // An empty bucket has no name of its own, as an empty index slot of a dict has none:
            // the drawing numbers it by its place ("buckets 10–15 empty").
            var region = table ? dev.slotscope.layout.Region.of(0, scale, RegionKind.BUCKET, e == null ? "" : "[" + i + "]" + chainKeys(e))
                    : dev.slotscope.layout.Region.of(0, scale, RegionKind.ELEMENT, "[" + i + "]");
            if (e != null && ids.containsKey(e)) {
                region = region.pointingTo(ids.get(e));
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
            String parent = parentLabels.get(o);
            String of = parent != null && parent.startsWith("String") ? " of " + parent.substring("String ".length()) : "";
            return c.getComponentType().getSimpleName() + "[" + Array.getLength(o) + "]" + of;
        }
        if (jdk && o instanceof Map.Entry<?, ?> entry && entry.getKey() instanceof String key) {
            return c.getName().substring(c.getName().lastIndexOf('.') + 1) + " '" + key + "'";
        }
        return c.getName().substring(c.getName().lastIndexOf('.') + 1);
    }
}
