/**
 * What the inspector says about one box of a drawn layout: what the bytes are, why they exist,
 * how the versions changed them and where they are defined. Pure values, no JavaFX; every text
 * names its source (a CPython header or {@code .c} file, a HotSpot header or a JDK class), and
 * {@code docs/explanations.md} lists those sources per version for review.
 */
package dev.slotscope.explain;
