package io.hybriddal.dal;

import java.util.List;

/**
 * A reconciler failed during {@link Plan#apply()}: the steps applied before it were aborted in
 * reverse order and no data was changed. The cause is the reconciler's exception.
 */
public class PlanFailedException extends DalException {

    private static final long serialVersionUID = 1L;

    private final transient PlanStep failedStep;
    private final List<String> abortFailures;

    /**
     * @param failedStep    the step whose reconciler threw
     * @param abortFailures the aborts that threw too, each naming its step and the error
     */
    public PlanFailedException(String message, PlanStep failedStep, List<String> abortFailures, Throwable cause) {
        super(message, cause);
        this.failedStep = failedStep;
        this.abortFailures = List.copyOf(abortFailures);
    }

    /** The step whose reconciler failed; null when only aborts failed (a {@link PendingPlan#abort()}). */
    public PlanStep failedStep() {
        return failedStep;
    }

    /** The aborts that failed too ("update vpool 3f2a...: message"); empty when every abort succeeded. */
    public List<String> abortFailures() {
        return abortFailures;
    }
}
