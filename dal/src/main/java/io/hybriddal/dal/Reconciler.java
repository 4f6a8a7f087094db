package io.hybriddal.dal;

/**
 * The side effects of plan steps on the storage system, registered per hybrid with
 * {@link DalBuilder#reconciler(Class, Reconciler)}. {@link Plan#apply()} calls {@link #apply} for
 * each step of the hybrid, in plan order, before any data is written; if a later step fails, it
 * calls {@link #abort} for each applied step in reverse order. Called on the thread that applies.
 *
 * @param <T> the hybrid
 */
public interface Reconciler<T extends DataObject> {

    /**
     * Makes the storage system match the step. {@code object} is the object as the step leaves it
     * (for a DELETE, as stored); it is not saved yet and must not be saved here.
     *
     * @throws Exception to fail the plan: the steps applied so far are aborted
     */
    void apply(PlanStep step, T object) throws Exception;

    /**
     * Undoes {@link #apply} of the step, after a later step failed or when a pending plan is aborted.
     *
     * @throws Exception reported in {@link PlanFailedException#abortFailures()}; the other aborts still run
     */
    void abort(PlanStep step, T object) throws Exception;
}
