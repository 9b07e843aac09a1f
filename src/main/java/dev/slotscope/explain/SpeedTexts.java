package dev.slotscope.explain;

import dev.slotscope.cpython.CPythonVersion;

/**
 * Why reading or writing a slot could be faster than an ordinary attribute, per runtime, with
 * where to read it in the runtime's own source: the note beside the speed chart.
 */
public final class SpeedTexts {

    /** On the JVM: a field at a fixed offset against a hash lookup. */
    public static final String WHY_JVM = "A FieldPoint's x is a field at an offset fixed when the class is loaded: the"
            + " JIT compiles p.x() to one load from the object (getfield, JVMS §6.5). A MapPoint's \"x\" is a"
            + " HashMap lookup: the key's hash (cached in the String), a bucket index, a key comparison, and a Double"
            + " to unbox (java/util/HashMap.java, getNode) — several loads and a branch or two for every access.";

    private SpeedTexts() {
    }

    /** On CPython: what LOAD_ATTR and STORE_ATTR do for each class in {@code version}. */
    public static String whyCPython(CPythonVersion version) {
        if (version.minor() <= 9) {
            return "On " + version.displayName() + " every o.x goes through PyObject_GenericGetAttr"
                    + " (Objects/object.c): it looks x up on the class first (_PyType_Lookup, with the type's method"
                    + " cache). For SlottedPoint it finds a member descriptor and reads the object at its fixed offset"
                    + " (Objects/descrobject.c, member_get; Python/structmember.c). For StandardPoint it finds"
                    + " nothing there and then looks x up in the instance's __dict__ (a hash lookup,"
                    + " Objects/dictobject.c). Writes take the same two paths. So the claim holds here: the dict"
                    + " lookup is the extra work.";
        }
        if (version.minor() == 10) {
            return "3.10 gave LOAD_ATTR a per-instruction cache (Python/ceval.c; \"What's New in Python 3.10\","
                    + " Optimizations: about 36% faster for regular attributes and 44% for slots, bpo-42093): a"
                    + " StandardPoint's x is read from its split dict at the cached index, a SlottedPoint's at the"
                    + " cached offset, each after checking the type's version. The dict still costs one more step"
                    + " than the slot; STORE_ATTR is not cached and still looks the name up.";
        }
        String where = version.minor() == 11 ? "Python/ceval.c" : "Python/bytecodes.c";
        String values = version.minor() <= 12 ? "the values array the object's pre-header points to"
                : "the values kept inside the object";
        return "Since 3.11 the interpreter specialises each instruction for what it meets (PEP 659, Python/specialize.c):"
                + " o.x on a StandardPoint becomes LOAD_ATTR_INSTANCE_VALUE, which checks the type's version and reads"
                + " x by index from " + values + ", without a dict lookup; on a SlottedPoint it becomes LOAD_ATTR_SLOT,"
                + " which checks the type and reads at the slot's offset (" + where + "). Writes specialise the same way"
                + " (STORE_ATTR_INSTANCE_VALUE, STORE_ATTR_SLOT). Both are an index or an offset now, so the"
                + " difference the claim promises has mostly gone.";
    }
}
