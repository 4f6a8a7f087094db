package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.internal.object.Liveness;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A computed plan: its ordered steps and the applier. Thread-safe; applied successfully at most once. */
final class EnginePlan implements Plan {

    private final List<Step> steps;
    private final Applier applier;
    private final Liveness liveness;
    private final AtomicBoolean applying = new AtomicBoolean();
    private volatile boolean applied;

    EnginePlan(List<Step> steps, Applier applier, Liveness liveness) {
        this.steps = List.copyOf(steps);
        this.applier = applier;
        this.liveness = liveness;
    }

    @Override
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    @Override
    public List<PlanStep> steps() {
        return List.copyOf(steps);
    }

    @Override
    public ApplyResult apply(Consumer<? super PlanStep> written) {
        liveness.requireOpen();
        if (applied || !applying.compareAndSet(false, true)) {
            throw new IllegalStateException(applied ? "this plan was applied already; plan again" : "this plan is being applied");
        }
        try {
            ApplyResult result = applier.apply(steps, Objects.requireNonNull(written, "written"));
            applied = true;
            return result;
        } finally {
            applying.set(false);
        }
    }

    @Override
    public String toString() {
        return "Plan" + steps;
    }
}
