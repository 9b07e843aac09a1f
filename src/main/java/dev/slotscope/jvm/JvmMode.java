package dev.slotscope.jvm;

import org.openjdk.jol.datamodel.DataModel;
import org.openjdk.jol.datamodel.Model32;
import org.openjdk.jol.datamodel.Model64;
import org.openjdk.jol.datamodel.Model64_Lilliput;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which VM a layout is for: the running VM, measured, or an estimate of another mode, computed on
 * any JDK by the field layout rules the mode names (JOL's for JDK 15–24, Slotscope's for JDK 25).
 * The runtime id is {@code jvm} or {@code jvm-estimate:<name>}.
 */
public enum JvmMode {
    LIVE("", "this VM", FieldLayoutRules.of(Runtime.version().feature())),
    COMPRESSED("compressed", "compressed oops", FieldLayoutRules.JDK_15_TO_24),
    NO_COMPRESSED_OOPS("no-compressed-oops", "no compressed oops", FieldLayoutRules.JDK_15_TO_24),
    COMPACT_HEADERS("compact-headers", "compact headers", FieldLayoutRules.JDK_15_TO_24),
    BIT32("32-bit", "32-bit", FieldLayoutRules.JDK_15_TO_24),
    /** JDK 25 as it starts by default: compressed oops and class pointers, a 12-byte header. */
    JDK25("jdk25", "JDK 25 · compressed oops", FieldLayoutRules.JDK_25),
    /** JDK 25 with {@code -XX:+UseCompactObjectHeaders}: the class pointer in the mark word, an 8-byte header. */
    JDK25_COMPACT("jdk25-compact", "JDK 25 · compact headers", FieldLayoutRules.JDK_25);

    private final String name;
    private final String title;
    private final FieldLayoutRules rules;

    JvmMode(String name, String title, FieldLayoutRules rules) {
        this.name = name;
        this.title = title;
        this.rules = rules;
    }

    public boolean measured() {
        return this == LIVE;
    }

    /** {@code jvm} or {@code jvm-estimate:compact-headers}. */
    public String runtimeId() {
        return measured() ? "jvm" : "jvm-estimate:" + name;
    }

    /**
     * Its one name wherever a mode is shown (a bar, a chart's series, a heading, the runtime
     * menu): the words of its id, never abbreviated, so the window, exports and the command line
     * agree.
     */
    public String title() {
        return title;
    }

    /** The JDK field layout rules it follows: an estimate's own, or the running VM's when measured. */
    public FieldLayoutRules rules() {
        return rules;
    }

    /** Its title, saying whether it is measured or estimated: "this VM (measured)", "32-bit (estimate)". */
    public String titleWithSource() {
        return title + (measured() ? " (measured)" : " (estimate)");
    }

    /** JOL's data model for an estimate (8-byte alignment, as HotSpot's default). */
    DataModel model() {
        return switch (this) {
            case LIVE -> throw new IllegalStateException("the live VM is measured, not modelled");
            case COMPRESSED, JDK25 -> new Model64(true, true, 8);
            // Since JDK 15 class pointers stay compressed when oops are not.
            case NO_COMPRESSED_OOPS -> new Model64(false, true, 8);
            case COMPACT_HEADERS, JDK25_COMPACT -> new Model64_Lilliput(true, 8, false);
            case BIT32 -> new Model32();
        };
    }

    public static Optional<JvmMode> fromRuntimeId(String id) {
        return Arrays.stream(values()).filter(m -> m.runtimeId().equals(id)).findFirst();
    }
}
