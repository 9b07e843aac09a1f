package dev.slotscope.cli;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code describe}: one variant's layout and figures, as a table or as JSON. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Lays out one instance of a lesson variant.")
final class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runtime", required = true, paramLabel = "RUNTIME",
            description = "cpython-3.8 ... cpython-3.13")
    String runtime;

    @Option(names = "--variant", defaultValue = "standard", paramLabel = "VARIANT",
            description = "standard, slotted, dataclass-slots, child-of-slotted, slotted-weakref (default: ${DEFAULT-VALUE})")
    String variant;

    @Option(names = "--attrs", defaultValue = "x,y", paramLabel = "NAMES",
            description = "comma-separated attribute names; '' for none (default: ${DEFAULT-VALUE})")
    String attrs;

    @Option(names = "--add", paramLabel = "NAME", description = "try to set one more attribute after construction")
    String add;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        CPythonVersion version = CPythonVersion.fromId(runtime).orElseThrow(() -> new IllegalArgumentException(
                "unknown runtime '" + runtime + "'; known: " + Arrays.stream(CPythonVersion.values())
                        .map(CPythonVersion::id).collect(Collectors.joining(", "))));
        Variant v = Variant.fromId(variant).orElseThrow(() -> new IllegalArgumentException(
                "unknown variant '" + variant + "'; known: " + Arrays.stream(Variant.values())
                        .map(Variant::id).collect(Collectors.joining(", "))));
        AttributeNames names = AttributeNames.parse(attrs);
        CPythonLens lens = new CPythonLens();
        CPythonObject object = lens.describe(version, v, names);
        Optional<AttributeOutcome> outcome = Optional.ofNullable(add)
                .map(name -> lens.addAttribute(version, v, names, name));
        var out = spec.commandLine().getOut();
        out.print(json ? DescribeJson.render(object, outcome) : DescribeTable.render(object, outcome));
        out.flush();
        return 0;
    }
}
