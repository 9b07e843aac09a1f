package dev.slotscope.explain;

import dev.slotscope.layout.Region;

/**
 * The texts about one kind of bytes, before they are tied to a region's title, offset and size.
 *
 * @param what      what the bytes hold
 * @param why       why they exist
 * @param history   version changes; empty when none are known
 * @param definedIn where they are defined
 */
record Facts(String what, String why, String history, String definedIn) {

    Facts(String what, String why, String definedIn) {
        this(what, why, "", definedIn);
    }

    Explanation about(Region region, String title) {
        return new Explanation(title, what, region.offset(), region.size(), why, history, definedIn);
    }
}
