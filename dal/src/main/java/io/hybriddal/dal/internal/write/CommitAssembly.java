package io.hybriddal.dal.internal.write;

import io.hybriddal.dal.InvalidRelationException;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.UniqueConstraintViolationException;
import io.hybriddal.dal.internal.model.FieldModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.Condition;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the conditions and operations of the pending writes of one commit, remembering why
 * each condition is there. Several writes may share a commit (a transaction), so conditions are
 * kept by kind and reconciled in {@link #build()}: a relation target created or saved in the
 * same commit needs no existence check, a unique value freed by one write may be claimed by
 * another, a target deleted by the same commit cannot be linked, deletes go before puts.
 * Not thread-safe.
 */
final class CommitAssembly {

    private static final byte[] EMPTY = new byte[0];

    /*
     * Sized for what a write usually adds (its guard; its document, a generation or two, an index
     * entry; a deleted entry), so that a plain save fills tables allocated once. Targets and
     * claims, which most saves leave empty, are made on first use.
     */
    /** Conditions on documents the commit writes (OWN, SIDE, LINK), by key. */
    private final Map<String, Condition> guards;
    /** Relation targets that must exist, by target object key. */
    private Map<String, Purpose> targets = Map.of();
    /** Unique values and one-to-one slots that must be free, by key. */
    private Map<String, Purpose> claims = Map.of();
    private final Map<String, Purpose> purposes;
    private final Map<String, byte[]> puts;
    private final Set<String> deletes;
    private final Map<String, PendingWrite> writes;
    private final GenerationKeys generations;

    /**
     * @param writes      every write of the commit (a write reads the others': a delete's children saved or deleted with it)
     * @param generations the generation keys, built once per hybrid
     */
    CommitAssembly(List<PendingWrite> writes, GenerationKeys generations) {
        this.generations = generations;
        int n = writes.size();
        this.guards = new LinkedHashMap<>(capacity(n));
        this.purposes = new HashMap<>(capacity(n));
        this.puts = new LinkedHashMap<>(capacity(4 * n));
        this.deletes = new LinkedHashSet<>(capacity(n));
        this.writes = new HashMap<>(capacity(n));
        for (PendingWrite w : writes) {
            this.writes.put(w.key(), w);
        }
    }

    /** The initial capacity of a hash table holding {@code entries} without growing. */
    private static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    /** The write of this commit to the object under {@code key}, or null. */
    PendingWrite writeOf(String key) {
        return writes.get(key);
    }

    /** Requires the document under {@code key} to be at {@code revision} (0: absent). */
    void guard(String key, long revision, Purpose purpose) {
        guards.put(key, Condition.revision(key, revision));
        purposes.put(key, purpose);
    }

    /** Requires {@code condition} for no write in particular (model record keys): a failure means retry. */
    void require(Condition condition) {
        guards.putIfAbsent(condition.key(), condition);
    }

    /** Requires the relation target under {@code objectKey} to exist when the commit applies. */
    void requireTarget(String objectKey, Purpose purpose) {
        if (targets.isEmpty()) {
            targets = new LinkedHashMap<>();
        }
        targets.putIfAbsent(objectKey, purpose);
    }

    /**
     * Requires {@code key} (a unique value or one-to-one slot) to be free, and claims it.
     *
     * @throws UniqueConstraintViolationException or InvalidRelationException if another write of
     *                                            this commit claims it too
     */
    void claim(String key, Purpose purpose) {
        if (claims.isEmpty()) {
            claims = new LinkedHashMap<>();
        }
        Purpose other = claims.putIfAbsent(key, purpose);
        if (other != null && other.write() != purpose.write()) {
            throw claimedTwice(purpose, other);
        }
        purposes.put(key, purpose);
    }

    private static RuntimeException claimedTwice(Purpose purpose, Purpose other) {
        if (purpose.kind() == Purpose.Kind.ONE_TO_ONE) {
            return new InvalidRelationException("one-to-one relation '" + purpose.field().name() + "' of " + purpose.write().describe()
                    + " and of " + other.write().describe() + " point at the same target " + purpose.value() + " in one transaction");
        }
        return new UniqueConstraintViolationException("unique property '" + purpose.field().name() + "' of " + purpose.write().describe()
                + " and of " + other.write().describe() + " get the same value '" + purpose.value() + "' in one transaction",
                purpose.write().hybrid(), purpose.field().name());
    }

    void put(String key, byte[] value) {
        puts.put(key, value);
    }

    /** A put of an empty value: writes a marker key or moves its revision on (link stamps). */
    void touch(String key) {
        puts.put(key, EMPTY);
    }

    /** Moves on the generation of {@code field} of {@code model}, so cached results depending on it are not served again. */
    void touchGeneration(HybridModel model, FieldModel field) {
        touch(generations.field(model, field));
    }

    /** Moves on the generation of {@code model}'s membership (an object created or deleted). */
    void touchMembership(HybridModel model) {
        touch(generations.membership(model));
    }

    void delete(String key) {
        deletes.add(key);
    }

    boolean isEmpty() {
        return guards.isEmpty() && targets.isEmpty() && claims.isEmpty() && puts.isEmpty() && deletes.isEmpty();
    }

    /** The keys the commit puts and deletes, for logs: {@code put [k1, k2] delete [k3]}. */
    String describeKeys() {
        return "put " + puts.keySet() + " delete " + deletes;
    }

    /** Why the condition on {@code key} is there, or null. */
    Purpose purpose(String key) {
        return purposes.get(key);
    }

    /**
     * The commit of everything collected.
     *
     * @throws ObjectNotFoundException if a relation points at an object this commit deletes
     */
    Commit build() {
        Commit.Builder commit = Commit.builder();
        guards.values().forEach(commit::require);
        targets.forEach((key, purpose) -> {
            if (deletes.contains(key) && !puts.containsKey(key)) {
                throw new ObjectNotFoundException("relation '" + purpose.field().name() + "' of " + purpose.write().describe()
                        + " points at " + purpose.value() + ", which the same transaction deletes");
            }
            if (!guards.containsKey(key)) {
                // a target saved or created by this commit is guarded by its own condition already
                commit.requirePresent(key);
                purposes.put(key, purpose);
            }
        });
        claims.forEach((key, purpose) -> {
            if (!deletes.contains(key)) {
                // a value freed by another write of this commit is free: that write's guard proves it owned it
                commit.requireAbsent(key);
            }
        });
        for (String key : deletes) {
            if (!puts.containsKey(key)) {
                commit.delete(key);
            }
        }
        puts.forEach(commit::put);
        return commit.build();
    }
}
