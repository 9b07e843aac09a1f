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
    LIVE("", "this JVM (measured)"),
    COMPRESSED("compressed", "64-bit, compressed oops and class pointers (estimate)"),
    NO_COMPRESSED_OOPS("no-compressed-oops", "64-bit, no compressed oops (estimate)"),
    COMPACT_HEADERS("compact-headers", "64-bit, compact object headers (estimate)"),
    BIT32("32-bit", "32-bit VM (estimate)");

    private final String name;
    private final String description;

    JvmMode(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public boolean measured() {
        return this == LIVE;
    }

    /** {@code jvm} or {@code jvm-estimate:compact-headers}. */
    public String runtimeId() {
        return measured() ? "jvm" : "jvm-estimate:" + name;
    }

    /** Its name beside the other modes, on a bar or a chart's series. */
    public String shortName() {
        return switch (this) {
            case LIVE -> "this VM";
            case COMPRESSED -> "compressed";
            case NO_COMPRESSED_OOPS -> "no coops";
            case COMPACT_HEADERS -> "compact";
            case BIT32 -> "32-bit";
        };
    }

    public String description() {
        return description;
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
