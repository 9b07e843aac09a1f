package dev.slotscope.cli;

import dev.slotscope.cpython.CPythonVersion;
import dev.slotscope.cpython.FigureCheck;
import dev.slotscope.cpython.LiveCheckResult;
import dev.slotscope.cpython.MeasuredClass;
import dev.slotscope.cpython.PythonAnswer;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code describe --check}: the model's figures beside the interpreter's, as a table or as a JSON object. */
final class CheckOutput {

    /** Exit status when the model and the interpreter differ on a figure. */
    static final int DIFFERENT = 4;

    /** Exit status when the interpreter gave nothing to compare (too slow, too much output, the source exited). */
    static final int UNANSWERED = 5;

    private CheckOutput() {
    }

    static int status(LiveCheckResult result) {
        if (result instanceof LiveCheckResult.Answered a) {
            return a.differences().isEmpty() ? 0 : DIFFERENT;
        }
        return UNANSWERED;
    }

    /** The {@code "check"} object of the JSON. */
    static Map<String, Object> json(LiveCheckResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("interpreter", result.interpreter().toString());
        if (result instanceof LiveCheckResult.Unanswered u) {
            m.put("answered", false);
            m.put("reason", u.sentence());
            return m;
        }
        LiveCheckResult.Answered a = (LiveCheckResult.Answered) result;
        m.put("answered", true);
        m.put("python", a.pythonVersion());
        if (a.answer() instanceof PythonAnswer.Made made) {
            MeasuredClass c = made.measured();
            m.put("outcome", "made");
            m.put("noneFor", c.noneFor());
            m.put("basicsize", c.figures().basicsize());
            m.put("dictoffset", c.figures().dictoffset());
            m.put("weakrefoffset", c.figures().weakrefoffset());
            m.put("getsizeof", c.figures().getsizeof());
            m.put("bytesPerInstance", c.figures().bytesPerInstance());
            m.put("slots", c.slots().stream().map(CheckOutput::slot).toList());
            m.put("dictKeys", c.dictKeys().orElse(null));
        } else {
            PythonAnswer.Raised raised = (PythonAnswer.Raised) a.answer();
            m.put("outcome", "raised");
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", raised.type());
            error.put("message", raised.message());
            error.put("line", raised.line().isPresent() ? raised.line().getAsInt() : null);
            m.put("error", error);
        }
        m.put("differences", a.differences().stream().map(CheckOutput::difference).toList());
        m.put("printed", a.printed());
        return m;
    }

    /** The table: one row per figure, model and interpreter side by side, differences marked in words. */
    static String text(CPythonVersion version, LiveCheckResult result) {
        StringBuilder s = new StringBuilder(String.format("%nChecked with %s%n", result.interpreter()));
        if (result instanceof LiveCheckResult.Unanswered u) {
            return s.append("No answer: ").append(u.sentence()).append(System.lineSeparator()).toString();
        }
        LiveCheckResult.Answered a = (LiveCheckResult.Answered) result;
        if (a.answer() instanceof PythonAnswer.Made made && !made.measured().noneFor().isEmpty()) {
            s.append("Made with None for ").append(String.join(", ", made.measured().noneFor()))
                    .append(System.lineSeparator());
        }
        String python = "Python " + a.pythonVersion();
        int width = a.checks().stream().mapToInt(c -> c.figure().label().length()).max().orElse(0);
        String model = "model (" + version.number() + ")";
        int modelWidth = Math.max(model.length(), a.checks().stream().mapToInt(c -> c.model().length()).max().orElse(0));
        int pythonWidth = Math.max(python.length(), a.checks().stream().mapToInt(c -> c.measured().length()).max().orElse(0));
        String row = "%-" + width + "s  %-" + modelWidth + "s  %-" + pythonWidth + "s  %s";
        s.append(String.format(row, "", model, python, "").stripTrailing()).append(System.lineSeparator());
        for (FigureCheck c : a.checks()) {
            s.append(String.format(row, c.figure().label(), c.model(), c.measured(), c.equal() ? "same" : "DIFFERENT"))
                    .append(System.lineSeparator());
        }
        if (!a.printed().isEmpty()) {
            s.append("The source printed text; --json shows the first of it.").append(System.lineSeparator());
        }
        int n = a.differences().size();
        s.append(n == 0 ? "The model and the interpreter agree on every figure."
                : n + (n == 1 ? " figure differs." : " figures differ.")).append(System.lineSeparator());
        return s.toString();
    }

    private static Map<String, Object> slot(MeasuredClass.Slot slot) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", slot.name());
        m.put("offset", slot.offset());
        m.put("owner", slot.owner());
        return m;
    }

    private static Map<String, Object> difference(FigureCheck c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", c.figure().jsonKey());
        m.put("model", c.model());
        m.put("measured", c.measured());
        return m;
    }
}
