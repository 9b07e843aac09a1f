/**
 * A class source a user writes: the subset of Python that decides an instance's layout (class
 * statements, {@code __slots__}, {@code @dataclass}, the attributes methods assign to
 * {@code self}), read without running any of it. The CPython lens lays the classes out per version.
 */
package dev.slotscope.cpython.source;
