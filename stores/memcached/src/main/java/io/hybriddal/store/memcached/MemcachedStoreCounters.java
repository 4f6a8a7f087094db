package io.hybriddal.store.memcached;

/**
 * What a {@link MemcachedVolatileStore} absorbed since it was opened: a snapshot, for metrics and
 * tests. Every failure counted here was also logged (rate-limited) at WARN.
 *
 * @param failedReads     gets and multi-gets answered as misses because a server was down,
 *                        slow or answered garbage (a multi-get counts once per failed request)
 * @param droppedWrites   sets and deletes that may not have reached a server
 * @param failedUpdates   adds and incrs whose outcome was unknown, reported as
 *                        {@link io.hybriddal.dal.StoreException}
 * @param oversizeSkipped values over the item size limit that were never sent
 */
public record MemcachedStoreCounters(long failedReads, long droppedWrites, long failedUpdates,
                                     long oversizeSkipped) {
}
