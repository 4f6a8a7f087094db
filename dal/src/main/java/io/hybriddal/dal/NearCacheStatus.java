package io.hybriddal.dal;

/**
 * The near cache of one Dal, at one moment.
 *
 * @param hits         reads it served
 * @param misses       reads that went to the store
 * @param size         documents it holds
 * @param lastRevision the last store revision its watch delivered, or of this Dal's own commits, which it applies
 *                     when they return
 * @param lagSamples   how many of this Dal's own commits the lag was measured on: none where the store leaves them
 *                     out of the Dal's watch (the memory store), since nothing is then waited for
 * @param lagMeanMs    mean time from such a commit to its watch event, in ms; null before the first sample
 * @param lagMaxMs     the largest such time, in ms; null before the first sample
 * @param watchLive    whether its watch is delivering changes; while it is not (interrupted, or failed and about
 *                     to be restarted) the near cache serves nothing and every read goes to the store
 */
public record NearCacheStatus(long hits, long misses, long size, long lastRevision, long lagSamples, Double lagMeanMs,
                              Double lagMaxMs, boolean watchLive) {
}
