package dev.slotscope.cpython;

/**
 * Which build of a CPython version lays the objects out. Only the default (GIL) build is modelled:
 * the free-threaded build ({@code 3.14t}), whose objects carry a different header, would be a
 * second constant with its id suffix {@code "t"}, and its rules beside the version's in the lens.
 */
public enum CPythonBuild {
    /** The default build, with the global interpreter lock: what {@code python3.X} usually is. */
    DEFAULT("", "");

    private final String idSuffix;
    private final String nameSuffix;

    CPythonBuild(String idSuffix, String nameSuffix) {
        this.idSuffix = idSuffix;
        this.nameSuffix = nameSuffix;
    }

    /** What follows the version in a runtime id: {@code cpython-3.14} + "" (a free-threaded build: "t"). */
    public String idSuffix() {
        return idSuffix;
    }

    /** What follows the version's name where it is shown ("" for the default build). */
    public String nameSuffix() {
        return nameSuffix;
    }
}
