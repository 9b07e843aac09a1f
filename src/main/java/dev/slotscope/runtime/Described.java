package dev.slotscope.runtime;

import dev.slotscope.layout.ObjectLayout;

/**
 * A lesson class's object as a runtime lays it out, with the figure a picture gives it.
 *
 * @param layout           the object and what it points to
 * @param bytesPerInstance what one more instance costs
 * @param counted          how that figure is counted, e.g. "as tracemalloc counts it"
 */
public record Described(ObjectLayout layout, int bytesPerInstance, String counted) {
}
