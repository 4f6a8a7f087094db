package io.hybriddal.dal;

/**
 * The reverse side of a relation, seen from its target: the objects of {@link #source()} whose
 * {@link #relation()} points at an object of this hybrid. Every relation has one, whether or not
 * the target declares a {@code @Backref} getter for it ({@link #declared()}); all of them can be read
 * with {@link DataObject#get(String)}. Immutable and thread-safe.
 */
public non-sealed interface BackrefInfo extends MemberInfo {

    /** The name of the hybrid whose objects are listed. */
    String source();

    /** The name of the relation of {@link #source()} that this backref reverses. */
    String relation();

    /** Whether the relation is one-to-one (the backref is one object or null, not a list). */
    boolean oneToOne();

    /** Whether the hybrid declares a {@code @Backref} getter for it. */
    boolean declared();
}
