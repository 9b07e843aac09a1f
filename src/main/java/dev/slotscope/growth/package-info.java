/**
 * Adding attributes after construction, one at a time: each step a complete layout (the same
 * immutable values the window draws) and what the step did. Lens-neutral, so an animation can
 * step through CPython and JVM growth alike.
 */
package dev.slotscope.growth;
