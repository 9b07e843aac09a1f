/**
 * The Java analogues of the lesson's Python classes. The JVM lens lays out real instances of
 * these classes, so their fields are exactly what the drawings show.
 */
package dev.slotscope.jvm.lesson;
