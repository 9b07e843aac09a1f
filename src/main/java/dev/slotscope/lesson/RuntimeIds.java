package dev.slotscope.lesson;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.UnsupportedVariantException;
import dev.slotscope.cpython.Variant;
import dev.slotscope.jvm.JvmMode;
import dev.slotscope.jvm.JvmVariant;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Runtime and variant ids as the command line and lesson files spell them ({@code cpython-3.12},
 * {@code jvm}, {@code jvm-estimate:compressed}; {@code slotted}) turned into the model's values,
 * with one-line errors.
 */
public final class RuntimeIds {
    private RuntimeIds() {
    }

    public static boolean isJvm(String runtime) {
        return runtime.equals("jvm") || runtime.startsWith("jvm-estimate:");
    }

    public static JvmMode jvmMode(String runtime) {
        return JvmMode.fromRuntimeId(runtime).orElseThrow(() -> new IllegalArgumentException(
                "unknown runtime '" + runtime + "'; JVM runtimes: " + Arrays.stream(JvmMode.values())
                        .map(JvmMode::runtimeId).collect(Collectors.joining(", "))));
    }

    public static JvmVariant jvmVariant(String id) {
        return JvmVariant.fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown JVM variant '" + id + "'; known: " + Arrays.stream(JvmVariant.values())
                        .map(JvmVariant::id).collect(Collectors.joining(", "))));
    }

    public static CPythonVersion version(String runtime) {
        return CPythonVersion.fromId(runtime).orElseThrow(() -> new IllegalArgumentException(
                "unknown runtime '" + runtime + "'; known: " + Arrays.stream(CPythonVersion.values())
                        .map(CPythonVersion::id).collect(Collectors.joining(", ")) + ", jvm, jvm-estimate:MODE"));
    }

    /** The variant, refused when {@code version} cannot express it. */
    public static Variant variant(String id, CPythonVersion version) {
        Variant v = Variant.fromId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown variant '" + id + "'; known: " + Arrays.stream(Variant.values())
                        .map(Variant::id).collect(Collectors.joining(", "))));
        if (!v.availableIn(version)) {
            throw new UnsupportedVariantException(v.id() + " needs Python 3.10 or later: @dataclass(slots=True) does not exist in "
                    + version.displayName());
        }
        return v;
    }
}
