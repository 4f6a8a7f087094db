package io.hybriddal.dal.internal.object;

/**
 * Implemented by the generated subclass of every hybrid. The reserved {@code $$hybrid} prefix
 * keeps these methods from clashing with user members. Not for users.
 */
public interface HybridProxy {

    /** The state of this instance, or {@code null} before the engine attached it. */
    ObjectState $$hybridState();

    /** Attaches the state; called once by the engine right after construction. */
    void $$hybridAttach(ObjectState state);
}
