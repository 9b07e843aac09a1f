package dev.slotscope.jvm.probe;

import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.FieldLayout;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code jol-cli internals} prints, as plain rows: run with jol-core alone on another JDK, so
 * the probe's layouts can be checked against JOL itself there. Arguments: an output file, then
 * binary class names. Rows: {@code class NAME SIZE HEADER}, then {@code field NAME OFFSET SIZE}.
 */
public final class JolInternals {

    private JolInternals() {
    }

    public static void main(String[] args) throws Exception {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (int i = 1; i < args.length; i++) {
                ClassLayout layout = ClassLayout.parseClass(Class.forName(args[i], false, JolInternals.class.getClassLoader()));
                out.println("class " + args[i] + " " + layout.instanceSize() + " " + layout.headerSize());
                for (FieldLayout f : layout.fields()) {
                    out.println("field " + f.name() + " " + f.offset() + " " + f.size());
                }
            }
        }
    }
}
