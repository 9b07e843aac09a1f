package dev.slotscope.jvm;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which JDK's field layout rules place a class's fields. HotSpot changed them twice since JDK 8:
 * JDK 15 fills the gaps of superclasses, and JDK 25 leads a class's fields with its references when
 * its superclass ends with one (JDK-8353273). JOL 0.17 models JDK 15–24; Slotscope models JDK 25.
 */
public enum FieldLayoutRules {
    JDK_15_TO_24("JDK 15–24 rules"),
    JDK_25("JDK 25 rules");

    private final String title;

    FieldLayoutRules(String title) {
        this.title = title;
    }

    /** The rules of a running VM of feature release {@code feature} (17 or later). */
    static FieldLayoutRules of(int feature) {
        return feature >= 25 ? JDK_25 : JDK_15_TO_24;
    }

    /** "JDK 25 rules", as the banner and the JSON say it. */
    @JsonValue
    public String title() {
        return title;
    }
}
