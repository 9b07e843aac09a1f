package dev.slotscope.runtime;

import dev.slotscope.cpython.CPythonBuild;
import dev.slotscope.cpython.CPythonVersion;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A runtime is found again from its id, and a CPython runtime names its build. */
class RuntimeIdsTest {

    @Test
    void everyRuntimeIsFoundByItsOwnId() {
        for (Runtime runtime : Runtime.all()) {
            assertEquals(runtime, Runtime.fromId(runtime.id()), runtime.id());
        }
    }

    @Test
    void aVersionAloneMeansItsDefaultBuild() {
        Runtime py = Runtime.fromId("3.14");
        assertEquals(new Runtime.CPython(CPythonVersion.V3_14, CPythonBuild.DEFAULT), py);
        assertEquals("cpython-3.14", py.id());
        assertEquals("CPython 3.14", py.displayName());
        assertTrue(Runtime.all().contains(new Runtime.CPython(CPythonVersion.V3_15)));
    }

    @Test
    void theJdk25EstimatesSitBesideJolsAndSayWhoseRulesTheyFollow() {
        assertEquals("JVM · JDK 25 · compact headers (estimate)", Runtime.fromId("jvm-estimate:jdk25-compact").displayName());
        assertEquals("JVM · JDK 25 · compressed oops (estimate)", Runtime.fromId("jvm-estimate:jdk25").displayName());
        assertEquals("JVM · compact headers (estimate)", Runtime.fromId("jvm-estimate:compact-headers").displayName());
        assertEquals(dev.slotscope.jvm.FieldLayoutRules.JDK_25, dev.slotscope.jvm.JvmMode.JDK25_COMPACT.rules());
        assertEquals(dev.slotscope.jvm.FieldLayoutRules.JDK_15_TO_24, dev.slotscope.jvm.JvmMode.COMPACT_HEADERS.rules());
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Runtime.fromId("cpython-3.14t"));
        assertTrue(e.getMessage().startsWith("unknown runtime 'cpython-3.14t'; known: cpython-3.8, "), e.getMessage());
    }
}
