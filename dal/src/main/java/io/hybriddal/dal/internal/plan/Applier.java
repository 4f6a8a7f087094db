package io.hybriddal.dal.internal.plan;

import io.hybriddal.dal.ApplyResult;
import io.hybriddal.dal.AppliedPlan;
import io.hybriddal.dal.Change;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.PlanAction;
import io.hybriddal.dal.PlanConflictException;
import io.hybriddal.dal.PlanStep;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.internal.write.GuardedCommits;
import io.hybriddal.dal.spi.PersistentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Applies a plan: checks that everything it read is unchanged, runs the reconcilers, then writes
 * the data in one guarded commit, or, when that would exceed the store's limit, in batches under a
 * plan log ({@link BatchRun}). Thread-safe.
 */
final class Applier {

    private final PersistentStore store;
    private final Documents documents;
    private final Instances instances;
    private final GuardedCommits commits;
    private final Reconciling reconciling;
    private final PlanLog log;
    private final Clock clock;

    Applier(PersistentStore store, Documents documents, Instances instances, GuardedCommits commits, Reconciling reconciling,
            PlanLog log, Clock clock) {
        this.store = store;
        this.documents = documents;
        this.instances = instances;
        this.commits = commits;
        this.reconciling = reconciling;
        this.log = log;
        this.clock = clock;
    }

    ApplyResult apply(List<Step> steps, Consumer<? super PlanStep> written) {
        long start = System.nanoTime();
        if (steps.isEmpty()) {
            return new ApplyResult(List.of(), 0, Duration.ofNanos(System.nanoTime() - start)); // no drift: nothing to record
        }
        List<DataObject> objects = prepare(steps, "nothing was done; plan again");
        reconciling.apply(steps, objects);
        List<List<Step>> batches = pack(steps, commits.maxOperations());
        if (batches.size() > 1) {
            return batched(steps, objects, batches, start, written);
        }
        try {
            String id = UUID.randomUUID().toString();
            AppliedPlan summary = summary(id, steps, 1, start);
            GuardedCommits.Outcome outcome = commits.commit(entries(steps, objects), Map.of(PlanLog.LAST, log.encode(summary)),
                    Set.of(), Map.of());
            if (!outcome.succeeded()) {
                throw conflict(outcome.stale(), "the reconcilers' steps were aborted and no data was changed; plan again");
            }
            steps.forEach(written);
            return new ApplyResult(List.<PlanStep>copyOf(steps), 1, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            reconciling.abort(steps, objects).forEach(f -> e.addSuppressed(new IllegalStateException("abort failed: " + f)));
            throw e;
        }
    }

    private ApplyResult batched(List<Step> steps, List<DataObject> objects, List<List<Step>> batches, long start,
                                Consumer<? super PlanStep> written) {
        String id = UUID.randomUUID().toString();
        PlanLog.Head head;
        try {
            log.record(id, batches);
            int[] counts = counts(steps);
            head = log.start(new PlanLog.Head(id, clock.instant(), counts[0], counts[1], counts[2], batches.size(), 0, "applying", 0));
        } catch (RuntimeException e) {
            reconciling.abort(steps, objects).forEach(f -> e.addSuppressed(new IllegalStateException("abort failed: " + f)));
            throw e;
        }
        List<List<DataObject>> objectBatches = new ArrayList<>();
        int from = 0;
        for (List<Step> batch : batches) {
            objectBatches.add(objects.subList(from, from + batch.size()));
            from += batch.size();
        }
        return new BatchRun(this, head).run(k -> new BatchRun.Work(batches.get(k), objectBatches.get(k)), start, written);
    }

    /**
     * Reads the current state of every object of {@code steps} and builds the step's instances
     * from it.
     *
     * @throws PlanConflictException listing the objects that changed since the plan read them
     */
    List<DataObject> prepare(List<Step> steps, String consequence) {
        Map<String, Snapshot> current = current(steps);
        List<String> changed = new ArrayList<>();
        Map<String, Step> naturalKeys = new LinkedHashMap<>();
        for (Step s : steps) {
            Snapshot now = current.get(s.hybrid() + "/" + s.guid());
            if (s.action() == PlanAction.CREATE) {
                if (now != null) {
                    changed.add(s.hybrid() + " " + s.guid() + " (created since)");
                }
                PropertyModel key = StoredObjects.naturalKey(s.model());
                Change c = key == null ? null : s.changes().get(key.name());
                if (c != null && c.after() != null) {
                    naturalKeys.put(Keys.unique(s.model(), key, c.after()), s);
                }
            } else if (now == null || now.revision() != s.revision()) {
                changed.add(s.hybrid() + " " + s.guid() + (now == null ? " (deleted since)" : " (changed since)"));
            }
        }
        if (!naturalKeys.isEmpty()) {
            store.getAll(naturalKeys.keySet()).keySet().forEach(k -> {
                Step s = naturalKeys.get(k);
                changed.add(s.hybrid() + " " + s.guid() + " (another " + s.hybrid() + " with its natural key was stored since)");
            });
        }
        if (!changed.isEmpty()) {
            throw conflict(changed, consequence);
        }
        List<DataObject> objects = new ArrayList<>(steps.size());
        for (Step s : steps) {
            objects.add(instances.build(s, current.get(s.hybrid() + "/" + s.guid())));
        }
        return objects;
    }

    /** The stored snapshots of the steps' objects by {@code hybrid/guid}, read strongly, one multi-get per hybrid. */
    Map<String, Snapshot> current(List<Step> steps) {
        Map<HybridModel, List<String>> guids = new LinkedHashMap<>();
        for (Step s : steps) {
            guids.computeIfAbsent(s.model(), m -> new ArrayList<>()).add(s.guid());
        }
        Map<String, Snapshot> current = new LinkedHashMap<>();
        guids.forEach((model, list) -> documents.readAll(model, list, Consistency.STRONG)
                .forEach((guid, snapshot) -> current.put(model.name() + "/" + guid, snapshot)));
        return current;
    }

    /** Splits the steps into batches that each fit in one commit with the log's head; one batch when everything fits. */
    static List<List<Step>> pack(List<Step> steps, int maxOperations) {
        int reserved = 3; // the head's guard and put, the summary of the last batch
        List<List<Step>> batches = new ArrayList<>();
        List<Step> batch = new ArrayList<>();
        Set<String> hybrids = new HashSet<>();
        int cost = reserved;
        for (Step s : steps) {
            int object = GuardedCommits.objectCost(s.model(), s.action() == PlanAction.UPDATE);
            int hybrid = GuardedCommits.hybridCost(s.model());
            if (object + hybrid + reserved > maxOperations) {
                throw new StoreException(s.describe() + " needs up to " + (object + hybrid) + " operations in one commit, more than the "
                        + maxOperations + " the store takes (etcd: --max-txn-ops and maxTxnOps in the store URI)");
            }
            int add = object + (hybrids.contains(s.hybrid()) ? 0 : hybrid);
            if (cost + add > maxOperations && !batch.isEmpty()) {
                batches.add(batch);
                batch = new ArrayList<>();
                hybrids.clear();
                cost = reserved;
                add = object + hybrid;
            }
            batch.add(s);
            hybrids.add(s.hybrid());
            cost += add;
        }
        if (!batch.isEmpty() || batches.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    static List<GuardedCommits.Entry> entries(List<Step> steps, List<DataObject> objects) {
        List<GuardedCommits.Entry> entries = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            entries.add(new GuardedCommits.Entry(Instances.state(objects.get(i)), steps.get(i).action() == PlanAction.DELETE));
        }
        return entries;
    }

    AppliedPlan summary(String id, List<Step> steps, int commitCount, long start) {
        int[] c = counts(steps);
        return new AppliedPlan(id, clock.instant(), c[0], c[1], c[2], commitCount, Duration.ofNanos(System.nanoTime() - start));
    }

    static int[] counts(List<Step> steps) {
        int[] c = new int[3];
        steps.forEach(s -> c[s.action().ordinal()]++);
        return c;
    }

    static PlanConflictException conflict(List<String> objects, String consequence) {
        return new PlanConflictException(objects.size() + (objects.size() == 1 ? " object" : " objects")
                + " changed since the plan read them: " + objects + "; " + consequence, objects);
    }

    PlanLog log() {
        return log;
    }

    GuardedCommits commits() {
        return commits;
    }

    Instances instances() {
        return instances;
    }

    Reconciling reconciling() {
        return reconciling;
    }

    Clock clock() {
        return clock;
    }
}
