package dev.slotscope.lesson;

import dev.slotscope.layout.Limits;

import java.util.List;
import java.util.Objects;

/** An ordered list of at most {@link Limits#SCENES} scenes, as a teacher presents them or a learner works through them. */
public record Lesson(String title, List<Scene> scenes) {
    public Lesson {
        Objects.requireNonNull(title);
        Limits.checkScenes(scenes.size());
        scenes = List.copyOf(scenes);
    }
}
