package io.hybriddal.dal;

import java.util.List;

/**
 * Every object of one hybrid as it was at one store revision, from {@link Dal#snapshot(Class)}:
 * the starting point of a change feed. Subscribing with
 * {@code FeedOptions.fromRevision(snapshot.revision())} then delivers every later change exactly
 * once, in commit order, so that the snapshot plus those events reconstruct the store.
 *
 * <p>Immutable and safe to share between threads; the objects it holds are ordinary instances
 * (not thread-safe, like every instance the Dal returns), loaded when the snapshot was taken.
 *
 * @param <T> the hybrid type
 */
public interface Snapshot<T extends DataObject> {

    /** The store revision every object was read at ({@code > 0} once the store has a commit). */
    long revision();

    /** The hybrid name. */
    String hybrid();

    /** Every object of the hybrid at {@link #revision()}, in the order of their store keys (by guid); unmodifiable, never null. */
    List<T> objects();

    /** The number of objects. */
    default int size() {
        return objects().size();
    }
}
