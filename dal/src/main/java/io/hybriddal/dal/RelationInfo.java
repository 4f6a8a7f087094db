package io.hybriddal.dal;

/** A to-one relation of a registered hybrid, stored as the target's guid. Immutable and thread-safe. */
public non-sealed interface RelationInfo extends MemberInfo {

    /** The name of the hybrid it points at (the registered extension's, when the target is extended). */
    String target();

    /** The name of the reverse list on the target ({@link BackrefInfo#name()}). */
    String backref();

    /** Whether a save requires a target. */
    boolean mandatory();

    /** Whether a target may have at most one object pointing at it through this relation. */
    boolean oneToOne();
}
