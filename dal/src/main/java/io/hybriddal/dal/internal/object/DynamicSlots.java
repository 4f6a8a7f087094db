package io.hybriddal.dal.internal.object;

/**
 * What an instance's dynamics need on every read, built once per instance: the volatile keys of
 * its dynamics, and per dynamic slot the last cache entry decoded with its value, so that a hit on
 * an unchanged entry is not decoded again (see the dynamic cache). Not thread-safe, like the instance.
 */
public final class DynamicSlots {

    private final ObjectState state;
    private String[] keys;
    private Object[] memo;

    DynamicSlots(ObjectState state) {
        this.state = state;
    }

    /** The volatile keys of the object's dynamics, by dynamic slot. */
    public String[] keys() {
        if (keys == null) {
            keys = state.context().dynamics().keysOf(state.model(), state.guid());
        }
        return keys;
    }

    /** Per dynamic slot, the last decoded cache entry (the dynamic cache's own record), or null. */
    public Object[] memo() {
        if (memo == null) {
            memo = new Object[state.model().dynamics().size()];
        }
        return memo;
    }
}
