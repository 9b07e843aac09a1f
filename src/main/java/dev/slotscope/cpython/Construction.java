package dev.slotscope.cpython;

import dev.slotscope.cpython.source.ClassStatement;
import dev.slotscope.cpython.source.MethodStep;
import dev.slotscope.cpython.source.SourceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code C()} followed without running it: which {@code __init__} runs (a dataclass's, or the
 * first in the method resolution order), what it and the {@code __init__}s it calls assign to
 * {@code self}, in order, and where each name goes: a slot, whose descriptor any class of the
 * order may hold, or else the instance's dict; without a dict, Python's {@code AttributeError}.
 */
final class Construction {

    /** Python's recursion limit would stop an {@code __init__} that calls itself; this stops it sooner. */
    private static final int MAX_DEPTH = 100;

    private final CPythonVersion version;
    private final PyType type;
    private final Map<String, PyType> classes;
    private final List<String> dictNames = new ArrayList<>();
    private int depth;

    private Construction(CPythonVersion version, PyType type, Map<String, PyType> classes) {
        this.version = version;
        this.type = type;
        this.classes = classes;
    }

    /** The names {@code type()} leaves in the instance's dict, in the order they were first set. */
    static List<String> dictNames(CPythonVersion version, PyType type, Map<String, PyType> classes) {
        Construction c = new Construction(version, type, classes);
        c.initFrom(type.mro(), 0);
        return List.copyOf(c.dictNames);
    }

    /** Runs the first {@code __init__} of {@code order} from {@code start}: none past the end is object's. */
    private void initFrom(List<PyType> order, int start) {
        for (int i = start; i < order.size(); i++) {
            PyType k = order.get(i);
            if (k.dataclassInit()) {
                k.fields().forEach(this::set);
                return;
            }
            Optional<ClassStatement.Method> init = k.statement().method("__init__");
            if (init.isPresent()) {
                run(k, init.get());
                return;
            }
        }
    }

    private void run(PyType owner, ClassStatement.Method method) {
        if (++depth > MAX_DEPTH) {
            throw new SourceException(method.line(), "RecursionError: maximum recursion depth exceeded");
        }
        for (MethodStep step : method.steps()) {
            if (step instanceof MethodStep.Assign assign) {
                for (String name : assign.names()) {
                    set(AttributeNames.mangled(name, owner.name()), step.line());
                }
            } else if (step instanceof MethodStep.CallInit call) {
                if (call.base().isEmpty()) {
                    // super() inside owner's method: the instance's order, after owner.
                    List<PyType> mro = type.mro();
                    initFrom(mro, mro.indexOf(owner) + 1);
                } else {
                    PyType base = classes.get(call.base().get());
                    if (base == null) {
                        throw new SourceException(step.line(), "NameError: name '" + call.base().get() + "' is not defined");
                    }
                    initFrom(base.mro(), 0);
                }
            }
        }
        depth--;
    }

    private void set(String name) {
        set(name, type.statement().line());
    }

    /** {@code object.__setattr__(self, name, …)}: a slot's descriptor first, then the dict. */
    private void set(String name, int line) {
        for (PyType k : type.mro()) {
            if (k.members().stream().anyMatch(m -> m.name().equals(name))) {
                return;
            }
            if (k.namespace().contains(name)) {
                if (type.hasDict()) {
                    break;
                }
                throw new SourceException(line, "AttributeError: '" + type.name() + "' object attribute '" + name
                        + "' is read-only");
            }
        }
        if (!type.hasDict()) {
            throw new SourceException(line, missing(version, type.name(), name));
        }
        if (!dictNames.contains(name)) {
            dictNames.add(name);
        }
    }

    /** The {@code AttributeError} of setting {@code name} where there is no slot and no dict. */
    static String missing(CPythonVersion version, String className, String name) {
        String message = "AttributeError: '" + className + "' object has no attribute '" + name + "'";
        return version.explainsMissingDict() ? message + " and no __dict__ for setting new attributes" : message;
    }
}
