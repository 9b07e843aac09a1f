package dev.slotscope.explain;

/** Turns the names the JVM lens records (binary names such as {@code java.util.HashMap$Node[]}) into Java source spelling. */
final class JavaNames {

    private JavaNames() {
    }

    /**
     * {@code java.util.HashMap$Node} → {@code java.util.HashMap.Node}, {@code [B} → {@code byte[]},
     * {@code [Ljava.util.HashMap$Node;} → {@code java.util.HashMap.Node[]}.
     */
    static String sourceName(String name) {
        if (!name.startsWith("[")) {
            return name.replace('$', '.');
        }
        String element = name.substring(1);
        String component = switch (element.charAt(0)) {
            case 'Z' -> "boolean";
            case 'B' -> "byte";
            case 'C' -> "char";
            case 'S' -> "short";
            case 'I' -> "int";
            case 'F' -> "float";
            case 'J' -> "long";
            case 'D' -> "double";
            case 'L' -> sourceName(element.substring(1, element.length() - 1));
            default -> sourceName(element);
        };
        return component + "[]";
    }

    /** {@code java.util.HashMap$Node} → {@code HashMap.Node}: the name without its package. */
    static String simpleName(String binaryName) {
        int dollar = binaryName.indexOf('$');
        int dot = binaryName.lastIndexOf('.', dollar < 0 ? binaryName.length() : dollar);
        return sourceName(binaryName.substring(dot + 1));
    }
}
