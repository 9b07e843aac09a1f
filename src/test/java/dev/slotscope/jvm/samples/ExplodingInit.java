package dev.slotscope.jvm.samples;

/** A class whose static initialiser throws: laying it out must not run it. */
public class ExplodingInit {
    static {
        if (Boolean.parseBoolean("true")) {
            throw new IllegalStateException("ExplodingInit's static initialiser ran");
        }
    }

    private long id;
    private Object payload;
    private boolean flag;
}
