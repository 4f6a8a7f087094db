package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.PlanFailedException;
import io.hybriddal.dal.Reconciler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the reconcilers of steps in order and, when one throws, the aborts of the applied steps in
 * reverse order. Steps of hybrids without a reconciler count as applied and need no abort.
 * Thread-safe when the reconcilers are.
 */
final class Reconciling {

    private final Map<String, Reconciler<DataObject>> reconcilers;

    /** @param reconcilers by hybrid name */
    Reconciling(Map<String, Reconciler<DataObject>> reconcilers) {
        this.reconcilers = Map.copyOf(reconcilers);
    }

    /**
     * @param objects the instance of each step, in the same order
     * @throws PlanFailedException naming the failed step and every abort that failed
     */
    void apply(List<Step> steps, List<DataObject> objects) {
        if (reconcilers.isEmpty()) {
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            Reconciler<DataObject> r = reconcilers.get(steps.get(i).hybrid());
            if (r == null) {
                continue;
            }
            try {
                r.apply(steps.get(i), objects.get(i));
            } catch (Exception e) {
                List<String> failures = abort(steps.subList(0, i), objects.subList(0, i));
                Step failed = steps.get(i);
                throw new PlanFailedException("plan step " + (i + 1) + " of " + steps.size() + " (" + failed.describe()
                        + ") failed: " + e + "; the " + i + " steps before it were aborted in reverse order"
                        + (failures.isEmpty() ? "" : ", and these aborts failed: " + failures) + "; no data was changed",
                        failed, failures, e);
            }
        }
    }

    /** Aborts {@code steps} in reverse order; returns the aborts that threw ("step: error"). */
    List<String> abort(List<Step> steps, List<DataObject> objects) {
        List<String> failures = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Reconciler<DataObject> r = reconcilers.get(steps.get(i).hybrid());
            if (r == null) {
                continue;
            }
            try {
                r.abort(steps.get(i), objects.get(i));
            } catch (Exception e) {
                failures.add(steps.get(i).describe() + ": " + e);
            }
        }
        return failures;
    }

    boolean isEmpty() {
        return reconcilers.isEmpty();
    }
}
