package io.hybriddal.dal;

import java.util.List;

/**
 * What {@link Dal#plan(Design)} found: the ordered steps that bring the store to a {@link Design}.
 * A plan only reads; it remembers the revision of every object it read, and {@link #apply()} does
 * nothing if any of them changed since. Immutable; {@code apply()} may be called from any thread,
 * once successfully.
 */
public interface Plan {

    /** Whether the store already matches the design (no drift). */
    boolean isEmpty();

    /**
     * The steps in the order {@link #apply()} runs them: creates and updates of relation targets
     * before the objects pointing at them, deletes of children before their parents, otherwise
     * declaration order (hybrids as registered, objects as designed or stored).
     */
    List<PlanStep> steps();

    /**
     * Runs the reconcilers of the steps in order, then writes the data: one store commit when it
     * fits the store's limits, otherwise batches recorded in a plan log in the store (see
     * {@link Dal#pendingPlans()}).
     *
     * @throws PlanConflictException when an object the plan read changed since (nothing was done)
     * @throws PlanFailedException   when a reconciler failed (the applied steps were aborted, no data changed)
     * @throws IllegalStateException when the plan was already applied
     * @throws StoreException        when the store fails mid-way (a batched apply is then pending)
     */
    default ApplyResult apply() {
        return apply(step -> { });
    }

    /**
     * {@link #apply()}, telling {@code written} of each step once its data is committed, in order,
     * on the applying thread (for progress: all at once for a plan written in one commit).
     */
    ApplyResult apply(java.util.function.Consumer<? super PlanStep> written);
}
