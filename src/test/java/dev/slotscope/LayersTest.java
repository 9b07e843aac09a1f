package dev.slotscope;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers stay honest: the model and the lenses can be used and tested without a screen,
 * the model knows no lens, and no two packages need each other.
 */
class LayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.slotscope");

    /** Everything but the window: the model, the lenses, the runtimes, drawing, export, lessons and the command line. */
    private static final String[] HEADLESS = {"dev.slotscope.layout..", "dev.slotscope.growth..", "dev.slotscope.memory..",
            "dev.slotscope.speed..", "dev.slotscope.cpython..", "dev.slotscope.jvm..", "dev.slotscope.runtime..", "dev.slotscope.explain..",
            "dev.slotscope.drawing..", "dev.slotscope.export..", "dev.slotscope.lesson..", "dev.slotscope.theme..",
            "dev.slotscope.files..", "dev.slotscope.cli.."};

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideInAnyPackage(HEADLESS)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.slotscope.ui..")
                .check(CLASSES);
    }

    @Test
    void theModelKnowsNoLensAndNoRuntime() {
        noClasses().that().resideInAnyPackage("dev.slotscope.layout..", "dev.slotscope.growth..", "dev.slotscope.memory..",
                        "dev.slotscope.speed..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slotscope.cpython..", "dev.slotscope.jvm..",
                        "dev.slotscope.runtime..", "dev.slotscope.drawing..", "dev.slotscope.export..", "dev.slotscope.cli..")
                .check(CLASSES);
    }

    @Test
    void theLensesKnowNothingAboveThem() {
        noClasses().that().resideInAnyPackage("dev.slotscope.cpython..", "dev.slotscope.jvm..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.slotscope.runtime..", "dev.slotscope.lesson..",
                        "dev.slotscope.drawing..", "dev.slotscope.export..", "dev.slotscope.cli..", "dev.slotscope.explain..")
                .check(CLASSES);
    }

    @Test
    void noTwoPackagesNeedEachOther() {
        slices().matching("dev.slotscope.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
