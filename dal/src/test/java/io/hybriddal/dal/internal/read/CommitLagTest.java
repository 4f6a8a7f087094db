package io.hybriddal.dal.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hybriddal.dal.spi.StoreWatch;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CommitLagTest {

    private static final StoreWatch ECHOING = () -> { };
    private static final StoreWatch LEAVING_OUT_OWN = new StoreWatch() {
        @Override
        public boolean leavesOutOwnCommits() {
            return true;
        }

        @Override
        public void close() {
        }
    };

    private final Timer timer = Timer.builder("lag").register(new SimpleMeterRegistry());
    private final CommitLag lag = new CommitLag(timer);

    @Test
    void recordsOneSample_whenTheWatchDeliversAfterTheReply() {
        lag.acknowledged(ECHOING, 7);
        lag.delivered(ECHOING, 7);
        assertEquals(1, timer.count());
    }

    @Test
    void recordsZero_whenTheWatchDeliversBeforeTheReply() {
        lag.delivered(ECHOING, 7);
        lag.acknowledged(ECHOING, 7);
        assertEquals(1, timer.count());
        assertEquals(0, timer.totalTime(TimeUnit.NANOSECONDS));
    }

    @Test
    void recordsNothing_forOtherProcessesCommits_orWatchesThatLeaveOutOwnCommits() {
        lag.delivered(ECHOING, 5);
        lag.acknowledged(LEAVING_OUT_OWN, 6);
        lag.delivered(LEAVING_OUT_OWN, 6);
        lag.acknowledged(null, 8);
        lag.delivered(ECHOING, 8);
        assertEquals(0, timer.count());
    }

    @Test
    void recordsEveryOwnCommit_whenReplyAndDeliveryRace() throws InterruptedException {
        int commits = 200_000;
        AtomicLong deliveringUpTo = new AtomicLong();
        AtomicLong acknowledgedUpTo = new AtomicLong();
        Thread watch = new Thread(() -> {
            for (long r = 1; r <= commits; r++) {
                while (acknowledgedUpTo.get() < r - 1) { // in step with the replies, as a watch is
                    Thread.onSpinWait();
                }
                deliveringUpTo.set(r);
                lag.delivered(ECHOING, r);
            }
        });
        watch.start();
        for (long r = 1; r <= commits; r++) {
            while (deliveringUpTo.get() < r) { // both halves of r at about the same moment
                Thread.onSpinWait();
            }
            lag.acknowledged(ECHOING, r);
            acknowledgedUpTo.set(r);
        }
        watch.join();
        assertEquals(commits, timer.count(), "a revision whose halves met at once was lost");
    }
}
