package dev.slotscope.jvm;

import org.openjdk.jol.datamodel.DataModel;
import org.openjdk.jol.datamodel.Model32;
import org.openjdk.jol.datamodel.Model64;
import org.openjdk.jol.datamodel.Model64_Lilliput;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which VM a layout is for: the running VM, measured, or one of JOL's estimates of another mode.
 * The runtime id is {@code jvm} or {@code jvm-estimate:<name>}.
 */
public enum JvmMode {
    LIVE("", "this VM"),
    COMPRESSED("compressed", "compressed oops"),
    NO_COMPRESSED_OOPS("no-compressed-oops", "no compressed oops"),
    COMPACT_HEADERS("compact-headers", "compact headers"),
    BIT32("32-bit", "32-bit");

    private final String name;
    private final String title;

    JvmMode(String name, String title) {
        this.name = name;
        this.title = title;
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

    /** Its title, saying whether it is measured or estimated: "this VM (measured)", "32-bit (estimate)". */
    public String titleWithSource() {
        return title + (measured() ? " (measured)" : " (estimate)");
    }

    /** JOL's data model for an estimate (8-byte alignment, as HotSpot's default). */
    DataModel model() {
        return switch (this) {
            case LIVE -> throw new IllegalStateException("the live VM is measured, not modelled");
            case COMPRESSED -> new Model64(true, true, 8);
            // Since JDK 15 class pointers stay compressed when oops are not.
            case NO_COMPRESSED_OOPS -> new Model64(false, true, 8);
            case COMPACT_HEADERS -> new Model64_Lilliput(true, 8, false);
            case BIT32 -> new Model32();
        };
    }

    public static Optional<JvmMode> fromRuntimeId(String id) {
        return Arrays.stream(values()).filter(m -> m.runtimeId().equals(id)).findFirst();
    }
}
