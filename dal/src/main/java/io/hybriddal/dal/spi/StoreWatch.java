package io.hybriddal.dal.spi;

/** A running watch; closing it stops deliveries (a delivery under way may still finish). */
public interface StoreWatch extends AutoCloseable {

    /**
     * Asks the store to confirm that this watch is alive and has delivered every change so far:
     * {@link WatchListener#onProgress} follows soon, through the listener's usual ordering,
     * unless the watch is stalled (a frozen server still holding the connection open), which is
     * what a caller asking this wants to find out. Never blocks; may be called from any thread.
     *
     * @return false when this watch cannot fall silent behind its store (an in-process store
     *         delivers every commit itself), so there is nothing to confirm and no answer comes
     */
    default boolean requestProgress() {
        return false;
    }

    /**
     * Whether this watch leaves out the commits its client made under its origin
     * ({@link PersistentStore#watchWithoutPrevious(String, long, Object, WatchListener)}): the
     * client then never sees its own commits echoed. False by default.
     */
    default boolean leavesOutOwnCommits() {
        return false;
    }

    /**
     * Whether every change committed to the store before this call that this watch delivers has
     * been delivered, its listener call returned. A store answers true only when it can tell
     * without asking a server (an in-process store knowing what it has yet to deliver); the
     * default, for a store that cannot, is false. A client may then trust what it built from the
     * watch to be as new as anything read from the store before the call. Never blocks;
     * thread-safe; false once closed.
     */
    default boolean caughtUp() {
        return false;
    }

    @Override
    void close();
}
