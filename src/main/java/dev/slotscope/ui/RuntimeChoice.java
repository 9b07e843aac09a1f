package dev.slotscope.ui;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.jvm.JvmMode;

import java.util.ArrayList;
import java.util.List;

/** A runtime the explorer can show: a CPython version, or the JVM measured or estimated. */
public sealed interface RuntimeChoice {

    String displayName();

    /** CPython, modelled from the rules and checked against recorded fixtures. */
    record CPython(CPythonVersion version) implements RuntimeChoice {
        @Override
        public String displayName() {
            return version.displayName();
        }
    }

    /** The JVM, read with JOL: the running VM or an estimate of another mode. */
    record Jvm(JvmMode mode) implements RuntimeChoice {
        @Override
        public String displayName() {
            return mode.measured() ? "JVM · this VM (measured)" : "JVM · " + mode.description();
        }
    }

    /** Every choice, CPython versions first. */
    static List<RuntimeChoice> all() {
        List<RuntimeChoice> all = new ArrayList<>();
        for (CPythonVersion v : CPythonVersion.values()) {
            all.add(new CPython(v));
        }
        for (JvmMode m : JvmMode.values()) {
            all.add(new Jvm(m));
        }
        return List.copyOf(all);
    }
}
