package dev.slotscope.ui;

import dev.slotscope.cpython.AttributeNames;
import dev.slotscope.cpython.AttributeOutcome;
import dev.slotscope.cpython.CPythonLens;
import dev.slotscope.cpython.CPythonObject;
import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.Variant;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Optional;

/**
 * What the explorer shows: the user's choices as properties, and the described object that
 * follows from them. Bad input leaves the last good object in place and sets {@link #error()}.
 */
public final class ExplorerModel {
    private final CPythonLens lens = new CPythonLens();
    private final ObjectProperty<CPythonVersion> version = new SimpleObjectProperty<>(CPythonVersion.V3_10);
    private final ObjectProperty<Variant> variant = new SimpleObjectProperty<>(Variant.STANDARD);
    private final StringProperty attributes = new SimpleStringProperty("x, y");
    private final StringProperty addName = new SimpleStringProperty("z");
    private final ReadOnlyObjectWrapper<CPythonObject> object = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CPythonObject> standard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttributeOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ExplorerModel() {
        version.addListener((o, a, b) -> update());
        variant.addListener((o, a, b) -> update());
        attributes.addListener((o, a, b) -> update());
        addName.addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        try {
            AttributeNames names = AttributeNames.parse(attributes.get());
            CPythonObject described = lens.describe(version.get(), variant.get(), names);
            standard.set(lens.describe(version.get(), Variant.STANDARD, names));
            object.set(described);
            String add = addName.get() == null ? "" : addName.get().strip();
            outcome.set(add.isEmpty() ? null : lens.addAttribute(version.get(), variant.get(), names, add));
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** The same variant and attributes on every version, for the comparison across versions. */
    public Optional<CPythonObject> describeOn(CPythonVersion other) {
        CPythonObject current = object.get();
        if (current == null || !current.variant().availableIn(other)) {
            return Optional.empty();
        }
        return Optional.of(lens.describe(other, current.variant(), current.attrs()));
    }

    public ObjectProperty<CPythonVersion> version() {
        return version;
    }

    public ObjectProperty<Variant> variant() {
        return variant;
    }

    public StringProperty attributes() {
        return attributes;
    }

    public StringProperty addName() {
        return addName;
    }

    public ReadOnlyObjectProperty<CPythonObject> object() {
        return object.getReadOnlyProperty();
    }

    /** The {@code standard} variant with the same attributes, the baseline for savings. */
    public ReadOnlyObjectProperty<CPythonObject> standard() {
        return standard.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttributeOutcome> outcome() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }
}
