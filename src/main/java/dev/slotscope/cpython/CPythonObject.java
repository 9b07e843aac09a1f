package dev.slotscope.cpython;

import dev.slotscope.layout.ObjectLayout;

/**
 * One variant with one attribute list on one CPython version: its figures and its layout.
 * The layout's owned bytes always equal {@code figures.bytesPerInstance()}.
 */
public record CPythonObject(CPythonVersion version, Variant variant, AttributeNames attrs,
                            CPythonFigures figures, ObjectLayout layout) {

    /** The Python source that defines the class. */
    public String source() {
        return variant.pythonSource(attrs);
    }
}
