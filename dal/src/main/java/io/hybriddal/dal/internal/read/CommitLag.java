package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.spi.StoreWatch;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The near cache's lag: from this Dal's commit being acknowledged to its watch delivering it,
 * whichever of the two comes first. Only watches that echo the Dal's own commits are measured
 * (a watch that leaves them out never delivers the second half). Thread-safe.
 */
final class CommitLag {

    private static final int BOUND = 10_000;

    private final Timer lag;
    private final ConcurrentHashMap<Long, Long> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Long> deliveredBeforeAck = new ConcurrentHashMap<>();

    CommitLag(Timer lag) {
        this.lag = lag;
    }

    /** This Dal's commit at {@code revision} was acknowledged; measured only if {@code watch} will deliver it too. */
    void acknowledged(StoreWatch watch, long revision) {
        if (watch == null || watch.leavesOutOwnCommits()) {
            return;
        }
        if (deliveredBeforeAck.remove(revision) != null) {
            lag.record(0, TimeUnit.NANOSECONDS); // the watch was faster than the commit's reply
        } else {
            acknowledged.putIfAbsent(revision, System.nanoTime());
        }
    }

    /** The watch delivered the commit at {@code revision} (this Dal's or another's). */
    void delivered(long revision) {
        Long at = acknowledged.remove(revision);
        if (at != null) {
            lag.record(System.nanoTime() - at, TimeUnit.NANOSECONDS);
        } else {
            deliveredBeforeAck.put(revision, System.nanoTime());
        }
        if (acknowledged.size() > BOUND || deliveredBeforeAck.size() > BOUND) {
            // revisions whose other half never came (not ours, or not an object): keep the maps bounded
            acknowledged.clear();
            deliveredBeforeAck.clear();
        }
    }
}
