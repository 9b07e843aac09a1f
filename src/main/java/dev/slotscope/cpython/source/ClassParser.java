package dev.slotscope.cpython.source;

import dev.slotscope.cpython.source.ClassStatement.DataclassDecorator;
import dev.slotscope.cpython.source.ClassStatement.Field;
import dev.slotscope.cpython.source.ClassStatement.Method;
import dev.slotscope.cpython.source.ClassStatement.SlotsDeclaration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of Python that decides a layout, statement by statement, and refuses
 * anything else with the line and what it did not understand: a guess would draw a layout the
 * real class does not have. Expressions on the right of {@code =} are never read: they cannot
 * change where an attribute is stored.
 */
final class ClassParser {

    private static final String ID = "[\\p{L}_][\\p{L}\\p{N}_]*";
    private static final Pattern CLASS = Pattern.compile("class\\s+(" + ID + ")\\s*(?:\\((.*)\\))?\\s*:(.*)");
    private static final Pattern DEF = Pattern.compile("(?:async\\s+)?def\\s+(" + ID + ")\\s*\\((.*)\\)\\s*(?:->.*)?:(.*)");
    private static final Pattern DECORATOR = Pattern.compile("@\\s*(" + ID + "(?:\\." + ID + ")*)\\s*(?:\\((.*)\\))?");
    private static final Pattern IMPORT = Pattern.compile("(?:from\\s+(" + ID + "(?:\\." + ID + ")*)\\s+import\\s+(.*)|import\\s+(.*))");
    private static final Pattern NAME = Pattern.compile(ID);
    private static final Pattern ANNOTATED = Pattern.compile("(" + ID + ")\\s*:(.*)");
    private static final Pattern SELF_ATTRIBUTE = Pattern.compile("(" + ID + ")\\.(" + ID + ")");
    private static final Pattern SUPER_INIT = Pattern.compile("super\\s*\\((.*)\\)\\s*\\.\\s*__init__\\s*\\((.*)\\)");
    private static final Pattern BASE_INIT = Pattern.compile("(" + ID + ")\\s*\\.\\s*__init__\\s*\\((.*)\\)");
    private static final Set<String> DATACLASS_OPTIONS = Set.of("init", "repr", "eq", "order", "unsafe_hash", "frozen",
            "match_args", "kw_only", "slots", "weakref_slot");
    private static final Set<String> METHOD_DECORATORS = Set.of("staticmethod", "classmethod", "property");
    private static final Set<String> KEYWORDS = Set.of("if", "elif", "else", "for", "while", "with", "try", "except",
            "finally", "return", "yield", "raise", "del", "global", "nonlocal", "assert", "import", "from", "lambda",
            "class", "def", "async", "await", "match");

    private final List<LogicalLine> lines;
    private final Set<String> imported = new HashSet<>();
    private int next;

    ClassParser(String text) {
        this.lines = LogicalLine.split(text);
    }

    List<ClassStatement> parse() {
        List<ClassStatement> classes = new ArrayList<>();
        List<LogicalLine> decorators = new ArrayList<>();
        while (next < lines.size()) {
            LogicalLine line = lines.get(next++);
            if (line.indent() > 0) {
                throw new SourceException(line.number(), "IndentationError: unexpected indent");
            }
            String text = line.text();
            if (text.startsWith("@")) {
                decorators.add(line);
            } else if (text.startsWith("class ") || text.startsWith("class\t")) {
                classes.add(classStatement(line, decorators));
                decorators = new ArrayList<>();
            } else if (!decorators.isEmpty()) {
                throw notUnderstood(line, "a decorator goes right before a class");
            } else if (IMPORT.matcher(text).matches()) {
                importLine(line);
            } else if (!isDocstring(text)) {
                throw notUnderstood(line, "Slotscope reads class statements and imports only");
            }
        }
        if (!decorators.isEmpty()) {
            throw notUnderstood(decorators.get(0), "a decorator goes right before a class");
        }
        return classes;
    }

    private void importLine(LogicalLine line) {
        Matcher m = IMPORT.matcher(line.text());
        m.matches();
        if (m.group(3) != null) {
            for (String module : m.group(3).split(",")) {
                String[] as = module.trim().split("\\s+as\\s+");
                imported.add(as[as.length - 1].trim());
            }
            return;
        }
        String names = m.group(2).trim();
        if (names.startsWith("(") && names.endsWith(")")) {
            names = names.substring(1, names.length() - 1);
        }
        for (String name : names.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            String[] as = name.trim().split("\\s+as\\s+");
            imported.add(m.group(1) + "." + as[0].trim() + "=" + as[as.length - 1].trim());
        }
    }

    /** The local name {@code dataclasses.dataclass} is known by: imported from, or through its module. */
    private boolean isDataclass(String decorator) {
        if (decorator.contains(".")) {
            int dot = decorator.lastIndexOf('.');
            return decorator.substring(dot + 1).equals("dataclass") && imported.contains(decorator.substring(0, dot))
                    && decorator.substring(0, dot).equals("dataclasses");
        }
        return imported.contains("dataclasses.dataclass=" + decorator);
    }

    private ClassStatement classStatement(LogicalLine line, List<LogicalLine> decorators) {
        Matcher m = CLASS.matcher(line.text());
        if (!m.matches()) {
            throw new SourceException(line.number(), "SyntaxError: invalid syntax: " + line.text());
        }
        String name = m.group(1);
        List<String> bases = new ArrayList<>();
        if (m.group(2) != null) {
            for (String base : LogicalLine.splitTopLevel(m.group(2), ',')) {
                String b = base.trim();
                if (b.isEmpty()) {
                    continue;
                }
                if (!NAME.matcher(b).matches()) {
                    throw notUnderstood(line, "a base must be a class's name (" + b + ")");
                }
                if (!b.equals("object")) {
                    bases.add(b);
                }
            }
        }
        Optional<DataclassDecorator> dataclass = Optional.empty();
        for (LogicalLine d : decorators) {
            if (dataclass.isPresent()) {
                throw notUnderstood(d, "one @dataclass is all a class here can have");
            }
            dataclass = Optional.of(dataclassDecorator(d));
        }
        ClassBody body = new ClassBody();
        List<LogicalLine> block = block(line, m.group(3).trim());
        if (block.isEmpty()) {
            throw new SourceException(line.number(), "IndentationError: expected an indented block after class definition on line "
                    + line.number());
        }
        readClassBody(block, body);
        return new ClassStatement(name, line.number(), bases, body.slots, dataclass, body.attributes, body.fields,
                body.methods);
    }

    private DataclassDecorator dataclassDecorator(LogicalLine line) {
        Matcher m = DECORATOR.matcher(line.text());
        if (!m.matches()) {
            throw notUnderstood(line, "the only class decorator read here is @dataclass");
        }
        String name = m.group(1);
        if (!isDataclass(name)) {
            if (name.equals("dataclass") || name.equals("dataclasses.dataclass")) {
                throw new SourceException(line.number(), "NameError: name '" + name.split("\\.")[0] + "' is not defined");
            }
            throw notUnderstood(line, "the only class decorator read here is @dataclass");
        }
        boolean slots = false;
        boolean weakrefSlot = false;
        boolean init = true;
        if (m.group(2) != null) {
            for (String argument : LogicalLine.splitTopLevel(m.group(2), ',')) {
                if (argument.isBlank()) {
                    continue;
                }
                String[] kv = argument.split("=", 2);
                String key = kv[0].trim();
                String value = kv.length == 2 ? kv[1].trim() : "";
                if (kv.length != 2 || !NAME.matcher(key).matches()) {
                    throw notUnderstood(line, "@dataclass takes keyword arguments only (" + argument.trim() + ")");
                }
                if (!DATACLASS_OPTIONS.contains(key)) {
                    throw new SourceException(line.number(), "TypeError: dataclass() got an unexpected keyword argument '"
                            + key + "'");
                }
                if (!value.equals("True") && !value.equals("False")) {
                    throw notUnderstood(line, key + "= must be True or False here");
                }
                boolean on = value.equals("True");
                switch (key) {
                    case "slots" -> slots = on;
                    case "weakref_slot" -> weakrefSlot = on;
                    case "init" -> init = on;
                    default -> {
                        // repr, eq, order, frozen…: methods, not storage
                    }
                }
            }
        }
        return new DataclassDecorator(line.number(), slots, weakrefSlot, init);
    }

    /** The lines of the block a header opens: the rest of its own line, or the lines indented under it. */
    private List<LogicalLine> block(LogicalLine header, String rest) {
        if (!rest.isEmpty()) {
            // "class A: pass", "def f(self): self.x = 1": one simple statement, or several split by ';'.
            List<LogicalLine> inline = new ArrayList<>();
            for (String part : LogicalLine.splitTopLevel(rest, ';')) {
                if (!part.isBlank()) {
                    inline.add(new LogicalLine(header.number(), header.indent() + 1, part.trim()));
                }
            }
            return inline;
        }
        List<LogicalLine> block = new ArrayList<>();
        if (next >= lines.size() || lines.get(next).indent() <= header.indent()) {
            return block;
        }
        int indent = lines.get(next).indent();
        while (next < lines.size() && lines.get(next).indent() > header.indent()) {
            LogicalLine line = lines.get(next);
            if (line.indent() < indent) {
                throw new SourceException(line.number(), "IndentationError: unindent does not match any outer indentation level");
            }
            block.add(line);
            next++;
        }
        return block;
    }

    private static final class ClassBody {
        Optional<SlotsDeclaration> slots = Optional.empty();
        final List<String> attributes = new ArrayList<>();
        final List<Field> fields = new ArrayList<>();
        final List<Method> methods = new ArrayList<>();
    }

    private void readClassBody(List<LogicalLine> block, ClassBody body) {
        int indent = block.get(0).indent();
        boolean first = true;
        for (int i = 0; i < block.size(); i++) {
            LogicalLine line = block.get(i);
            if (line.indent() > indent) {
                throw new SourceException(line.number(), "IndentationError: unexpected indent");
            }
            String text = line.text();
            boolean docstring = first && isDocstring(text);
            first = false;
            if (docstring || text.equals("pass") || text.equals("...")) {
                continue;
            }
            if (text.startsWith("@")) {
                Matcher d = DECORATOR.matcher(text);
                if (!d.matches() || !METHOD_DECORATORS.contains(d.group(1))) {
                    throw notUnderstood(line, "method decorators read here are @staticmethod, @classmethod and @property");
                }
                continue;
            }
            Matcher def = DEF.matcher(text);
            if (def.matches()) {
                int end = i + 1;
                while (end < block.size() && block.get(end).indent() > indent) {
                    end++;
                }
                List<LogicalLine> methodBlock = def.group(3).isBlank() ? block.subList(i + 1, end)
                        : inline(line, def.group(3));
                if (methodBlock.isEmpty()) {
                    throw new SourceException(line.number(), "IndentationError: expected an indented block after function"
                            + " definition on line " + line.number());
                }
                body.methods.add(method(line, def.group(1), def.group(2), methodBlock));
                body.attributes.add(def.group(1));
                i = end - 1;
                continue;
            }
            if (text.startsWith("class ")) {
                throw notUnderstood(line, "a class inside a class is not read here");
            }
            classLevelStatement(line, body);
        }
    }

    private static List<LogicalLine> inline(LogicalLine header, String rest) {
        List<LogicalLine> inline = new ArrayList<>();
        for (String part : LogicalLine.splitTopLevel(rest.trim(), ';')) {
            if (!part.isBlank()) {
                inline.add(new LogicalLine(header.number(), header.indent() + 1, part.trim()));
            }
        }
        return inline;
    }

    private void classLevelStatement(LogicalLine line, ClassBody body) {
        String text = line.text();
        List<String> parts = LogicalLine.splitAssignments(text);
        if (parts.size() == 1) {
            Matcher annotated = ANNOTATED.matcher(text);
            if (annotated.matches() && !KEYWORDS.contains(annotated.group(1))) {
                String annotation = annotated.group(2).trim();
                body.fields.add(new Field(annotated.group(1), line.number(), annotation.startsWith("ClassVar")
                        || annotation.startsWith("typing.ClassVar"), false));
                return;
            }
            throw notUnderstood(line, "a class body here holds __slots__, class attributes, annotations and methods");
        }
        List<String> targets = parts.subList(0, parts.size() - 1);
        if (targets.size() == 1) {
            Matcher annotated = ANNOTATED.matcher(targets.get(0).trim());
            if (annotated.matches() && !KEYWORDS.contains(annotated.group(1))) {
                String annotation = annotated.group(2).trim();
                body.fields.add(new Field(annotated.group(1), line.number(), annotation.startsWith("ClassVar")
                        || annotation.startsWith("typing.ClassVar"), true));
                return;
            }
        }
        for (String target : targets) {
            String name = target.trim();
            if (!NAME.matcher(name).matches() || KEYWORDS.contains(name)) {
                throw notUnderstood(line, "only names are assigned in a class body here (" + name + ")");
            }
            if (name.equals("__slots__")) {
                if (targets.size() > 1) {
                    throw notUnderstood(line, "__slots__ is assigned on its own here");
                }
                body.slots = Optional.of(new SlotsDeclaration(line.number(), slotNames(line, parts.get(1).trim())));
            } else {
                body.attributes.add(name);
            }
        }
    }

    /** A tuple, list or set of string literals, or one string, as {@code __slots__} takes them. */
    private static List<String> slotNames(LogicalLine line, String value) {
        if (value.startsWith("'") || value.startsWith("\"")) {
            return List.of(stringLiteral(line, value));
        }
        if (value.length() < 2 || !(value.startsWith("(") && value.endsWith(")") || value.startsWith("[") && value.endsWith("]")
                || value.startsWith("{") && value.endsWith("}"))) {
            throw notUnderstood(line, "__slots__ is read as a tuple, list or set of strings, or one string");
        }
        String inner = value.substring(1, value.length() - 1);
        List<String> names = new ArrayList<>();
        List<String> items = LogicalLine.splitTopLevel(inner, ',');
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i).trim();
            if (item.isEmpty() && i == items.size() - 1) {
                continue;
            }
            if (value.startsWith("{") && item.contains(":")) {
                // A dict maps each slot to its docstring: the keys are the slots.
                item = LogicalLine.splitTopLevel(item, ':').get(0).trim();
            }
            names.add(stringLiteral(line, item));
        }
        return names;
    }

    private static String stringLiteral(LogicalLine line, String text) {
        if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                && text.charAt(text.length() - 1) == text.charAt(0) && !text.startsWith("'''") && !text.startsWith("\"\"\"")) {
            String inner = text.substring(1, text.length() - 1);
            if (inner.indexOf(text.charAt(0)) < 0 && inner.indexOf('\\') < 0) {
                return inner;
            }
        }
        throw notUnderstood(line, "__slots__ holds plain string literals here (" + text + ")");
    }

    private Method method(LogicalLine line, String name, String parameters, List<LogicalLine> block) {
        List<String> params = LogicalLine.splitTopLevel(parameters, ',');
        String self = params.isEmpty() ? "" : params.get(0).split("[:=]")[0].trim();
        List<MethodStep> steps = new ArrayList<>();
        int indent = block.get(0).indent();
        boolean first = true;
        for (LogicalLine statement : block) {
            if (statement.indent() != indent) {
                throw notUnderstood(statement, "a method here is a straight list of statements, without blocks");
            }
            String text = statement.text();
            boolean docstring = first && isDocstring(text);
            first = false;
            if (docstring || text.equals("pass") || text.equals("...")) {
                continue;
            }
            Matcher superInit = SUPER_INIT.matcher(text);
            if (superInit.matches()) {
                steps.add(new MethodStep.CallInit(statement.number(), Optional.empty()));
                continue;
            }
            Matcher baseInit = BASE_INIT.matcher(text);
            if (baseInit.matches()) {
                List<String> args = LogicalLine.splitTopLevel(baseInit.group(2), ',');
                if (args.isEmpty() || !args.get(0).trim().equals(self)) {
                    throw notUnderstood(statement, baseInit.group(1) + ".__init__ is read here when called with " + self
                            + " first");
                }
                steps.add(new MethodStep.CallInit(statement.number(), Optional.of(baseInit.group(1))));
                continue;
            }
            steps.add(assignment(statement, self));
        }
        return new Method(name, line.number(), steps.stream().filter(s -> s != NOTHING).toList());
    }

    /** A statement that binds only local names: no step. */
    private static final MethodStep NOTHING = new MethodStep.Assign(0, List.of());

    private static MethodStep assignment(LogicalLine statement, String self) {
        String text = statement.text();
        List<String> parts = LogicalLine.splitAssignments(text);
        if (parts.size() == 1) {
            Matcher augmented = Pattern.compile("(.*?)\\s*(?:\\+|-|\\*|/|//|%|\\*\\*|\\||&|\\^|<<|>>|@)=(?!=).*").matcher(text);
            if (augmented.matches()) {
                parts = List.of(augmented.group(1), "");
            } else {
                Matcher annotated = ANNOTATED.matcher(text);
                if (!annotated.matches() || KEYWORDS.contains(annotated.group(1))) {
                    throw notUnderstood(statement, "a method here assigns to " + self + " and calls __init__, nothing else");
                }
                return NOTHING;
            }
        }
        List<String> names = new ArrayList<>();
        for (String target : parts.subList(0, parts.size() - 1)) {
            String t = target.trim();
            Matcher annotatedTarget = Pattern.compile("(.*?)\\s*:[^=]*").matcher(t);
            if (parts.size() == 2 && annotatedTarget.matches() && !t.contains("[")) {
                t = annotatedTarget.group(1).trim();
            }
            Matcher attribute = SELF_ATTRIBUTE.matcher(t);
            if (attribute.matches() && attribute.group(1).equals(self)) {
                names.add(attribute.group(2));
            } else if (!NAME.matcher(t).matches() || KEYWORDS.contains(t)) {
                throw notUnderstood(statement, "only " + self + ".name and local names are assigned here (" + t + ")");
            }
        }
        return names.isEmpty() ? NOTHING : new MethodStep.Assign(statement.number(), names);
    }

    private static boolean isDocstring(String text) {
        return text.matches("(?s)[rRuUbBfF]{0,2}(\"\"\".*\"\"\"|'''.*'''|\"[^\"]*\"|'[^']*')");
    }

    private static SourceException notUnderstood(LogicalLine line, String why) {
        return new SourceException(line.number(), "not understood: " + line.text() + " (" + why + ")");
    }
}
