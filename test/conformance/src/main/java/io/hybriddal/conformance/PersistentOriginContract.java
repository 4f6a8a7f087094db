package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import org.junit.jupiter.api.Test;

/**
 * Commits made on behalf of an origin ({@link PersistentStore#commit(Commit, Object)}) and
 * watches that may leave them out: such a commit is applied and watched like any other, except
 * by the watches of its own origin, which leave it out exactly when they say so
 * ({@link StoreWatch#leavesOutOwnCommits()}). That something is <em>not</em> delivered is shown
 * by a later marker commit arriving first. Run through {@link PersistentStoreContract}.
 */
public interface PersistentOriginContract extends PersistentStoreFixture {

    @Test
    default void commitForAnOrigin_isAppliedLikeAnyOther_andDeliveredToOtherWatches() {
        PersistentStore store = newStore();
        Object origin = new Object();
        WatchRecorder plain = startWatch(store, "o/", 0);
        WatchRecorder other = new WatchRecorder();
        closeAfterTest(store.watchWithoutPrevious("o/", 0, new Object(), other));

        CommitResult result = store.commit(Commit.builder().requireAbsent("o/k").put("o/k", utf8("v")).build(), origin);

        assertThat(result.succeeded()).isTrue();
        assertThat(store.currentRevision()).isEqualTo(result.revision());
        assertThat(text(store.get("o/k").value())).isEqualTo("v");
        assertThat(store.get("o/k").modRevision()).isEqualTo(result.revision());
        for (WatchRecorder watch : new WatchRecorder[] {plain, other}) {
            assertThat(watch.nextChanges()).singleElement().satisfies(change -> {
                assertThat(change.key()).isEqualTo("o/k");
                assertThat(change.revision()).isEqualTo(result.revision());
            });
        }
    }

    @Test
    default void watchForAnOrigin_leavesOutItsOwnCommits_exactlyWhenItSaysSo() {
        PersistentStore store = newStore();
        Object origin = new Object();
        WatchRecorder own = new WatchRecorder();
        StoreWatch watch = closeAfterTest(store.watchWithoutPrevious("o/", 0, origin, own));

        long mine = store.commit(Commit.builder().put("o/mine", utf8("m")).build(), origin).revision();
        long marker = put(store, "o/marker", "x");

        if (!watch.leavesOutOwnCommits()) {
            assertThat(own.nextChanges()).extracting(KeyChange::revision).containsExactly(mine);
        }
        assertThat(own.nextChanges()).extracting(KeyChange::revision).containsExactly(marker);
    }

    @Test
    default void commitForAnOrigin_whoseConditionFails_changesNothing() {
        PersistentStore store = newStore();
        long before = put(store, "o/k", "v");

        CommitResult result = store.commit(Commit.builder().requireAbsent("o/k").put("o/k", utf8("w")).build(), new Object());

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failedKeys()).containsExactly("o/k");
        assertThat(store.currentRevision()).isEqualTo(before);
        assertThat(text(store.get("o/k").value())).isEqualTo("v");
    }
}
