package dev.slotscope.explain;

import dev.slotscope.cpython.CPythonVersion;

/**
 * Where CPython defines each structure, per version: paths in the CPython source tree, checked
 * against the headers installed with 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0, 3.14.10 and 3.15.2 and the
 * {@code Objects/} files of each minor version (see {@code docs/explanations.md}).
 */
final class CPythonSources {

    static final String OBJECT_H = "Include/object.h";
    static final String CPYTHON_OBJECT_H = "Include/cpython/object.h";
    static final String DICTOBJECT_H = "Include/cpython/dictobject.h";
    static final String PYCORE_OBJECT_H = "Include/internal/pycore_object.h";
    static final String PYCORE_DICT_H = "Include/internal/pycore_dict.h";
    static final String TYPEOBJECT_C = "Objects/typeobject.c";
    static final String DICTOBJECT_C = "Objects/dictobject.c";

    private CPythonSources() {
    }

    /**
     * {@code PyGC_Head}: public in 3.8, moved to an internal header in 3.9, and in 3.14 to the
     * header that gathers the interpreter's internal structs.
     */
    static String gcHead(CPythonVersion version) {
        if (version.minor() <= 8) {
            return "Include/cpython/objimpl.h";
        }
        return version.minor() <= 13 ? "Include/internal/pycore_gc.h" : "Include/internal/pycore_interp_structs.h";
    }

    /** "from 3.8 to 3.15": every version the lens models. */
    static String everyVersion() {
        return "every version from " + CPythonVersion.values()[0].number() + " to " + CPythonVersion.latest().number();
    }

    /** {@code struct _dictkeysobject} and its entries: a private header of dictobject.c until 3.10. */
    static String keys(CPythonVersion version) {
        return version.hasManagedDict() ? PYCORE_DICT_H : "Objects/dict-common.h";
    }

    /** The function of typeobject.c that lays out slots, dict and weakref pointers. */
    static String layoutFunction(CPythonVersion version) {
        return TYPEOBJECT_C + ": " + (version.minor() <= 9 ? "type_new" : "type_new_descriptors");
    }

    /** {@code PyMemberDef}, which describes each slot: moved out of structmember.h in 3.12. */
    static String memberDef(CPythonVersion version) {
        return version.minor() <= 11 ? "Include/structmember.h" : "Include/descrobject.h";
    }

    /**
     * The member type typeobject.c gives a slot: 3.12 added the name Py_T_OBJECT_EX (T_OBJECT_EX
     * stays an alias for it, and 3.12's typeobject.c still uses the alias); 3.13 uses the new name.
     */
    static String objectMemberType(CPythonVersion version) {
        return version.minor() <= 12 ? "T_OBJECT_EX" : "Py_T_OBJECT_EX";
    }

    /** {@code shared_keys_usable_size}: a static function of dictobject.c until 3.13 made it a header inline. */
    static String sharedKeysUsableSize(CPythonVersion version) {
        return (version.hasInlineValues() ? PYCORE_DICT_H : DICTOBJECT_C) + ": shared_keys_usable_size";
    }

    /** The entry struct the lens draws: 3.11+ tables of str keys use entries without a hash. */
    static String entry(CPythonVersion version) {
        return keys(version) + ": " + (version.hasManagedDict() ? "PyDictUnicodeEntry" : "PyDictKeyEntry");
    }
}
