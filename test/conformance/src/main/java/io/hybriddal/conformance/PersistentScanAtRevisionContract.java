package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.StoreOps.delete;
import static io.hybriddal.conformance.StoreOps.keys;
import static io.hybriddal.conformance.StoreOps.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.RevisionUnavailableException;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scans at a revision ({@code scan(prefix, startAfter, limit, atRevision)}): the entries as they
 * were at that revision, or a {@link RevisionUnavailableException} for a store that cannot read
 * it, but never a view newer than the revision asked for, however the paging interleaves with
 * commits. Run through {@link PersistentStoreContract}.
 */
public interface PersistentScanAtRevisionContract extends PersistentStoreFixture {

    @Test
    default void scanAtTheCurrentRevision_seesWhatAPlainScanSees() {
        PersistentStore store = newStore();
        put(store, "s/a", "1");
        put(store, "s/b", "2");
        long now = put(store, "t/c", "3");

        ScanPage page = store.scan("s/", null, 10, now);

        assertThat(page.entries()).isEqualTo(store.scan("s/", null, 10).entries());
        assertThat(page.more()).isFalse();
    }

    @Test
    default void scanAtAPastRevision_showsThatRevisionOrRefuses_neverALaterState() {
        PersistentStore store = newStore();
        put(store, "s/a", "a1");
        long then = put(store, "s/b", "b1");
        put(store, "s/a", "a2");
        delete(store, "s/b");
        put(store, "s/c", "c1");

        try {
            List<KeyValue> entries = store.scan("s/", null, 10, then).entries();
            assertThat(keys(entries)).containsExactly("s/a", "s/b");
            assertThat(entries).extracting(kv -> text(kv.value())).containsExactly("a1", "b1");
        } catch (RevisionUnavailableException refused) {
            assertThat(refused.requestedRevision()).isEqualTo(then);
        }
    }

    @Test
    default void pagingAtOneRevision_neverMixesInACommitThatLandsBetweenPages() {
        PersistentStore store = newStore();
        put(store, "s/1", "old");
        put(store, "s/2", "old");
        long at = put(store, "s/3", "old");
        List<KeyValue> seen = new ArrayList<>(store.scan("s/", null, 1, at).entries());

        put(store, "s/2", "new");
        delete(store, "s/3");

        try {
            ScanPage page;
            do {
                page = store.scan("s/", seen.get(seen.size() - 1).key(), 1, at);
                seen.addAll(page.entries());
            } while (page.more());
            assertThat(keys(seen)).containsExactly("s/1", "s/2", "s/3");
            assertThat(seen).extracting(kv -> text(kv.value())).containsOnly("old");
        } catch (RevisionUnavailableException refused) {
            assertThat(refused.requestedRevision()).isEqualTo(at);
        }
    }

    @Test
    default void scanAtACompactedRevision_isRefused() {
        assumeTrue(compactionSupported(), "the store under test does not support compaction");
        PersistentStore store = newStore();
        long then = put(store, "s/a", "1");
        put(store, "s/a", "2");
        long now = put(store, "s/a", "3");
        compactHistory(store, now);

        assertThatThrownBy(() -> store.scan("s/", null, 10, then))
                .isInstanceOfSatisfying(RevisionUnavailableException.class,
                        e -> assertThat(e.requestedRevision()).isEqualTo(then));
    }
}
