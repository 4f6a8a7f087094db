package io.hybriddal.integration;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.integration.model.ExternalGauge;
import io.hybriddal.integration.model.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workload of {@link MemcachedOutageTest}: each worker owns some {@link Tally}s (objects are
 * not shared between threads) and loops over dynamic reads (60 %), queries by name (10 %; their results
 * are cached in the volatile store) and saves (30 %), timing every
 * call and keeping whatever a call threw. Thread-safe: one worker per thread.
 */
final class DynamicWorkload {

    /** One timed call. */
    private record Call(long startNanos, long durationNanos) {
    }

    private final Dal dal;
    private final int objectsPerWorker;
    private final AtomicLong calls = new AtomicLong();
    private final Queue<Call> timed = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final String[] prefixes;

    DynamicWorkload(Dal dal, int workers, int objectsPerWorker) {
        this.dal = dal;
        this.objectsPerWorker = objectsPerWorker;
        this.prefixes = new String[workers];
        for (int w = 0; w < workers; w++) {
            prefixes[w] = "worker" + w;
        }
    }

    /** Runs worker {@code worker} until {@code stop} is set. */
    void run(int worker, AtomicBoolean stop) {
        List<Tally> mine = new ArrayList<>();
        for (int i = 0; i < objectsPerWorker; i++) {
            Tally t = dal.create(Tally.class);
            t.setName(prefixes[worker] + "-" + i);
            t.save();
            mine.add(t);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (!stop.get()) {
            Tally t = mine.get(random.nextInt(mine.size()));
            long start = System.nanoTime();
            try {
                int dice = random.nextInt(10);
                if (dice < 6) {
                    t.getReading();
                } else if (dice == 6) {
                    query(t);
                } else {
                    ExternalGauge.set(t.getGuid(), t.getValue() + 1);
                    t.setValue(t.getValue() + 1);
                    t.save();
                }
            } catch (Throwable e) {
                failures.add(e);
            }
            timed.add(new Call(start, System.nanoTime() - start));
            calls.incrementAndGet();
        }
    }

    /** A query whose result may be cached in the volatile store: it must find the object, outage or not. */
    private void query(Tally t) {
        List<String> found = dal.query(Tally.class).where(Filter.eq("name", t.getName())).guids();
        if (!found.equals(List.of(t.getGuid()))) {
            failures.add(new AssertionError("query by name " + t.getName() + " found " + found));
        }
    }

    long calls() {
        return calls.get();
    }

    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** The longest call that was running at some moment between the two nanoTimes. */
    Duration slowestBetween(long fromNanos, long toNanos) {
        long slowest = 0;
        for (Call c : timed) {
            if (c.startNanos() <= toNanos && c.startNanos() + c.durationNanos() >= fromNanos) {
                slowest = Math.max(slowest, c.durationNanos());
            }
        }
        return Duration.ofNanos(slowest);
    }
}
