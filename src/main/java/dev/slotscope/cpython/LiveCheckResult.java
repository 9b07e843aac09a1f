package dev.slotscope.cpython;

import java.nio.file.Path;
import java.util.List;

/** What a live check of a user's class found. */
public sealed interface LiveCheckResult {

    /** The interpreter that ran the source. */
    Path interpreter();

    /**
     * The interpreter answered; every figure compared with the model's.
     *
     * @param pythonVersion the interpreter's own version, e.g. 3.12.1
     * @param printed       the first of what the source printed, if anything
     */
    record Answered(Path interpreter, String pythonVersion, PythonAnswer answer, List<FigureCheck> checks,
                    String printed) implements LiveCheckResult {
        public Answered {
            checks = List.copyOf(checks);
        }

        /** The figures on which the model and the interpreter disagree. */
        public List<FigureCheck> differences() {
            return checks.stream().filter(c -> !c.equal()).toList();
        }
    }

    /** Nothing to compare: {@code sentence} says why (too slow, too much output, the source exited, …). */
    record Unanswered(Path interpreter, String sentence) implements LiveCheckResult {
    }
}
