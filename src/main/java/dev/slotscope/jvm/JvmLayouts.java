package dev.slotscope.jvm;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.growth.GrowthStep;
import dev.slotscope.memory.InstanceCount;
import dev.slotscope.memory.Measurement;
import dev.slotscope.memory.Progress;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the JVM lens reads its layouts: this VM ({@link JvmLens}), or a local JDK measured in a
 * child VM ({@link dev.slotscope.jvm.probe.LocalJvm}). Both answer in the same values; both can
 * take a while, so call them off the JavaFX thread.
 */
public interface JvmLayouts {

    /** A lesson variant's instance and the objects it reaches. */
    JvmObject describe(JvmVariant variant, AttributeNames attrs, JvmMode mode);

    /** Any class by binary name, from the JDK, Slotscope or {@code classpath}; with {@code walkGraph}, an instance walked. */
    JvmObject describeClass(String binaryName, List<Path> classpath, JvmMode mode, boolean walkGraph);

    /** A class of a user's compiled source; with {@code walkGraph}, an instance walked. */
    JvmObject describeCompiled(JavaCompilation.Compiled unit, Optional<String> className, JvmMode mode, boolean walkGraph);

    /** A lesson variant as constructed, then after each attribute of {@code add} is set. */
    List<GrowthStep> grow(JvmVariant variant, AttributeNames attrs, List<String> add, JvmMode mode);

    /** {@code n} real instances of a lesson variant, made and measured on the heap. */
    Measurement measure(JvmVariant variant, AttributeNames attrs, InstanceCount n, Progress progress);
}
