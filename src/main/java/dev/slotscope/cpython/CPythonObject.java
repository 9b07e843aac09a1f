package dev.slotscope.cpython;

import dev.slotscope.layout.ObjectLayout;

import java.util.List;

/**
 * An instance of one class on one CPython version: its figures and its layout.
 * The layout's owned bytes always equal {@code figures.bytesPerInstance()}.
 *
 * @param dictKeys the names it keeps outside slots ({@code obj.__dict__}'s keys), in the order they were set
 */
public record CPythonObject(CPythonVersion version, PythonClass pythonClass, CPythonFigures figures, ObjectLayout layout,
                            List<String> dictKeys) {

    public CPythonObject {
        dictKeys = List.copyOf(dictKeys);
    }

    /** The Python source that defines the class. */
    public String source() {
        return pythonClass.source();
    }
}
