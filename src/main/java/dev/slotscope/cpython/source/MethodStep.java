package dev.slotscope.cpython.source;

import java.util.List;
import java.util.Optional;

/** What a method's statement does to the instance, in the subset Slotscope reads. */
public sealed interface MethodStep {

    int line();

    /** {@code self.a = …} or {@code self.a = self.b = …}: the names as written, left to right. */
    record Assign(int line, List<String> names) implements MethodStep {
        public Assign {
            names = List.copyOf(names);
        }
    }

    /** {@code super().__init__(…)} (no base), or {@code Base.__init__(self, …)}. */
    record CallInit(int line, Optional<String> base) implements MethodStep {
    }
}
