package dev.slotscope.jvm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What compiling a user's Java compilation unit gave: its classes, its errors, or no compiler at all. */
public sealed interface JavaCompilation {

    /** The compiled classes; a failed or impossible compilation throws, with the message meant for the user. */
    Compiled compiled();

    /**
     * The unit compiled.
     *
     * @param fileName   the name the unit is shown by, e.g. {@code Point.java}
     * @param classFiles class file bytes by binary name ({@code pkg.Outer$Inner}), in the order javac wrote them
     */
    record Compiled(String fileName, Map<String, byte[]> classFiles) implements JavaCompilation {

        public Compiled {
            classFiles = Collections.unmodifiableMap(new LinkedHashMap<>(classFiles));
        }

        @Override
        public Compiled compiled() {
            return this;
        }

        /**
         * The classes a user can name, as Java writes them ({@code pkg.Point}, {@code pkg.Point.Inner}):
         * each top-level class in the unit's order, followed by its nested classes (javac writes those first).
         */
        public List<String> classNames() {
            List<String> names = new ArrayList<>();
            for (String top : classFiles.keySet().stream().filter(this::topLevel).toList()) {
                names.add(javaName(top));
                classFiles.keySet().stream().filter(b -> b.startsWith(top + "$") && named(b)).sorted()
                        .map(Compiled::javaName).forEach(names::add);
            }
            return names;
        }

        /**
         * The binary name of the class the user means: its binary name, or its name as Java writes it
         * ({@code Outer.Inner}), with or without the unit's package.
         */
        public String binaryName(String asked) {
            List<String> matches = new ArrayList<>();
            for (String binary : classFiles.keySet()) {
                String java = javaName(binary);
                if (asked.equals(binary) || asked.equals(java) || asked.equals(withoutPackage(java))) {
                    matches.add(binary);
                }
            }
            if (classFiles.isEmpty()) {
                throw new JvmLensException(fileName + " declares no class");
            }
            if (matches.size() != 1) {
                throw new JvmLensException("no class named " + asked + " in " + fileName + " (it declares "
                        + String.join(", ", classNames()) + ")");
            }
            return matches.get(0);
        }

        /** The binary name of the unit's only top-level class, for when the user names none. */
        public String onlyTopLevelClass() {
            List<String> top = classFiles.keySet().stream().filter(this::topLevel).toList();
            if (top.isEmpty()) {
                throw new JvmLensException(fileName + " declares no class");
            }
            if (top.size() != 1) {
                throw new JvmLensException(fileName + " declares " + top.size() + " top-level classes ("
                        + top.stream().map(Compiled::javaName).collect(Collectors.joining(", "))
                        + "): name one with --class");
            }
            return top.get(0);
        }

        /** The unit's last top-level class, as Java writes it: where a subclass usually follows its parents. */
        public Optional<String> lastTopLevelClass() {
            List<String> top = classFiles.keySet().stream().filter(this::topLevel).toList();
            return top.isEmpty() ? Optional.empty() : Optional.of(javaName(top.get(top.size() - 1)));
        }

        /** A class is nested when the name before its last '$' is a class of this unit too. */
        private boolean topLevel(String binary) {
            int dollar = binary.lastIndexOf('$');
            return dollar < 0 || !classFiles.containsKey(binary.substring(0, dollar));
        }

        /** Anonymous ({@code Outer$1}) and local ({@code Outer$1Local}) classes have no name to write. */
        private static boolean named(String binary) {
            String simple = binary.substring(binary.lastIndexOf('.') + 1);
            for (String part : simple.split("\\$")) {
                if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        private static String javaName(String binary) {
            int dot = binary.lastIndexOf('.');
            return binary.substring(0, dot + 1) + binary.substring(dot + 1).replace('$', '.');
        }

        private String withoutPackage(String java) {
            return packageName().map(p -> java.substring(p.length() + 1)).orElse(java);
        }

        private Optional<String> packageName() {
            return classFiles.keySet().stream().findFirst().filter(b -> b.contains("."))
                    .map(b -> b.substring(0, b.lastIndexOf('.')));
        }
    }

    /**
     * The compiler found errors.
     *
     * @param fileName the name the unit is shown by
     * @param errors   the errors, in the compiler's order; never empty
     */
    record Failed(String fileName, List<CompileDiagnostic> errors) implements JavaCompilation {

        /** How many errors a one-line summary names before "and N more". */
        private static final int SHOWN = 3;

        public Failed {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a failed compilation has at least one error");
            }
        }

        @Override
        public Compiled compiled() {
            throw new JvmLensException(summary());
        }

        /** {@code Point.java line 3: ';' expected; line 5: …}, on one line. */
        public String summary() {
            StringBuilder s = new StringBuilder(errors.get(0).display(fileName));
            for (CompileDiagnostic e : errors.subList(1, Math.min(SHOWN, errors.size()))) {
                s.append("; ").append(e.line() > 0 ? "line " + e.line() + ": " : "").append(e.oneLine());
            }
            int more = errors.size() - SHOWN;
            if (more > 0) {
                s.append("; and ").append(more).append(more > 1 ? " more errors" : " more error");
            }
            return s.toString();
        }
    }

    /**
     * This Java has no compiler: a JRE, or a runtime linked without {@code jdk.compiler}.
     *
     * @param javaHome where the running Java is installed
     */
    record NoCompiler(String javaHome) implements JavaCompilation {

        @Override
        public Compiled compiled() {
            throw new JvmLensException(sentence());
        }

        public String sentence() {
            return "this Java has no compiler (jdk.compiler): " + javaHome
                    + " cannot compile Java source; run Slotscope with a full JDK to describe it";
        }
    }
}
