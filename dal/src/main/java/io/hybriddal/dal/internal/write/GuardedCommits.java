package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.PropertyModel;
import io.hybriddal.dal.internal.model.RelationModel;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Commits of many objects that must not merge: one attempt, each object guarded by the revision
 * its instance loaded, with extra keys of the caller (a plan log) in the same commit. Where a save
 * retries and merges, this reports the objects that changed. Thread-safe; the instances are not.
 */
public final class GuardedCommits {

    /** One object to write: saved, or deleted (without abandoning backrefs). */
    public record Entry(ObjectState state, boolean delete) {
    }

    /**
     * What a commit did.
     *
     * @param revision the commit's revision (0 when refused)
     * @param stale    the objects ({@code hybrid guid}) or extra keys whose guard failed; empty when it succeeded
     */
    public record Outcome(long revision, List<String> stale) {
        public boolean succeeded() {
            return stale.isEmpty();
        }
    }

    private final WriteExecutor executor;
    private final SaveChecks checks;

    GuardedCommits(WriteExecutor executor, SaveChecks checks) {
        this.executor = executor;
        this.checks = checks;
    }

    /** The checks of a save (mandatory fields, Bean Validation), without writing. */
    public void check(ObjectState state) {
        checks.check(state);
    }

    /** The most operations per commit the store takes. */
    public int maxOperations() {
        return executor.store().maxCommitOperations();
    }

    /**
     * An upper bound of the conditions and operations that one write of {@code model}, or the write
     * undoing it, adds to a commit, besides the generation keys ({@link #hybridCost}) that the
     * writes of one hybrid share: for an update (both ways an update) or for a create or delete
     * (one way a create, the other a delete), as {@link DerivedKeys} and the writes make them.
     */
    public static int objectCost(HybridModel model, boolean update) {
        int cost = update ? 2 : 4; // guard and put; a delete also guards and deletes the link stamp
        for (PropertyModel p : model.properties()) {
            // an update deletes the old unique key, claims and puts the new; a create claims and puts
            cost += (p.unique() ? (update ? 3 : 2) : 0) + (p.indexed() ? (update ? 2 : 1) : 0);
        }
        for (RelationModel r : model.relations()) {
            // the old reverse entry, the target's existence and link stamp, the new entry (claimed when one-to-one)
            cost += (update ? 4 : 3) + (r.oneToOne() ? 1 : 0);
        }
        return cost;
    }

    /** The generation keys the writes of one hybrid in one commit may move on: one per field, one for membership. */
    public static int hybridCost(HybridModel model) {
        return model.fields().size() + 1;
    }

    /**
     * Commits {@code entries} in order with {@code puts} and {@code deletes} of other keys, if
     * every object is at the revision its instance loaded and every {@code guards} key at its
     * revision (0: absent). A taken unique value or a missing relation target throws as a save
     * does; nothing is written unless everything is.
     */
    public Outcome commit(List<Entry> entries, Map<String, byte[]> puts, Set<String> deletes, Map<String, Long> guards) {
        List<PendingWrite> writes = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (!e.delete()) {
                checks.check(e.state());
            }
            writes.add(e.delete() ? executor.pendingDelete(e.state(), Set.of()) : executor.pendingSave(e.state(), e.state().values()));
        }
        CommitAssembly assembly = executor.newAssembly(writes);
        for (PendingWrite write : writes) {
            write.contribute(assembly, null);
        }
        guards.forEach((key, revision) -> assembly.guard(key, revision, Purpose.of(Purpose.Kind.SIDE, null)));
        puts.forEach(assembly::put);
        deletes.forEach(assembly::delete);
        Commit commit = assembly.build();
        CommitResult result = executor.store().commit(commit);
        if (result.succeeded()) {
            executor.finish(writes, result.revision());
            return new Outcome(result.revision(), List.of());
        }
        WriteExecutor.raiseDefinitiveFailure(assembly, result);
        Set<String> stale = new LinkedHashSet<>();
        for (String key : result.failedKeys()) {
            Purpose p = assembly.purpose(key);
            stale.add(p == null || p.write() == null ? key : p.write().describe());
        }
        return new Outcome(0, List.copyOf(stale));
    }
}
