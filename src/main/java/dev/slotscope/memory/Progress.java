package dev.slotscope.memory;

/** Where a long measurement is, and whether the user cancelled it. */
public interface Progress {

    /** Called now and then with a fraction from 0 to 1. */
    void update(double done);

    boolean cancelled();

    /** No reporting, never cancelled: for the command line. */
    Progress NONE = new Progress() {
        @Override
        public void update(double done) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
