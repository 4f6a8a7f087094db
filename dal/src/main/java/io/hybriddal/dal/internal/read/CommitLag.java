package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.spi.StoreWatch;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The near cache's lag: from this Dal's commit being acknowledged to its watch delivering it,
 * whichever of the two comes first. Only watches that echo the Dal's own commits are measured
 * (a watch that leaves them out never delivers the second half). The two halves of a revision
 * come on different threads, maybe at once: the first is put only if absent, atomically, so the
 * second always finds it. Thread-safe.
 */
final class CommitLag {

    private static final int BOUND = 10_000;

    /** The first half seen of a revision: which one, and when. */
    private record Half(boolean acknowledged, long at) {
    }

    private final Timer lag;
    private final ConcurrentHashMap<Long, Half> pending = new ConcurrentHashMap<>();

    CommitLag(Timer lag) {
        this.lag = lag;
    }

    /** This Dal's commit at {@code revision} was acknowledged; measured only if {@code watch} will deliver it too. */
    void acknowledged(StoreWatch watch, long revision) {
        if (watch != null && !watch.leavesOutOwnCommits()) {
            meet(revision, true);
        }
    }

    /** {@code watch} delivered the commit at {@code revision} (this Dal's or another's); nothing to measure if it leaves out own commits. */
    void delivered(StoreWatch watch, long revision) {
        if (watch == null || watch.leavesOutOwnCommits()) {
            return; // no own commit will come to meet it: do not keep it
        }
        meet(revision, false);
        if (pending.size() > BOUND) {
            // revisions whose other half never came (not ours, or not an object): keep the map bounded
            pending.clear();
        }
    }

    private void meet(long revision, boolean acknowledged) {
        long now = System.nanoTime();
        Half other = pending.putIfAbsent(revision, new Half(acknowledged, now));
        // the second half removes the first; a repeat of the same half keeps the first
        if (other != null && other.acknowledged != acknowledged && pending.remove(revision, other)) {
            // delivered first: the watch was faster than the commit's reply. The halves read the
            // clock before they met, maybe in the other order: a Timer drops a negative amount.
            lag.record(other.acknowledged ? Math.max(0, now - other.at) : 0, TimeUnit.NANOSECONDS);
        }
    }
}
