package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.InvalidRelationException;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.RaceConditionException;
import io.hybriddal.dal.UniqueConstraintViolationException;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.object.ObjectState;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.PersistentStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits pending writes as one atomic store commit. The first attempt works from what the
 * instances loaded; when a guard fails (someone else wrote first) every write is rebuilt from a
 * fresh read and merged again, a bounded number of times. A taken unique value, a taken
 * one-to-one target or a missing relation target is reported at once, unless the write's own
 * base was stale too (then the retry decides). Nothing is written unless everything is.
 */
final class WriteExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(WriteExecutor.class);

    private final PersistentStore store;
    private final Documents documents;
    private final CommitListener listener;
    private final WriteLimits limits;
    private final ConflictLog conflicts;
    private final WriteMeters meters;
    private final ModelRecording recording;
    private final GenerationKeys generations = new GenerationKeys();

    /**
     * @param documents fresh reads for retries and the reads a delete needs
     * @param listener  told of every object a commit wrote or deleted
     */
    WriteExecutor(PersistentStore store, Documents documents, CommitListener listener, WriteLimits limits, MeterRegistry registry,
                  ModelRecording recording) {
        this.conflicts = new ConflictLog(registry);
        this.meters = new WriteMeters(registry);
        this.recording = recording;
        this.store = store;
        this.documents = documents;
        this.listener = listener;
        this.limits = limits;
    }

    /** Saves one object now. */
    void save(ObjectState state, Object[] local) {
        execute(List.of(pendingSave(state, local)));
    }

    /** Deletes one object now, abandoning the named backrefs. */
    void delete(ObjectState state, Set<String> abandon) {
        execute(List.of(pendingDelete(state, abandon)));
    }

    /** A pending save, for transactions. */
    SaveWrite pendingSave(ObjectState state, Object[] local) {
        return new SaveWrite(state, local, limits.maxDocumentBytes(), conflicts);
    }

    /** A pending delete, for transactions. */
    DeleteWrite pendingDelete(ObjectState state, Set<String> abandon) {
        return new DeleteWrite(state, abandon, store, documents);
    }

    /** An empty commit of {@code writes}. */
    CommitAssembly newAssembly(List<PendingWrite> writes) {
        return new CommitAssembly(writes, generations);
    }

    PersistentStore store() {
        return store;
    }

    /** Commits {@code writes} together (in order), or throws and writes nothing. */
    void execute(List<PendingWrite> writes) {
        Map<String, Snapshot> fresh = null;
        int attempts = limits.maxSaveAttempts();
        for (int attempt = 0; attempt < attempts; attempt++) {
            CommitAssembly assembly = newAssembly(writes);
            for (PendingWrite write : writes) {
                contribute(write, assembly, fresh);
            }
            if (assembly.isEmpty()) {
                LOG.debug("nothing to commit for {}: the store already holds it", writes);
                finish(writes, store.currentRevision());
                return;
            }
            List<ModelRecording.Entries> records = record(writes, assembly);
            Commit commit = assembly.build();
            CommitResult result = store.commit(commit);
            if (!records.isEmpty()) {
                if (result.succeeded()) {
                    records.forEach(recording::recorded);
                } else {
                    recording.refused();
                }
            }
            if (result.succeeded()) {
                if (LOG.isDebugEnabled()) {
                    LOG.debug("committed {} at revision {} (attempt {}): {}", writes, result.revision(), attempt + 1,
                            assembly.describeKeys());
                }
                finish(writes, result.revision());
                return;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("commit of {} refused on {} (attempt {} of {}); merging with fresh reads", writes, result.failedKeys(),
                        attempt + 1, attempts);
            }
            raiseDefinitiveFailure(assembly, result);
            if (attempt + 1 == attempts) {
                break; // no attempt left: reading again and backing off would only delay the failure
            }
            meters.retried();
            fresh = documents.readFresh(objectsOf(writes));
            backOff(attempt);
        }
        meters.exhausted();
        throw new RaceConditionException("gave up committing " + describe(writes) + " after " + attempts
                + " attempts: concurrent writers kept changing the same objects");
    }

    /** One write's part of an attempt; a retry ({@code fresh} given) merges a save again, which is counted. */
    private void contribute(PendingWrite write, CommitAssembly assembly, Map<String, Snapshot> fresh) {
        if (fresh != null && write instanceof SaveWrite save && !save.state().isNew()) {
            meters.merged(write.hybrid());
        }
        try {
            write.contribute(assembly, fresh);
        } catch (ConcurrencyException e) {
            meters.raised(write.hybrid());
            throw e;
        }
    }

    /** Counts an outermost transaction by whether it committed. */
    void transactionEnded(boolean committed) {
        meters.transaction(committed);
    }

    /** Adds the model record entries of the saved hybrids the store does not record yet (rarely any). */
    private List<ModelRecording.Entries> record(List<PendingWrite> writes, CommitAssembly assembly) {
        List<ModelRecording.Entries> records = List.of();
        for (PendingWrite write : writes) {
            ModelRecording.Entries entries = write instanceof SaveWrite save ? recording.entries(save.state().model()) : null;
            if (entries != null) {
                if (records.isEmpty()) {
                    records = new ArrayList<>();
                }
                records.add(entries);
                entries.conditions().forEach(assembly::require);
                entries.puts().forEach(assembly::put);
            }
        }
        return records;
    }

    void finish(List<PendingWrite> writes, long revision) {
        int n = writes.size();
        for (int i = 0; i < n; i++) { // every save: indexed, no iterator
            writes.get(i).complete(revision);
        }
        for (int i = 0; i < n; i++) {
            PendingWrite write = writes.get(i);
            if (write instanceof SaveWrite save) {
                if (save.wrote()) {
                    meters.saved(save.hybrid());
                    listener.committed(save.state().model(), save.state().guid(), save.state().loadedSnapshot(), revision);
                }
            } else if (write instanceof DeleteWrite delete && delete.deleted()) {
                meters.deleted(delete.hybrid());
                listener.committed(delete.state().model(), delete.state().guid(), null, revision);
                delete.unlinked().forEach(ref -> listener.committed(ref.model(), ref.guid(), null, revision));
            }
        }
    }

    static void raiseDefinitiveFailure(CommitAssembly assembly, CommitResult result) {
        Set<PendingWrite> stale = new HashSet<>();
        for (String key : result.failedKeys()) {
            Purpose p = assembly.purpose(key);
            if (p != null && p.kind().meansStale()) {
                stale.add(p.write());
            }
        }
        for (String key : result.failedKeys()) {
            Purpose p = assembly.purpose(key);
            if (p == null || p.kind().meansStale() || stale.contains(p.write())) {
                continue;
            }
            switch (p.kind()) {
                case UNIQUE -> throw new UniqueConstraintViolationException("cannot save " + p.write().describe() + ": unique property '"
                        + p.field().name() + "' already has value '" + p.value() + "' on another " + p.write().hybrid()
                        + "; nothing was written", p.write().hybrid(), p.field().name());
                case ONE_TO_ONE -> throw new InvalidRelationException("cannot save " + p.write().describe() + ": one-to-one relation '"
                        + p.field().name() + "' points at " + p.value() + ", which already has another object pointing at it");
                case TARGET -> throw new ObjectNotFoundException("cannot save " + p.write().describe() + ": relation '"
                        + p.field().name() + "' points at " + p.value() + ", which does not exist (never saved, or deleted)");
                default -> { }
            }
        }
    }

    private static List<ObjectState> objectsOf(List<PendingWrite> writes) {
        List<ObjectState> states = new ArrayList<>(writes.size());
        for (PendingWrite w : writes) {
            states.add(((ObjectWrite) w).state());
        }
        return states;
    }

    private static String describe(List<PendingWrite> writes) {
        if (writes.size() == 1) {
            return writes.get(0).describe();
        }
        return writes.size() + " objects (" + writes.get(0).describe() + ", ...)";
    }

    /** Spreads retries of colliding writers apart: random, growing, at most a few milliseconds. */
    private static void backOff(int attempt) {
        long maxMicros = 200L << Math.min(attempt, 5);
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(maxMicros) * 1_000);
    }
}
