package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.PendingPlan;
import io.hybriddal.dal.internal.model.ModelRegistry;
import java.time.Instant;
import java.util.List;

/** An unfinished batched apply, as its log's head recorded it when listed. */
final class LoggedPlan implements PendingPlan {

    private final PlanLog.Head head;
    private final Applier applier;
    private final ModelRegistry registry;

    LoggedPlan(PlanLog.Head head, Applier applier, ModelRegistry registry) {
        this.head = head;
        this.applier = applier;
        this.registry = registry;
    }

    @Override
    public String id() {
        return head.id();
    }

    @Override
    public Instant started() {
        return head.started();
    }

    @Override
    public int steps() {
        return head.steps();
    }

    @Override
    public int batches() {
        return head.batches();
    }

    @Override
    public int committed() {
        return head.committed();
    }

    @Override
    public ApplyResult resume() {
        long start = System.nanoTime();
        PlanLog.Head now = current();
        if (now.state().equals("aborting")) {
            throw new IllegalStateException("plan " + id() + " is being aborted: call abort() to finish that");
        }
        return new BatchRun(applier, now).run(k -> {
            List<Step> steps = applier.log().batch(id(), k, registry);
            List<DataObject> objects = applier.prepare(steps, "batch " + (k + 1) + " of " + now.batches()
                    + " was not written; the plan stays pending: abort() it");
            return new BatchRun.Work(steps, objects);
        }, start, step -> { });
    }

    @Override
    public void abort() {
        new BatchRun(applier, current()).abort(registry);
    }

    private PlanLog.Head current() {
        return applier.log().head(id()).orElseThrow(() -> new IllegalStateException("plan " + id() + " is no longer pending:"
                + " another process finished it"));
    }

    @Override
    public String toString() {
        return "PendingPlan[" + id() + ", " + committed() + " of " + batches() + " batches committed, " + head.state() + "]";
    }
}
