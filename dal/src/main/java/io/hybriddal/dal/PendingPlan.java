package io.hybriddal.dal;

import java.time.Instant;

/**
 * A batched apply that did not finish (its process died, or the store failed mid-way), as its
 * plan log in the store records it ({@link Dal#pendingPlans()}). {@link #resume()} writes the
 * remaining batches; {@link #abort()} undoes the written ones and calls the reconcilers' aborts.
 * One process at a time should finish a pending plan: a concurrent one gets
 * {@link PlanConflictException} and changes nothing.
 */
public interface PendingPlan {

    /** The plan log's id. */
    String id();

    /** When the apply started. */
    Instant started();

    /** How many steps the plan has. */
    int steps();

    /** How many batches the data is written in. */
    int batches();

    /** How many batches were committed. */
    int committed();

    /**
     * Writes the remaining batches, each guarded by the revisions the plan read.
     *
     * @throws PlanConflictException when an object of a remaining batch changed since (nothing more is written; abort then)
     */
    ApplyResult resume();

    /**
     * Undoes the committed batches in reverse order (created objects deleted, updated members
     * and deleted objects restored as the plan read them), runs the reconcilers' aborts of every
     * step in reverse, and removes the log.
     *
     * @throws PlanFailedException when an abort of a reconciler failed (the data is restored all the same)
     */
    void abort();
}
