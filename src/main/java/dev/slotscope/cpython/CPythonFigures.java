package dev.slotscope.cpython;

/**
 * The numbers the real interpreter reports for a fresh instance whose {@code __dict__} was never
 * read, with many instances of the class alive.
 *
 * @param basicsize        {@code type.__basicsize__}
 * @param dictoffset       {@code type.__dictoffset__} (negative or -1 when the dict is managed)
 * @param weakrefoffset    {@code type.__weakrefoffset__}
 * @param getsizeof        {@code sys.getsizeof(obj)}
 * @param bytesPerInstance what one more instance costs, as tracemalloc counts it
 */
public record CPythonFigures(int basicsize, int dictoffset, int weakrefoffset, int getsizeof, int bytesPerInstance) {
}
