package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.DiskType;
import io.hybriddal.acceptance.model.TestDisk;
import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Dal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Concurrent writers in threads of two Dals never lose an update (DESIGN.md "Reliability":
 * every conflict is merged or raised). Each thread has its own instances, as objects are not
 * thread-safe. Run by {@link AcceptanceSuite}.
 */
public abstract class ConcurrencyContract extends DalTestBase {

    private static final int THREADS = 4;
    private static final int INCREMENTS = 25;
    /** A bound on retries, so that a livelock fails the test instead of hanging it. */
    private static final int MAX_ATTEMPTS_PER_INCREMENT = 10_000;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on every thread at once (after a common start) and waits for all. */
    private <T> List<T> runTogether(List<Callable<T>> work) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : work) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(await(f));
        }
        return results;
    }

    @Test
    @Timeout(120)
    void readModifyWriteIncrements_underRaiseWithRetries_loseNoUpdate() {
        String guid = savedDisk("counter").getGuid();
        Dal[] dals = {
            open(builder().conflictPolicy(ConflictPolicy.RAISE)),
            open(builder().conflictPolicy(ConflictPolicy.RAISE))};
        List<Callable<Integer>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Dal mine = dals[t % 2];
            work.add(() -> {
                int conflicts = 0;
                for (int i = 0; i < INCREMENTS; i++) {
                    for (int attempt = 1; ; attempt++) {
                        TestDisk disk = mine.get(TestDisk.class, guid);
                        disk.setCounter(disk.getCounter() + 1);
                        try {
                            disk.save();
                            break;
                        } catch (ConcurrencyException e) {
                            conflicts++;
                            if (attempt >= MAX_ATTEMPTS_PER_INCREMENT) {
                                throw new AssertionError("no progress after " + attempt + " attempts", e);
                            }
                        }
                    }
                }
                return conflicts;
            });
        }

        runTogether(work);

        TestDisk stored = stored(TestDisk.class, guid);
        assertThat(stored.getCounter()).isEqualTo((long) THREADS * INCREMENTS);
        assertThat(stored.version()).isEqualTo(1L + THREADS * INCREMENTS);
    }

    @Test
    @Timeout(60)
    void concurrentSavesOfDifferentFields_storeEveryValue() {
        TestDisk disk = savedDisk("original");
        String guid = disk.getGuid();
        List<Consumer<TestDisk>> changes = List.of(
                d -> d.setDescription("from thread 0"),
                d -> d.setSize(1234),
                d -> d.setType(DiskType.NVME),
                d -> d.setTags(List.of("from thread 3")));
        List<TestDisk> instances = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            instances.add((t % 2 == 0 ? dal() : anotherDal()).get(TestDisk.class, guid));
        }
        List<Callable<Long>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            TestDisk mine = instances.get(t);
            Consumer<TestDisk> change = changes.get(t);
            work.add(() -> {
                change.accept(mine);
                mine.save();
                return mine.version();
            });
        }

        List<Long> versions = runTogether(work);

        TestDisk stored = stored(TestDisk.class, guid);
        assertThat(stored.getDescription()).isEqualTo("from thread 0");
        assertThat(stored.getSize()).isEqualTo(1234);
        assertThat(stored.getType()).isEqualTo(DiskType.NVME);
        assertThat(stored.getTags()).containsExactly("from thread 3");
        assertThat(stored.getName()).isEqualTo("original");
        assertThat(stored.version()).isEqualTo(5);
        assertThat(versions).containsExactlyInAnyOrder(2L, 3L, 4L, 5L);
    }
}
