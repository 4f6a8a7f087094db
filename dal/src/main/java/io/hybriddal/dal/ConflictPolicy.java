package io.hybriddal.dal;

/**
 * What a save does with a field changed both locally and in the store since the object was
 * loaded. A per-field three-way merge always comes first: fields changed on one side only are
 * merged whatever the policy.
 */
public enum ConflictPolicy {
    /** Throw {@link ConcurrencyException} naming the fields; nothing is written. */
    RAISE,
    /** Keep the stored value; the instance is refreshed to it. */
    STORE_WINS,
    /** Write the local value (the default, as in Open vStorage). */
    LOCAL_WINS
}
