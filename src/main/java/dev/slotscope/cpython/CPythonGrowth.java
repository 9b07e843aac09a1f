package dev.slotscope.cpython;

import dev.slotscope.growth.GrowthStep;
import dev.slotscope.growth.StepOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Growth on CPython. A slotted object refuses every new attribute with the version's exact
 * {@code AttributeError} and stays as it was. How a {@code __dict__} grows depends on the
 * version and on the other instances alive; that is modelled only once recorded growth fixtures
 * check it, so dict-based variants are refused here with a message that says so.
 */
public final class CPythonGrowth {

    private final CPythonLens lens = new CPythonLens();

    public List<GrowthStep> grow(CPythonVersion version, Variant variant, AttributeNames attrs, List<String> add) {
        add.forEach(AttributeNames::checkName);
        if (variant.hasDict()) {
            throw new IllegalArgumentException("growing a __dict__ on CPython is not modelled yet (it depends on the"
                    + " version and on the other instances alive); the slotted variants and the JVM lens can grow");
        }
        CPythonObject object = lens.describe(version, variant, attrs);
        List<GrowthStep> steps = new ArrayList<>();
        steps.add(new GrowthStep(0, new StepOutcome.Constructed(), object.layout(), object.figures().bytesPerInstance(),
                Optional.empty()));
        for (int i = 0; i < add.size(); i++) {
            String name = add.get(i);
            AttributeOutcome outcome = lens.addAttribute(version, variant, attrs, name);
            StepOutcome step = outcome instanceof AttributeOutcome.Refused refused
                    ? new StepOutcome.Refused(name, refused.message()) : new StepOutcome.Stored(name);
            steps.add(new GrowthStep(i + 1, step, object.layout(), object.figures().bytesPerInstance(), Optional.empty()));
        }
        return steps;
    }

    /** {@code sys.getsizeof(obj)}: a slotted object's never changes as attributes are refused. */
    public int getsizeof(CPythonVersion version, Variant variant, AttributeNames attrs) {
        return lens.describe(version, variant, attrs).figures().getsizeof();
    }
}
