package dev.slotscope.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is known of a class whose source Slotscope does not have: its declaration as reflection
 * sees it, with the instance fields its layout is made of, the inherited ones under the class
 * that declares them. Reading fields by reflection runs none of the class's code.
 */
final class JavaDeclaration {

    /** A package prefix such as {@code java.util.} (packages are lower case by convention). */
    private static final Pattern PACKAGE = Pattern.compile("\\b[a-z][a-z0-9_]*\\.");
    private static final int FIELD_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE
            | Modifier.FINAL | Modifier.TRANSIENT | Modifier.VOLATILE;
    private static final int CLASS_MODIFIERS = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE
            | Modifier.ABSTRACT | Modifier.FINAL;

    private JavaDeclaration() {
    }

    /** The declaration of {@code c} and its instance fields, as Java source. */
    static String of(Class<?> c) {
        StringBuilder s = new StringBuilder("// ").append(c.getName()).append(": fields read by reflection\n");
        s.append(header(c)).append(" {\n");
        List<String> own = fields(c);
        own.forEach(f -> s.append("    ").append(f).append('\n'));
        for (Class<?> up = c.getSuperclass(); up != null && up != Object.class; up = up.getSuperclass()) {
            List<String> inherited = fields(up);
            if (!inherited.isEmpty()) {
                s.append("    // from ").append(simple(up.getName())).append('\n');
                inherited.forEach(f -> s.append("    ").append(f).append('\n'));
            }
        }
        if (own.isEmpty() && c.getSuperclass() != null && fields(c.getSuperclass()).isEmpty()) {
            s.append("    // no instance fields\n");
        }
        return s.append('}').toString();
    }

    private static String header(Class<?> c) {
        String modifiers = Modifier.toString(c.getModifiers() & CLASS_MODIFIERS & (c.isRecord() ? ~Modifier.FINAL : ~0));
        String kind = c.isRecord() ? "record" : c.isEnum() ? "enum" : "class";
        StringBuilder s = new StringBuilder(modifiers.isEmpty() ? "" : modifiers + " ").append(kind).append(' ')
                .append(simple(c.getName())).append(typeParameters(c.getTypeParameters()));
        Type parent = c.getGenericSuperclass();
        if (parent != null && parent != Object.class && !c.isRecord() && !c.isEnum()) {
            s.append(" extends ").append(simple(parent.getTypeName()));
        }
        return s.toString();
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        return variables.length == 0 ? ""
                : Arrays.stream(variables).map(TypeVariable::getName).collect(Collectors.joining(", ", "<", ">"));
    }

    /** The instance fields {@code c} declares, as declarations. */
    private static List<String> fields(Class<?> c) {
        List<String> found = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                String modifiers = Modifier.toString(f.getModifiers() & FIELD_MODIFIERS);
                found.add((modifiers.isEmpty() ? "" : modifiers + " ") + simple(f.getGenericType().getTypeName()) + " "
                        + f.getName() + ";");
            }
        }
        return found;
    }

    /**
     * A type as source says it: {@code java.util.HashMap$Node<K, V>[]} is {@code HashMap.Node<K, V>[]};
     * a binary array name too: {@code [Ljava.util.HashMap$Node;} is {@code HashMap.Node[]}, {@code [B} is {@code byte[]}.
     */
    static String simple(String typeName) {
        if (typeName.startsWith("[")) {
            int dims = typeName.lastIndexOf('[') + 1;
            String component = typeName.substring(dims);
            String element = switch (component) {
                case "B" -> "byte";
                case "C" -> "char";
                case "D" -> "double";
                case "F" -> "float";
                case "I" -> "int";
                case "J" -> "long";
                case "S" -> "short";
                case "Z" -> "boolean";
                default -> simple(component.substring(1, component.length() - 1));
            };
            return element + "[]".repeat(dims);
        }
        return PACKAGE.matcher(typeName).replaceAll("").replace('$', '.');
    }
}
