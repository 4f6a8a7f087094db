package io.hybriddal.dal.spi;

import java.util.List;

/**
 * Receives the changes under a watched prefix. Calls for one watch are never concurrent and
 * come in revision order. A listener must not block for long: it holds up later deliveries of
 * its own watch (never the writer).
 */
public interface WatchListener {

    /** The changes of one commit under the watched prefix, all with the same revision. */
    void onChanges(List<KeyChange> changes);

    /**
     * Changes after the requested revision up to {@code compactRevision} are no longer available;
     * the watch continues after it. The caller must resynchronise anything derived from them.
     */
    void onCompacted(long compactRevision);

    /** The watch failed for good and delivers nothing more. */
    void onError(Throwable error);

    /**
     * The watch stream broke and the store is restoring it: changes may happen unseen until
     * {@link #onResumed()}. Caches built on the watch must stop trusting themselves now.
     */
    default void onInterrupted(Throwable cause) {
    }

    /** The watch stream is back; the changes missed meanwhile are delivered next, in order. */
    default void onResumed() {
    }

    /**
     * The answer to {@link StoreWatch#requestProgress()}: the watch is alive, and every change
     * up to {@code revision} has been delivered.
     */
    default void onProgress(long revision) {
    }
}
