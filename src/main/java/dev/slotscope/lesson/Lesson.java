package dev.slotscope.lesson;

import java.util.List;
import java.util.Objects;

/** An ordered list of scenes, as a teacher presents them or a learner works through them. */
public record Lesson(String title, List<Scene> scenes) {
    public Lesson {
        Objects.requireNonNull(title);
        scenes = List.copyOf(scenes);
    }
}
