package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.AppliedPlan;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.PendingPlan;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.Reconciler;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.object.Liveness;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.internal.read.ObjectLoader;
import io.hybriddal.dal.internal.write.GuardedCommits;
import io.hybriddal.dal.spi.PersistentStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The Dal's desired-state operations: plans, pending plans, the last applied plan. Thread-safe. */
public final class PlanEngine {

    private final ModelRegistry registry;
    private final Planner planner;
    private final Applier applier;
    private final PlanLog log;
    private final Liveness liveness;

    /** @param reconcilers by hybrid class, as registered on the builder */
    @SuppressWarnings("unchecked")
    public PlanEngine(ModelRegistry registry, PersistentStore store, Documents documents, ObjectLoader loader, GuardedCommits commits,
                      Map<Class<?>, Reconciler<?>> reconcilers, Clock clock, Liveness liveness) {
        this.registry = registry;
        this.liveness = liveness;
        Map<String, Reconciler<DataObject>> byName = new LinkedHashMap<>();
        reconcilers.forEach((type, r) -> byName.put(registry.require(type).name(), (Reconciler<DataObject>) r));
        Instances instances = new Instances(loader);
        this.log = new PlanLog(store);
        this.planner = new Planner(registry, documents, new DesignChecks(instances, commits, documents));
        this.applier = new Applier(store, documents, instances, commits, new Reconciling(byName), log, clock);
    }

    public Plan plan(Design design) {
        liveness.requireOpen();
        return new EnginePlan(planner.plan(Objects.requireNonNull(design, "design")), applier, liveness);
    }

    /** The unfinished batched applies; removes the logs of finished ones that a crash left behind. */
    public List<PendingPlan> pending() {
        liveness.requireOpen();
        List<PendingPlan> pending = new ArrayList<>();
        for (PlanLog.Head head : log.heads()) {
            if (head.state().equals("done")) {
                log.remove(head.id(), head.batches());
            } else {
                pending.add(new LoggedPlan(head, applier, registry));
            }
        }
        return pending;
    }

    public Optional<AppliedPlan> lastApplied() {
        return log.last();
    }
}
