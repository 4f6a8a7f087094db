package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An index query takes its candidates from the near cache, reading no document, only while the
 * near cache holds every change committed before (an in-process store's watch has delivered
 * everything and none of the Dal's own commits is between the store and the cache); otherwise
 * it reads the documents, so it never evaluates a candidate older than the index entry that
 * named it.
 */
class QueryFromNearCacheTest {

    private final MemoryPersistentStore memory = new MemoryPersistentStore();
    private final HeldDeliveries deliveries = new HeldDeliveries();
    private final StoreWatch heldWatch = memory.watch("", memory.currentRevision(), deliveries); // first: deliveries queue behind it
    private final Counting counting = new Counting(memory);
    private final Dal dal = Dal.builder().persistentStore(counting).register(QDisk.class, QPool.class, QSite.class).build();
    private Dal other;

    @AfterEach
    void closeAll() {
        deliveries.release.countDown();
        counting.release.countDown();
        heldWatch.close();
        if (other != null) {
            other.close();
        }
        dal.close();
        memory.close();
    }

    private QDisk disk(Dal on, String name, String volume) {
        QDisk d = on.create(QDisk.class);
        d.setName(name);
        d.setVolumeId(volume);
        d.save();
        return d;
    }

    private List<QDisk> inVolume(String volume) {
        return dal.query(QDisk.class).where(Filter.eq("volumeId", volume)).list();
    }

    @Test
    void query_readsNoDocument_whenTheNearCacheHoldsEveryCandidate() {
        QDisk a = disk(dal, "a", "v1");
        QDisk b = disk(dal, "b", "v1");
        disk(dal, "c", "v2");
        counting.documentReads.set(0);

        assertThat(inVolume("v1")).extracting(QDisk::getGuid).containsExactlyInAnyOrder(a.getGuid(), b.getGuid());
        assertThat(counting.documentReads).as("multi-gets of documents").hasValue(0);
    }

    @Test
    void query_readsTheDocuments_whileAnotherDalsCommitIsStillOnItsWayToTheNearCache() throws Exception {
        QDisk mine = disk(dal, "a", "v1");
        other = Dal.builder().persistentStore(memory).register(QDisk.class, QPool.class, QSite.class).build();
        QDisk theirs = other.get(QDisk.class, mine.getGuid());
        deliveries.armed = true;
        theirs.setVolumeId("v2");
        theirs.save();
        assertThat(deliveries.entered.await(10, TimeUnit.SECONDS)).as("the delivery thread is held").isTrue();
        counting.documentReads.set(0);

        List<QDisk> moved = inVolume("v2");

        assertThat(moved).extracting(QDisk::getGuid).containsExactly(mine.getGuid());
        assertThat(moved.get(0).getVolumeId()).isEqualTo("v2");
        assertThat(counting.documentReads).as("multi-gets of documents").hasValue(1);
        assertThat(inVolume("v1")).isEmpty();
    }

    @Test
    void query_readsTheDocuments_whileOwnCommitIsBetweenTheStoreAndTheNearCache() throws Exception {
        QDisk mine = disk(dal, "a", "v1");
        counting.holdNextCommit = true;
        mine.setVolumeId("v2");
        CompletableFuture<Void> saving = CompletableFuture.runAsync(mine::save);
        assertThat(counting.held.await(10, TimeUnit.SECONDS)).as("the commit is in the store, not yet applied").isTrue();

        List<QDisk> moved = inVolume("v2");

        assertThat(moved).extracting(QDisk::getGuid).containsExactly(mine.getGuid());
        counting.release.countDown();
        saving.get(10, TimeUnit.SECONDS);
    }

    /** Says the calling thread is held, then holds it until released (10 s at most). */
    private static void hold(CountDownLatch held, CountDownLatch release) {
        held.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Holds the store's delivery thread on the first commit after {@link #armed}, until released. */
    private static final class HeldDeliveries implements WatchListener {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean armed;

        @Override
        public void onChanges(List<KeyChange> changes) {
            if (armed) {
                armed = false;
                hold(entered, release);
            }
        }

        @Override
        public void onCompacted(long compactRevision) {
        }

        @Override
        public void onError(Throwable error) {
        }
    }

    /**
     * Counts multi-gets of object documents and can hold a commit after the store applied it;
     * forwards commit origins, so the store leaves the Dal's own commits out of its watches.
     */
    private static final class Counting extends ForwardingPersistentStore {
        final AtomicInteger documentReads = new AtomicInteger();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean holdNextCommit;

        Counting(PersistentStore delegate) {
            super(delegate);
        }

        @Override
        public Map<String, KeyValue> getAll(Collection<String> keys, ReadConsistency consistency) {
            if (keys.stream().anyMatch(k -> k.startsWith("o/"))) {
                documentReads.incrementAndGet();
            }
            return super.getAll(keys, consistency);
        }

        @Override
        public CommitResult commit(Commit commit, Object origin) {
            CommitResult result = delegate().commit(commit, origin);
            if (holdNextCommit) {
                holdNextCommit = false;
                hold(held, release);
            }
            return result;
        }

        @Override
        public StoreWatch watchWithoutPrevious(String prefix, long afterRevision, Object origin, WatchListener listener) {
            return delegate().watchWithoutPrevious(prefix, afterRevision, origin, listener);
        }
    }
}
