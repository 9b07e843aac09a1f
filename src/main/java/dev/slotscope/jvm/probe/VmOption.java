package dev.slotscope.jvm.probe;

import dev.slotscope.jvm.JvmLensException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One option a local JVM is started with. The ones that change how objects are laid out are
 * known by what they do; any other is passed on as written.
 */
public sealed interface VmOption {

    /** As the {@code java} launcher takes it: {@code -XX:+UseCompactObjectHeaders}. */
    String argument();

    /** What it does, in a runtime's name: "compact headers", "no compressed oops", "16-byte alignment". */
    String title();

    /** {@code -XX:±UseCompactObjectHeaders}: an 8-byte header with the class pointer in the mark word (JDK 24+). */
    record CompactHeaders(boolean on) implements VmOption {
        @Override
        public String argument() {
            return "-XX:" + (on ? "+" : "-") + "UseCompactObjectHeaders";
        }

        @Override
        public String title() {
            return on ? "compact headers" : "no compact headers";
        }
    }

    /** {@code -XX:±UseCompressedOops}: references of 4 bytes, or of 8. */
    record CompressedOops(boolean on) implements VmOption {
        @Override
        public String argument() {
            return "-XX:" + (on ? "+" : "-") + "UseCompressedOops";
        }

        @Override
        public String title() {
            return on ? "compressed oops" : "no compressed oops";
        }
    }

    /** {@code -XX:ObjectAlignmentInBytes=N}: every object starts at a multiple of N. */
    record ObjectAlignment(int bytes) implements VmOption {
        @Override
        public String argument() {
            return "-XX:ObjectAlignmentInBytes=" + bytes;
        }

        @Override
        public String title() {
            return bytes + "-byte alignment";
        }
    }

    /** Any other option, passed on as written (a bigger heap for measuring, say). */
    record Other(String argument) implements VmOption {
        @Override
        public String title() {
            return argument;
        }
    }

    /** The option {@code argument} names; one that does not start with '-' is a {@link JvmLensException}. */
    static VmOption parse(String argument) {
        String a = argument == null ? "" : argument.strip();
        if (!a.startsWith("-") || a.length() < 2) {
            throw new JvmLensException("'" + a + "' is not a VM option: VM options start with '-',"
                    + " e.g. -XX:+UseCompactObjectHeaders");
        }
        Matcher flag = Pattern.compile("-XX:([+-])(UseCompactObjectHeaders|UseCompressedOops)").matcher(a);
        if (flag.matches()) {
            boolean on = flag.group(1).equals("+");
            return flag.group(2).equals("UseCompressedOops") ? new CompressedOops(on) : new CompactHeaders(on);
        }
        Matcher align = Pattern.compile("-XX:ObjectAlignmentInBytes=(\\d{1,4})").matcher(a);
        if (align.matches()) {
            return new ObjectAlignment(Integer.parseInt(align.group(1)));
        }
        return new Other(a);
    }
}
