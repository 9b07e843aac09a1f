package dev.slotscope.explain;

import java.util.Objects;

/**
 * What the inspector shows for one selected box.
 *
 * @param title     short name of the box, e.g. {@code dict pointer} or {@code slot x}
 * @param what      what the bytes hold
 * @param offset    the region's offset in its object (negative before the object)
 * @param size      the region's size in bytes
 * @param why       why the runtime keeps these bytes
 * @param history   which versions introduced or changed them; empty when nothing is known to have changed
 * @param definedIn the header, source file or class that defines them, e.g.
 *                  {@code Include/object.h: PyObject.ob_refcnt} or {@code java.util.HashMap.Node.hash}
 */
public record Explanation(String title, String what, int offset, int size, String why, String history,
                          String definedIn) {

    public Explanation {
        Objects.requireNonNull(title);
        Objects.requireNonNull(what);
        Objects.requireNonNull(why);
        Objects.requireNonNull(history);
        Objects.requireNonNull(definedIn);
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
    }

    /**
     * The line a screen reader announces, e.g. {@code dict pointer, offset 16, 8 bytes}. Derived
     * from title, offset and size so it can never disagree with them.
     */
    public String spoken() {
        return title + ", offset " + offset + ", " + size + (size == 1 ? " byte" : " bytes");
    }
}
