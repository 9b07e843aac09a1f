/**
 * How fast an attribute is read and written, measured: the samples of several timed runs per
 * variant and access, their spread, and the verdict the numbers support. A pure model, like
 * {@code memory}: the lenses measure, this package only holds and judges the numbers.
 */
package dev.slotscope.speed;
