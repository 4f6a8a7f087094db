package io.hybriddal.dal;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point: a session over one persistent store and one volatile store, with a set of
 * registered hybrids. Build one with {@link #builder()}, share it between threads, close it
 * when done. Objects it returns are not thread-safe; load one per thread.
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
     * @throws IllegalArgumentException if {@code guid} is blank
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
     */
    void inTransaction(Runnable work);

    /** {@link #inTransaction(Runnable)} returning {@code work}'s result. */
    <R> R inTransaction(Supplier<R> work);

    /**
     * Delivers every committed change to objects of {@code type} (from any process sharing the
     * persistent store), in commit order, on a background thread, until the subscription is closed.
     */
    <T extends DataObject> Subscription subscribe(Class<T> type, Consumer<ChangeEvent<T>> listener);

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

    /** Read-only operations for tools and operators: stores, meters, counts, a consistency check. */
    DalAdmin admin();

    /** Closes the stores this Dal opened itself (not those handed to the builder). Idempotent. */
    @Override
    void close();
}
