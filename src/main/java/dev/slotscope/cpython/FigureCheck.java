package dev.slotscope.cpython;

/**
 * One figure as the model predicts it and as the interpreter measured it, both as shown.
 *
 * @param model    the model's value ({@code "made"} or Python's error for {@link CheckedFigure#OUTCOME})
 * @param measured the interpreter's value, in the same words
 */
public record FigureCheck(CheckedFigure figure, String model, String measured) {

    /** Whether the model and the interpreter agree on it. */
    public boolean equal() {
        return model.equals(measured);
    }
}
