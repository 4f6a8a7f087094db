package io.hybriddal.dal;

/** What a {@link PlanStep} does to one stored object. */
public enum PlanAction {
    /** The design holds an object the store lacks. */
    CREATE,
    /** A stored object differs from its design in some declared property or relation. */
    UPDATE,
    /** An object of an owned hybrid is stored but not in the design. */
    DELETE
}
