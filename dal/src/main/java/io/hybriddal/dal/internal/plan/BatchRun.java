package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.AppliedPlan;
import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.PlanFailedException;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.write.GuardedCommits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The batches of one logged plan: written forward (apply, resume) or undone backward (abort),
 * each batch one commit that also moves the log's head on, guarded by the head's revision so that
 * two processes never finish one plan twice. Not thread-safe; one per run.
 */
final class BatchRun {

    /** The steps of one batch and their instances. */
    record Work(List<Step> steps, List<DataObject> objects) {
    }

    private final Applier applier;
    private final PlanLog log;
    private PlanLog.Head head;

    BatchRun(Applier applier, PlanLog.Head head) {
        this.applier = applier;
        this.log = applier.log();
        this.head = head;
    }

    /** Writes the batches from the head's progress on, then removes the log. */
    ApplyResult run(IntFunction<Work> work, long start, Consumer<? super PlanStep> written) {
        List<PlanStep> applied = new ArrayList<>();
        int commits = 0;
        for (int k = head.committed(); k < head.batches(); k++) {
            Work w = work.apply(k);
            boolean last = k == head.batches() - 1;
            PlanLog.Head next = head.next(k + 1, last ? "done" : "applying");
            Map<String, byte[]> puts = new HashMap<>();
            puts.put(PlanLog.headKey(head.id()), log.encode(next));
            if (last) {
                AppliedPlan summary = new AppliedPlan(head.id(), applier.clock().instant(), head.creates(), head.updates(),
                        head.deletes(), head.batches(), Duration.ofNanos(System.nanoTime() - start));
                puts.put(PlanLog.LAST, log.encode(summary));
            }
            commit(Applier.entries(w.steps(), w.objects()), puts, next, "batch " + (k + 1) + " of " + head.batches()
                    + " was not written; the plan is pending (Dal.pendingPlans()): resume() when the objects are as planned, or abort()");
            commits++;
            applied.addAll(w.steps());
            w.steps().forEach(written);
        }
        log.remove(head.id(), head.batches());
        return new ApplyResult(applied, commits, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Undoes the committed batches, last first, runs the reconcilers' aborts of every step in reverse, removes the log. */
    void abort(ModelRegistry registry) {
        if (!head.state().equals("aborting")) {
            head = commitHead(head.next(head.committed(), "aborting"));
        }
        for (int k = head.committed() - 1; k >= 0; k--) {
            List<Step> steps = log.batch(head.id(), k, registry);
            Map<String, Snapshot> current = applier.current(steps);
            List<GuardedCommits.Entry> undo = new ArrayList<>();
            for (int i = steps.size() - 1; i >= 0; i--) {
                Step s = steps.get(i);
                GuardedCommits.Entry e = applier.instances().undo(s, current.get(s.hybrid() + "/" + s.guid()));
                if (e != null) {
                    undo.add(e);
                }
            }
            PlanLog.Head next = head.next(k, "aborting");
            commit(undo, Map.of(PlanLog.headKey(head.id()), log.encode(next)), next,
                    "batch " + (k + 1) + " was not undone; abort() again");
        }
        List<Step> all = new ArrayList<>();
        for (int k = 0; k < head.batches(); k++) {
            all.addAll(log.batch(head.id(), k, registry));
        }
        List<String> failures = applier.reconciling().abort(all, abortInstances(all));
        log.remove(head.id(), head.batches());
        if (!failures.isEmpty()) {
            throw new PlanFailedException("plan " + head.id() + " was aborted and its data restored, but these reconciler aborts"
                    + " failed: " + failures, null, failures, null);
        }
    }

    /** The instances the reconcilers' aborts get: each object as the step would have left it. */
    private List<DataObject> abortInstances(List<Step> steps) {
        if (applier.reconciling().isEmpty()) {
            return List.of();
        }
        Map<String, Snapshot> current = applier.current(steps);
        List<DataObject> objects = new ArrayList<>(steps.size());
        for (Step s : steps) {
            Snapshot now = current.get(s.hybrid() + "/" + s.guid());
            objects.add(now == null || s.action() == PlanAction.CREATE ? applier.instances().detached(s) : applier.instances().build(s, now));
        }
        return objects;
    }

    private void commit(List<GuardedCommits.Entry> entries, Map<String, byte[]> puts, PlanLog.Head next, String consequence) {
        GuardedCommits.Outcome outcome = applier.commits().commit(entries, puts, Set.of(),
                Map.of(PlanLog.headKey(head.id()), head.revision()));
        if (!outcome.succeeded()) {
            throw Applier.conflict(outcome.stale(), consequence);
        }
        head = next.at(outcome.revision());
    }

    private PlanLog.Head commitHead(PlanLog.Head next) {
        commit(List.of(), Map.of(PlanLog.headKey(head.id()), log.encode(next)), next, "the plan log is being finished by another process");
        return head;
    }
}
