package io.hybriddal.dal;

/**
 * What a save does with a field changed both locally and in the store since the object was
 * loaded. A per-field three-way merge always comes first: fields changed on one side only are
 * merged whatever the policy.
 * <p>
 * <b>{@link #LOCAL_WINS} (the default) and {@link #STORE_WINS} lose updates.</b> They keep one
 * side of a field changed on both sides and drop the other, and the save returns normally: two
 * instances that each read a counter at 5 and save 6 leave 6, one increment lost (eight threads
 * incrementing one field kept 316 of 800 increments). Use {@link #RAISE} for read-modify-write
 * and retry on {@link ConcurrencyException}. Every field a policy decides is counted in the
 * meter {@code hybriddal.conflicts.decided} (tags {@code hybrid}, {@code field}, {@code policy})
 * and logged at INFO with hybrid, guid, field and the side that won, so no loss is silent.
 */
public enum ConflictPolicy {
    /** Throw {@link ConcurrencyException} naming the fields; nothing is written. */
    RAISE,
    /** Keep the stored value, dropping the local change; the instance is refreshed to it. Counted and logged. */
    STORE_WINS,
    /**
     * Write the local value, dropping the other writer's change (the default, as in Open
     * vStorage). Counted and logged; not for read-modify-write.
     */
    LOCAL_WINS
}
