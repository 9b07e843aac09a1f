package dev.slotscope.ui;

import dev.slotscope.lesson.Lesson;
import dev.slotscope.lesson.LessonFile;
import dev.slotscope.lesson.Lessons;
import dev.slotscope.lesson.Scene;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The open lesson and the scene shown. Opening replaces the lesson only when the new one was read
 * completely, so a broken file never costs the user the lesson they had open.
 */
public final class LessonViewModel {

    private static final int RECENT_LIMIT = 8;
    private static final String RECENT_KEY = "recentLessons";

    private final ReadOnlyObjectWrapper<Optional<Lesson>> lesson = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Optional<Path>> file = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final Preferences preferences;

    /** @param preferences where recent files are remembered between runs (tests pass a node of their own) */
    public LessonViewModel(Preferences preferences) {
        this.preferences = preferences;
        String saved = preferences.get(RECENT_KEY, "");
        if (!saved.isBlank()) {
            recent.setAll(saved.split("\n"));
        }
    }

    /** Opens {@code builtin:NAME} or a lesson file; throws {@link dev.slotscope.lesson.LessonFileException} and keeps the open lesson if it cannot. */
    public void open(String spec) {
        Lesson opened = Lessons.open(spec);
        lesson.set(Optional.of(opened));
        file.set(spec.startsWith(Lessons.BUILTIN_PREFIX) ? Optional.empty() : Optional.of(Path.of(spec)));
        index.set(0);
        remember(spec);
    }

    /** Saves the lesson to {@code target}, atomically; throws {@link dev.slotscope.lesson.LessonFileException} if it cannot. */
    public void save(Path target) {
        Lesson current = lesson.get().orElseThrow(() -> new IllegalStateException("no lesson is open"));
        LessonFile.write(current, target);
        file.set(Optional.of(target));
        remember(target.toString());
    }

    /** Adds a scene after the one shown (starting a new lesson if none is open) and shows it. */
    public void addScene(Scene scene) {
        Lesson current = lesson.get().orElse(new Lesson("Untitled lesson", List.of()));
        List<Scene> scenes = new ArrayList<>(current.scenes());
        int at = scenes.isEmpty() ? 0 : index.get() + 1;
        scenes.add(at, scene);
        lesson.set(Optional.of(new Lesson(current.title(), scenes)));
        index.set(at);
    }

    /** Closes the lesson; the window keeps showing the last scene. */
    public void close() {
        lesson.set(Optional.empty());
        file.set(Optional.empty());
        index.set(0);
    }

    public boolean next() {
        int size = scenes().size();
        if (index.get() + 1 < size) {
            index.set(index.get() + 1);
            return true;
        }
        return false;
    }

    public boolean previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
            return true;
        }
        return false;
    }

    public void go(int i) {
        if (i >= 0 && i < scenes().size()) {
            index.set(i);
        }
    }

    public Optional<Scene> current() {
        List<Scene> scenes = scenes();
        return scenes.isEmpty() ? Optional.empty() : Optional.of(scenes.get(Math.min(index.get(), scenes.size() - 1)));
    }

    public List<Scene> scenes() {
        return lesson.get().map(Lesson::scenes).orElse(List.of());
    }

    /**
     * Puts {@code spec} first in the recent list, which keeps {@link #RECENT_LIMIT} entries and fits
     * in one preferences value ({@link Preferences#MAX_VALUE_LENGTH} characters): the oldest entries
     * that do not fit are dropped, and a name too long to fit alone, or holding a line break (the
     * list's separator), is not remembered at all.
     */
    private void remember(String spec) {
        if (spec.length() > Preferences.MAX_VALUE_LENGTH || spec.contains("\n")) {
            return;
        }
        recent.remove(spec);
        recent.add(0, spec);
        while (recent.size() > RECENT_LIMIT || String.join("\n", recent).length() > Preferences.MAX_VALUE_LENGTH) {
            recent.remove(recent.size() - 1);
        }
        preferences.put(RECENT_KEY, String.join("\n", recent));
    }

    public ReadOnlyObjectProperty<Optional<Lesson>> lesson() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty index() {
        return index.getReadOnlyProperty();
    }

    /** The file the lesson was opened from or saved to; empty for a built-in or new lesson. */
    public ReadOnlyObjectProperty<Optional<Path>> file() {
        return file.getReadOnlyProperty();
    }

    /** Lessons opened or saved lately, newest first ({@code builtin:NAME} or paths). */
    public ObservableList<String> recent() {
        return recent;
    }
}
