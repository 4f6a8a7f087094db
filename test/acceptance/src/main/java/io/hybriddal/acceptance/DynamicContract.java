package io.hybriddal.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.acceptance.model.DynamicProbe;
import io.hybriddal.acceptance.model.TestDisk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Dynamics: cached in the volatile store per object, for their TTL on the injected clock
 * (DESIGN.md semantics 10; ovs-dal.md §1.9). {@link DynamicProbe} counts computations; a
 * {@code usage} value is the number of computations so far. Never sleeps: time is moved.
 * Run by {@link AcceptanceSuite}.
 */
public abstract class DynamicContract extends DalTestBase {

    private static int computations(TestDisk disk, String dynamic) {
        return DynamicProbe.count(disk.getGuid(), dynamic);
    }

    @Test
    void dynamic_isComputedOnFirstCall_andServedFromCacheWithinTtl() {
        TestDisk disk = savedDisk("d1");

        assertThat(disk.getUsage()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(4));

        assertThat(disk.getUsage()).isEqualTo(1);
        assertThat(dal().get(TestDisk.class, disk.getGuid()).getUsage()).isEqualTo(1);
        assertThat(computations(disk, "usage")).isEqualTo(1);
    }

    @Test
    void dynamic_cachedByOneDal_isServedToAnotherDalWithoutComputing() {
        TestDisk disk = savedDisk("d1");
        assertThat(disk.getUsage()).isEqualTo(1);

        TestDisk elsewhere = anotherDal().get(TestDisk.class, disk.getGuid());

        assertThat(elsewhere.getUsage()).isEqualTo(1);
        assertThat(computations(disk, "usage")).isEqualTo(1);
    }

    @Test
    void dynamic_isRecomputed_atExactlyComputedTimePlusTtl() {
        TestDisk disk = savedDisk("d1");
        assertThat(disk.getUsage()).isEqualTo(1);

        clock.advance(Duration.ofMillis(4_999));
        assertThat(disk.getUsage()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(disk.getUsage()).isEqualTo(2);
        assertThat(disk.getUsage()).isEqualTo(2);
        assertThat(computations(disk, "usage")).isEqualTo(2);
    }

    @Test
    void dynamic_withTtlZero_isComputedOnEveryCall() {
        TestDisk disk = savedDisk("d1");

        assertThat(disk.getLiveReads()).isEqualTo(1);
        assertThat(disk.getLiveReads()).isEqualTo(2);
        assertThat(anotherDal().get(TestDisk.class, disk.getGuid()).getLiveReads()).isEqualTo(3);
    }

    @Test
    void dynamic_computingNull_isCachedToo() {
        TestDisk disk = savedDisk("d1");

        assertThat(disk.getLastError()).isNull();
        assertThat(disk.getLastError()).isNull();
        assertThat(anotherDal().get(TestDisk.class, disk.getGuid()).getLastError()).isNull();
        assertThat(computations(disk, "lastError")).isEqualTo(1);
    }

    @Test
    void dynamic_ofEachObject_isCachedSeparately() {
        TestDisk one = savedDisk("d1");
        TestDisk two = savedDisk("d2");

        assertThat(one.getUsage()).isEqualTo(1);
        assertThat(two.getUsage()).isEqualTo(1);
        assertThat(computations(two, "usage")).isEqualTo(1);
    }

    @Test
    void save_dropsTheObjectsCachedDynamics_forEveryDal() {
        TestDisk disk = savedDisk("d1");
        assertThat(disk.getUsage()).isEqualTo(1);
        assertThat(disk.getLastError()).isNull();

        TestDisk elsewhere = anotherDal().get(TestDisk.class, disk.getGuid());
        elsewhere.setSize(3);
        elsewhere.save();

        assertThat(disk.getUsage()).isEqualTo(2);
        assertThat(disk.getLastError()).isNull();
        assertThat(computations(disk, "lastError")).isEqualTo(2);
    }

    @Test
    void delete_dropsTheObjectsCachedDynamics() {
        TestDisk disk = savedDisk("d1");
        assertThat(disk.getUsage()).isEqualTo(1);

        disk.delete();

        assertThat(disk.getUsage()).isEqualTo(2);
    }

    @Test
    void invalidateDynamics_withNames_dropsOnlyThose_andWithoutNamesDropsAll() {
        TestDisk disk = savedDisk("d1");
        assertThat(disk.getUsage()).isEqualTo(1);
        assertThat(disk.getLastError()).isNull();

        disk.invalidateDynamics("usage");
        assertThat(disk.getUsage()).isEqualTo(2);
        assertThat(disk.getLastError()).isNull();
        assertThat(computations(disk, "lastError")).isEqualTo(1);

        disk.invalidateDynamics();
        assertThat(disk.getUsage()).isEqualTo(3);
        assertThat(disk.getLastError()).isNull();
        assertThat(computations(disk, "lastError")).isEqualTo(2);
    }

    @Test
    void dynamics_workOnUnsavedObjects() {
        TestDisk disk = newDisk("unsaved");

        assertThat(disk.getUsage()).isEqualTo(1);
        assertThat(disk.getUsage()).isEqualTo(1);
        assertThat(disk.isNew()).isTrue();
    }

    @Test
    @Timeout(60)
    void lockedDynamic_calledFromFourThreadsOfTwoDals_isComputedOnce() throws InterruptedException {
        TestDisk disk = savedDisk("d1");
        int callers = 4;
        List<TestDisk> instances = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            instances.add((i < 2 ? dal() : anotherDal()).get(TestDisk.class, disk.getGuid()));
        }
        CountDownLatch arrived = new CountDownLatch(callers);
        DynamicProbe.holdAt(disk.getGuid(), arrived);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (TestDisk mine : instances) {
                results.add(pool.submit(() -> {
                    arrived.countDown();
                    return mine.getExpensiveStat();
                }));
            }
            List<Long> values = new ArrayList<>();
            for (Future<Long> f : results) {
                values.add(await(f));
            }

            assertThat(arrived.getCount()).isZero();
            assertThat(computations(disk, "expensiveStat")).isEqualTo(1);
            assertThat(values).containsOnly(1001L);
        } finally {
            DynamicProbe.release(disk.getGuid());
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
