package dev.slotscope.jvm.samples;

/** A class whose constructor takes a while, to show the window stays live while JOL works. */
public class SlowToBuild {
    private final long[] payload = new long[4];

    public SlowToBuild() throws InterruptedException {
        Thread.sleep(1200);
    }
}
