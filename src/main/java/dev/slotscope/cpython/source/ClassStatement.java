package dev.slotscope.cpython.source;

import java.util.List;
import java.util.Optional;

/**
 * One {@code class} statement as written.
 *
 * @param name       the class name
 * @param line       the line of the {@code class} keyword
 * @param bases      the base classes' names, in order ({@code object} dropped)
 * @param slots      its {@code __slots__}, if the body sets them
 * @param dataclass  its {@code @dataclass} decorator, if any
 * @param attributes names the body binds at class level (class attributes), in order
 * @param fields     annotated names of the body ({@code x: int}, {@code y: float = 0}), in order
 * @param methods    the functions the body defines
 */
public record ClassStatement(String name, int line, List<String> bases, Optional<SlotsDeclaration> slots,
                             Optional<DataclassDecorator> dataclass, List<String> attributes, List<Field> fields,
                             List<Method> methods) {

    public ClassStatement {
        bases = List.copyOf(bases);
        attributes = List.copyOf(attributes);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
    }

    /** The method named {@code name}, if the body defines it. */
    public Optional<Method> method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).reduce((first, later) -> later);
    }

    /**
     * {@code __static_attributes__}: the names any of the body's methods assign to {@code self}, as
     * written (not mangled), sorted by Python when it lists them.
     */
    public List<String> staticAttributes() {
        return methods.stream().flatMap(m -> m.steps().stream())
                .flatMap(s -> s instanceof MethodStep.Assign a ? a.names().stream() : java.util.stream.Stream.empty())
                .distinct().toList();
    }

    /** {@code __slots__ = …} with the line it is on, and the names as written. */
    public record SlotsDeclaration(int line, List<String> names) {
        public SlotsDeclaration {
            names = List.copyOf(names);
        }
    }

    /** {@code @dataclass} or {@code @dataclass(…)}, with the options that change a layout. */
    public record DataclassDecorator(int line, boolean slots, boolean weakrefSlot, boolean init) {
    }

    /**
     * An annotated name in the class body.
     *
     * @param classVar   annotated {@code ClassVar[…]}: a class attribute, never a dataclass field
     * @param hasDefault {@code = value} follows the annotation
     */
    public record Field(String name, int line, boolean classVar, boolean hasDefault) {
    }

    /** A function in the class body: its name, line and what it does to {@code self}, in order. */
    public record Method(String name, int line, List<MethodStep> steps) {
        public Method {
            steps = List.copyOf(steps);
        }
    }
}
