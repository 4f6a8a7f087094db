package io.hybriddal.dal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point: a session over one persistent store and one volatile store, with a set of
 * registered hybrids. Build one with {@link #builder()}, share it between threads, close it
 * when done. Objects it returns are not thread-safe; load one per thread. Every method but
 * {@link #close()} throws {@link IllegalStateException} once the Dal is closed.
 */
public interface Dal extends AutoCloseable {

    /** A builder with in-memory stores, the system clock and {@link ConflictPolicy#LOCAL_WINS}. */
    static DalBuilder builder() {
        return new DalBuilder();
    }

    /**
     * A new, unsaved object of {@code type} (or of its registered extension) with a fresh guid
     * and the properties' defaults. No store is touched.
     *
     * @throws InvalidHybridException if {@code type} is not registered
     */
    <T extends DataObject> T create(Class<T> type);

    /**
     * A new, unsaved object of {@code type} with the given guid, for imports and migrations that
     * must keep identities. Its save fails with {@link ObjectExistsException} when another object
     * already has the guid with different values; an object holding exactly the same values makes
     * the save a no-op (so an interrupted import can be run again).
     *
     *
     * <p>A guid is 1 to 128 characters from {@code [A-Za-z0-9._-]} (a UUID is one): such a guid is
     * stored in keys as it is, so every read (get, backrefs, queries, the change feed, export)
     * returns exactly the guid given here. Anything else is refused rather than escaped.
     *
     * @throws IllegalArgumentException if {@code guid} is not 1 to 128 characters from {@code [A-Za-z0-9._-]};
     *                                  the message names the hybrid, the guid and the allowed form
     * @throws InvalidHybridException   if {@code type} is not registered
     */
    <T extends DataObject> T create(Class<T> type, String guid);

    /**
     * The object of {@code type} with {@code guid}; the near cache may serve it.
     *
     * @throws ObjectNotFoundException if there is none
     * @throws InvalidHybridException  if {@code type} is not registered
     */
    <T extends DataObject> T get(Class<T> type, String guid);

    /** {@link #get(Class, String)} with the given consistency. */
    <T extends DataObject> T get(Class<T> type, String guid, Consistency consistency);

    /** The object of {@code type} with {@code guid}, or empty if there is none. */
    <T extends DataObject> Optional<T> find(Class<T> type, String guid);

    /**
     * The objects of {@code type} with {@code guids}, in that order, loaded lazily page by page;
     * guids without an object are skipped.
     */
    <T extends DataObject> DataList<T> list(Class<T> type, Collection<String> guids);

    /** A query over the objects of {@code type}. */
    <T extends DataObject> Query<T> query(Class<T> type);

    /**
     * Runs {@code work}; every save and delete it makes on this thread is committed in one
     * atomic store commit when it returns, or nothing is written if it or the commit fails.
     * A nested call joins the outer transaction.
     *
     * <p>Reads your writes: on this thread, while {@code work} runs, reads see the transaction's
     * pending saves and deletes, and other threads and processes see none of them until the
     * commit. {@code get}, {@code find} and {@code list} (by type or by name) return an object
     * saved in the transaction with the values it was saved with (a fresh instance; saving that
     * instance again replaces the pending save) and do not find an object it deletes; queries
     * evaluate the objects it saves with their pending values and leave out those it deletes (and
     * bypass the query cache); backrefs list the children it saves pointing at the target, and not
     * those it deletes or points elsewhere; relation getters load targets it saves. The checks of
     * the commit see the transaction's own writes too: a parent whose children the transaction
     * deletes or moves away can be deleted in it, and {@code delete("*")} does not unlink (and so
     * revive) children the transaction deletes.
     *
     * <p>{@code isNew()} and {@code version()} describe what is committed: an object created in
     * the transaction stays {@code isNew()} (version 0) until the commit succeeds, and keeps it
     * if the transaction fails, like the instances of a failed save (as in OVS, where an object
     * is new until its data reaches the store). Children a {@code delete("*")} unlinks keep their
     * relation in reads until the commit: the unlinking is decided by the commit.
     *
     * @throws IllegalStateException if this Dal is closed (also when it closes before the commit)
     */
    void inTransaction(Runnable work);

    /** {@link #inTransaction(Runnable)} returning {@code work}'s result. */
    <R> R inTransaction(Supplier<R> work);

    /**
     * Delivers every committed change to objects of {@code type} (from any process sharing the
     * persistent store), in commit order, on a background thread, until the subscription is closed:
     * {@link #subscribe(Class, Consumer, FeedOptions)} with {@link FeedOptions#live()}.
     */
    default <T extends DataObject> Subscription subscribe(Class<T> type, Consumer<ChangeEvent<T>> listener) {
        return subscribe(type, listener, FeedOptions.live());
    }

    /**
     * Delivers each change to objects of {@code type} committed after the options' start revision
     * exactly once, in commit order (duplicates after a watch resume are suppressed), until the
     * subscription or this Dal is closed. The listener never runs on the store's watch thread: a
     * slow one delays only its own subscription (up to {@link FeedOptions#maxPending()} changes,
     * then a {@link FeedGap}), and one that throws is logged at WARN with hybrid and guid and keeps
     * its subscription. Lost history is never silent: it is reported as a {@link FeedGap}.
     *
     * @throws NullPointerException   when an argument is null
     * @throws InvalidHybridException when {@code type} is not registered
     * @throws InvalidQueryException  when the options' filter does not fit the hybrid
     * @throws IllegalStateException  when this Dal is closed
     */
    <T extends DataObject> Subscription subscribe(Class<T> type, Consumer<ChangeEvent<T>> listener, FeedOptions options);

    /**
     * Every object of {@code type} as it was at one store revision (read in pages, consistently,
     * however long it takes; retried at a fresh revision if the store cannot serve the first).
     * Subscribe with {@code FeedOptions.fromRevision(snapshot.revision())} to follow on from it.
     *
     * @throws NullPointerException   when {@code type} is null
     * @throws InvalidHybridException when {@code type} is not registered
     * @throws StoreException         when the store fails, or no consistent read succeeded
     * @throws IllegalStateException  when this Dal is closed
     */
    <T extends DataObject> Snapshot<T> snapshot(Class<T> type);

    /** The registered model: hybrids and their members, in declaration order. Never null; immutable. */
    DalModel model();

    /**
     * {@link #create(Class)} by hybrid name.
     *
     * @throws InvalidHybridException naming the known hybrids when no hybrid has that name
     */
    DataObject create(String hybrid);

    /** {@link #create(Class, String)} by hybrid name. */
    DataObject create(String hybrid, String guid);

    /**
     * {@link #get(Class, String)} by hybrid name.
     *
     * @throws ObjectNotFoundException naming hybrid and guid when there is no such object
     * @throws InvalidHybridException  when no hybrid has that name
     */
    DataObject get(String hybrid, String guid);

    /** {@link #get(Class, String, Consistency)} by hybrid name. */
    DataObject get(String hybrid, String guid, Consistency consistency);

    /** {@link #find(Class, String)} by hybrid name. */
    Optional<DataObject> find(String hybrid, String guid);

    /** {@link #list(Class, Collection)} by hybrid name. */
    DataList<DataObject> list(String hybrid, Collection<String> guids);

    /** {@link #query(Class)} by hybrid name. */
    Query<DataObject> query(String hybrid);

    /**
     * A breadth-first walk of the object graph from {@code start}, to configure and {@link Traversal#run() run}.
     *
     * @throws IllegalArgumentException if {@code start} is not an object of this Dal
     * @throws NullPointerException     if {@code start} is null
     */
    Traversal traverse(DataObject start);

    /**
     * The steps that bring the store to {@code design}: creates, updates and deletes, ordered by the
     * relation graph. Reads only (every stored object of the hybrids the design names or owns).
     *
     * @throws InvalidDesignException naming every design object that would fail validation, a unique
     *                                constraint or a relation, and any cycle of relations
     * @throws IllegalArgumentException when a design object was not made by this Dal
     * @throws InvalidHybridException when an owned hybrid is not registered
     */
    Plan plan(Design design);

    /**
     * The batched applies that did not finish (the process died or the store failed between two
     * batches), each to {@link PendingPlan#resume() resume} or {@link PendingPlan#abort() abort}.
     * Empty when every apply finished.
     */
    List<PendingPlan> pendingPlans();

    /** Read-only operations for tools and operators: stores, meters, counts, a consistency check. */
    DalAdmin admin();

    /**
     * The model as the store records it (version, state of every key space), compared with this
     * code's: what {@link #migrate()} would do. Reads the store; writes nothing.
     *
     * @throws StoreException when the store cannot be read
     */
    ModelStatus modelStatus();

    /**
     * Brings the store to this code's model, online (other processes keep reading and saving):
     * builds every key space that is not ready in pages, checkpointed in the store so that a
     * crashed migration resumes where it stopped; deletes the entries of key spaces no longer
     * declared; rewrites documents holding former property names; then runs the pending
     * {@link Migration}s in version order, recording each. One migrator at a time per store
     * namespace: this call waits for another's lock (a crashed migrator's lock expires).
     *
     * @throws UniqueConstraintViolationException when building a unique key space meets two
     *                                            objects with one value (both guids named; the
     *                                            space stays {@link IndexStatus.State#BUILDING})
     * @throws StoreException when the store records a model version above this code's
     *                        highest migration, or cannot be reached
     */
    MigrationResult migrate();

    /** {@link #migrate()}, telling {@code progress} how each step advances. */
    MigrationResult migrate(MigrationProgress progress);

    /**
     * Closes the stores this Dal opened itself (not those handed to the builder). Idempotent.
     * Afterwards every other method of this Dal, the saves and deletes of its instances and the
     * runs of its queries throw {@link IllegalStateException} ("this Dal is closed").
     */
    @Override
    void close();
}
