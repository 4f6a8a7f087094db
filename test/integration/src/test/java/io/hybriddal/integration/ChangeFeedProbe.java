package io.hybriddal.integration;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A probe, run by hand (not a test): the change feed's delivery lag and snapshot time.
 * <ul>
 *   <li>lag: one writer commits {@code changes} updates of one object, one at a time; four Dals (each
 *   its own etcd client, as four processes would have) subscribe; per delivery, the time from the
 *   start of the commit call and from its acknowledgement to the listener call, p50/p99/max;</li>
 *   <li>snapshot: {@code Dal.snapshot} of {@code objects} objects on the memory store and on etcd,
 *   best and median of three, after one warm-up.</li>
 * </ul>
 * Starts its own etcd (test/servers). Run with {@code scripts/feed-probe.sh [changes] [objects]}.
 */
public final class ChangeFeedProbe {

    private static final int SUBSCRIBERS = 4;

    private ChangeFeedProbe() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int objects = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        System.out.printf(Locale.ROOT, "FEED-PROBE %d cores, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        String etcd = SharedServers.freshEtcdUri("feed-probe");
        lag(etcd, 200, false);
        lag(etcd, changes, true);
        snapshot("memory", Dal.builder().register(IntegrationModel.all()).build(), objects, 1_000);
        snapshot("etcd", dal(SharedServers.freshEtcdUri("feed-probe-snapshot")), objects, 60);
        System.exit(0);
    }

    private static Dal dal(String uri) {
        return Dal.builder().persistentStore(uri).register(IntegrationModel.all()).build();
    }

    private static void lag(String uri, int changes, boolean report) throws InterruptedException {
        long[] started = new long[changes + 1];
        long[] acknowledged = new long[changes + 1];
        List<Dal> dals = new ArrayList<>();
        List<Subscription> subscriptions = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(SUBSCRIBERS);
        Latencies fromStart = new Latencies();
        Latencies fromAck = new Latencies();
        List<ConcurrentHashMap<Long, Long>> received = new ArrayList<>();
        try (Dal writer = dal(uri)) {
            Tally tally = writer.create(Tally.class);
            tally.setName("lag-" + System.nanoTime());
            tally.save();
            for (int s = 0; s < SUBSCRIBERS; s++) {
                Dal dal = dal(uri);
                dals.add(dal);
                ConcurrentHashMap<Long, Long> mine = new ConcurrentHashMap<>();
                received.add(mine);
                subscriptions.add(dal.subscribe(Tally.class, event -> {
                    Object value = event.newValues().get("value");
                    if (event.guid().equals(tally.getGuid()) && value instanceof Long v && v > 0) {
                        mine.put(v, System.nanoTime());
                        if (v == changes) {
                            done.countDown();
                        }
                    }
                }, FeedOptions.live()));
            }
            for (int i = 1; i <= changes; i++) {
                started[i] = System.nanoTime();
                tally.setValue(i);
                tally.save();
                acknowledged[i] = System.nanoTime();
            }
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every subscriber got every change within 60 s");
            }
        } finally {
            subscriptions.forEach(Subscription::close);
            dals.forEach(Dal::close);
        }
        int missing = 0;
        for (ConcurrentHashMap<Long, Long> mine : received) {
            for (int i = 1; i <= changes; i++) {
                Long at = mine.get((long) i);
                if (at == null) {
                    missing++;
                    continue;
                }
                fromStart.add(at - started[i]);
                fromAck.add(at - acknowledged[i]);
            }
        }
        if (report) {
            System.out.printf(Locale.ROOT, "FEED-PROBE lag of %d changes to %d subscribers on etcd (%d deliveries, %d missing):%n"
                            + "  from commit start: p50 %s p99 %s max %s%n  from commit ack:   p50 %s p99 %s max %s (negative: delivered before the writer saw its ack)%n",
                    changes, SUBSCRIBERS, fromStart.count(), missing,
                    Latencies.millis(fromStart.percentile(50)), Latencies.millis(fromStart.percentile(99)), Latencies.millis(fromStart.max()),
                    Latencies.millis(fromAck.percentile(50)), Latencies.millis(fromAck.percentile(99)), Latencies.millis(fromAck.max()));
        }
    }

    private static void snapshot(String store, Dal dal, int objects, int perTransaction) {
        try (dal) {
            long fill = System.nanoTime();
            for (int done = 0; done < objects; done += perTransaction) {
                int from = done;
                dal.inTransaction(() -> {
                    for (int i = from; i < Math.min(objects, from + perTransaction); i++) {
                        Tally t = dal.create(Tally.class);
                        t.setName("t" + i);
                        t.setValue(i);
                        t.save();
                    }
                });
            }
            Duration filled = Duration.ofNanos(System.nanoTime() - fill);
            dal.snapshot(Tally.class); // warm-up
            List<Long> runs = new ArrayList<>();
            int size = 0;
            for (int r = 0; r < 3; r++) {
                long start = System.nanoTime();
                Snapshot<Tally> snapshot = dal.snapshot(Tally.class);
                runs.add(System.nanoTime() - start);
                size = snapshot.size();
            }
            runs.sort(null);
            System.out.printf(Locale.ROOT, "FEED-PROBE snapshot of %d objects on %s: best %s, median %s (filled in %s)%n", size, store,
                    Latencies.millis(Duration.ofNanos(runs.get(0))), Latencies.millis(Duration.ofNanos(runs.get(1))), Latencies.millis(filled));
        }
    }
}
