package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.commit;
import static io.hybriddal.conformance.StoreOps.delete;
import static io.hybriddal.conformance.StoreOps.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Watches: one batch per commit, commit order, prefix filtering, replay from a past revision,
 * previous values and deletes, closing, and surviving a listener that throws. That something
 * is <em>not</em> delivered is shown by a later marker commit arriving first. Run through
 * {@link PersistentStoreContract}.
 */
public interface PersistentWatchContract extends PersistentStoreFixture {

    @Test
    default void watch_deliversOneCommitAsOneBatch_withTheCommitRevision() {
        PersistentStore store = newStore();
        WatchRecorder watch = startWatch(store, "w/", 0);

        long revision = commit(store, b -> b.put("w/a", utf8("1")).put("w/b", utf8("2")).put("w/c", utf8("3")));

        List<KeyChange> batch = watch.nextChanges();
        assertThat(batch).extracting(KeyChange::key).containsExactlyInAnyOrder("w/a", "w/b", "w/c");
        assertThat(batch).extracting(KeyChange::revision).containsOnly(revision);
        assertThat(batch).extracting(change -> text(change.value())).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    default void watch_deliversCommitsInCommitOrder() {
        PersistentStore store = newStore();
        WatchRecorder watch = startWatch(store, "w/", 0);
        List<Long> revisions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            revisions.add(put(store, "w/k" + (i % 3), "v" + i));
        }

        for (int i = 0; i < 20; i++) {
            List<KeyChange> batch = watch.nextChanges();
            assertThat(batch).as("batch %d", i).hasSize(1);
            assertThat(batch.get(0).revision()).as("revision of batch %d", i).isEqualTo(revisions.get(i));
            assertThat(text(batch.get(0).value())).isEqualTo("v" + i);
        }
    }

    @Test
    default void watch_deliversOnlyKeysUnderItsPrefix() {
        PersistentStore store = newStore();
        WatchRecorder watch = startWatch(store, "w/a/", 0);

        commit(store, b -> b.put("w/a/1", utf8("in")).put("w/ab/1", utf8("out")).put("w/b/1", utf8("out")));
        put(store, "w/ab/2", "out");  // a commit with nothing under the prefix delivers nothing
        put(store, "w/a/2", "marker");

        assertThat(watch.nextChanges()).extracting(KeyChange::key).containsExactly("w/a/1");
        assertThat(watch.nextChanges()).extracting(KeyChange::key).containsExactly("w/a/2");
    }

    @Test
    default void watch_fromRevisionZero_deliversOnlyLaterCommits() {
        PersistentStore store = newStore();
        put(store, "w/before", "b");
        WatchRecorder watch = startWatch(store, "w/", 0);

        put(store, "w/after", "a");

        assertThat(watch.nextChanges()).extracting(KeyChange::key).containsExactly("w/after");
    }

    @Test
    default void watch_replaysCommitsAfterTheGivenRevision_thenContinuesLive() {
        PersistentStore store = newStore();
        long first = put(store, "w/1", "1");
        long second = put(store, "w/2", "2");
        long third = put(store, "w/3", "3");
        WatchRecorder watch = startWatch(store, "w/", first);

        assertThat(watch.nextChanges()).singleElement().satisfies(c -> assertThat(c.revision()).isEqualTo(second));
        assertThat(watch.nextChanges()).singleElement().satisfies(c -> assertThat(c.revision()).isEqualTo(third));
        long live = put(store, "w/4", "4");
        assertThat(watch.nextChanges()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("w/4");
            assertThat(c.revision()).isEqualTo(live);
        });
    }

    @Test
    default void watch_reportsPreviousValues_andDeletes() {
        PersistentStore store = newStore();
        WatchRecorder watch = startWatch(store, "w/", 0);

        put(store, "w/k", "v1");
        put(store, "w/k", "v2");
        long deleted = delete(store, "w/k");

        KeyChange created = watch.nextChanges().get(0);
        assertThat(text(created.value())).isEqualTo("v1");
        assertThat(created.previousValue()).as("previous value of a created key").isNull();
        assertThat(created.isDelete()).isFalse();
        KeyChange updated = watch.nextChanges().get(0);
        assertThat(text(updated.value())).isEqualTo("v2");
        assertThat(text(updated.previousValue())).isEqualTo("v1");
        KeyChange delete = watch.nextChanges().get(0);
        assertThat(delete.isDelete()).isTrue();
        assertThat(delete.value()).isNull();
        assertThat(text(delete.previousValue())).isEqualTo("v2");
        assertThat(delete.revision()).isEqualTo(deleted);
    }

    @Test
    default void watchWithoutPrevious_deliversTheSameChanges_withOrWithoutPreviousValues() {
        PersistentStore store = newStore();
        WatchRecorder watch = new WatchRecorder();
        closeAfterTest(store.watchWithoutPrevious("w/", 0, watch));

        long created = put(store, "w/k", "v1");
        long updated = put(store, "w/k", "v2");
        long deleted = delete(store, "w/k");

        KeyChange first = watch.nextChanges().get(0);
        assertThat(first.key()).isEqualTo("w/k");
        assertThat(text(first.value())).isEqualTo("v1");
        assertThat(first.revision()).isEqualTo(created);
        KeyChange second = watch.nextChanges().get(0);
        assertThat(text(second.value())).isEqualTo("v2");
        assertThat(second.revision()).isEqualTo(updated);
        assertThat(second.previousValue() == null || text(second.previousValue()).equals("v1"))
                .as("a previous value, when a store sends one anyway, is the right one").isTrue();
        KeyChange third = watch.nextChanges().get(0);
        assertThat(third.isDelete()).isTrue();
        assertThat(third.revision()).isEqualTo(deleted);
    }

    @Test
    default void watch_reportsACreation_whenOneCommitWritesAnAbsentKeyTwice() {
        PersistentStore store = newStore();
        WatchRecorder watch = startWatch(store, "w/", 0);

        commit(store, b -> b.put("w/k", utf8("first")).put("w/k", utf8("second")));

        // The key did not exist before the commit: the intermediate "first" was never visible.
        assertThat(watch.nextChanges()).singleElement().satisfies(change -> {
            assertThat(text(change.value())).isEqualTo("second");
            assertThat(change.previousValue()).as("previous value of a key the commit created").isNull();
        });
    }

    @Test
    default void watch_reportsNoChange_forAKeyOneCommitCreatesAndDeletes() {
        PersistentStore store = newStore();
        WatchRecorder watch = startWatch(store, "w/", 0);

        commit(store, b -> b.put("w/transient", utf8("x")).delete("w/transient").put("w/marker", utf8("m")));

        // Absent before and after the commit: nothing happened to it that a watcher could see.
        assertThat(watch.nextChanges()).extracting(KeyChange::key).containsExactly("w/marker");
    }

    @Test
    default void watch_deliversNothing_forAFailedCommit() {
        PersistentStore store = newStore();
        put(store, "w/k", "v");
        WatchRecorder watch = startWatch(store, "w/", 0);

        assertThat(store.commit(Commit.builder().requireAbsent("w/k").put("w/k", utf8("x")).put("w/o", utf8("o")).build())
                .succeeded()).isFalse();
        put(store, "w/marker", "m");

        assertThat(watch.nextChanges()).extracting(KeyChange::key).containsExactly("w/marker");
    }

    @Test
    default void watch_stopsDelivering_whenClosed() {
        PersistentStore store = newStore();
        WatchRecorder witness = startWatch(store, "w/", 0);
        WatchRecorder closing = new WatchRecorder();
        StoreWatch watch = store.watch("w/", 0, closing);
        put(store, "w/1", "1");
        assertThat(closing.nextChanges()).extracting(KeyChange::key).containsExactly("w/1");

        watch.close();
        put(store, "w/2", "2");

        // The witness proves the commit was delivered to live watches; the closed one stays quiet.
        assertThat(witness.nextChanges()).extracting(KeyChange::key).containsExactly("w/1");
        assertThat(witness.nextChanges()).extracting(KeyChange::key).containsExactly("w/2");
        closing.assertQuietFor(Duration.ofMillis(300));
    }

    @Test
    default void watch_keepsDelivering_whenTheListenerThrows() {
        PersistentStore store = newStore();
        WatchRecorder recorder = new WatchRecorder();
        AtomicBoolean thrown = new AtomicBoolean();
        closeAfterTest(store.watch("w/", 0, new WatchListener() {
            @Override
            public void onChanges(List<KeyChange> changes) {
                recorder.onChanges(changes);
                if (thrown.compareAndSet(false, true)) {
                    throw new IllegalStateException("listener failure injected by the conformance kit");
                }
            }

            @Override
            public void onCompacted(long compactRevision) {
                recorder.onCompacted(compactRevision);
            }

            @Override
            public void onError(Throwable error) {
                recorder.onError(error);
            }
        }));

        put(store, "w/1", "1");
        put(store, "w/2", "2");

        assertThat(recorder.nextChanges()).extracting(KeyChange::key).containsExactly("w/1");
        assertThat(recorder.nextChanges()).extracting(KeyChange::key).containsExactly("w/2");
        assertThat(thrown).isTrue();
    }

    @Test
    default void watch_doesNotSeeCommitsOfAnotherNamespace() {
        PersistentStore a = newStore(DEFAULT_NAMESPACE + "-a");
        PersistentStore b = newStore(DEFAULT_NAMESPACE + "-b");
        WatchRecorder watchB = startWatch(b, "", 0);

        put(a, "w/k", "from-a");
        put(b, "w/mine", "from-b");

        assertThat(watchB.nextChanges()).extracting(KeyChange::key).containsExactly("w/mine");
    }

    @Test
    default void requestProgress_isAnsweredWithARevisionCoveringWhatWasDelivered_orDeclined() {
        PersistentStore store = newStore();
        WatchRecorder recorder = new WatchRecorder();
        StoreWatch watch = store.watch("w/", 0, recorder);
        closeAfterTest(watch);
        long revision = put(store, "w/a", "1");
        assertThat(recorder.nextChanges()).extracting(KeyChange::revision).containsExactly(revision);

        if (watch.requestProgress()) {
            assertThat(recorder.nextProgress()).isGreaterThanOrEqualTo(revision);
        } else { // an in-process watch: nothing to confirm, and nothing comes
            put(store, "w/marker", "m");
            assertThat(recorder.nextChanges()).extracting(KeyChange::key).containsExactly("w/marker");
        }
    }
}
