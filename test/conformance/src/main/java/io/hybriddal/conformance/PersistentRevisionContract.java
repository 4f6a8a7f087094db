package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.commit;
import static io.hybriddal.conformance.StoreOps.delete;
import static io.hybriddal.conformance.StoreOps.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Store-wide revisions: every successful commit gets a higher revision than the one before, and
 * each entry carries the revisions that created and last modified it. Revisions are never
 * required to be consecutive (etcd shares them across namespaces). Run through
 * {@link PersistentStoreContract}.
 */
public interface PersistentRevisionContract extends PersistentStoreFixture {

    @Test
    default void commit_returnsStrictlyIncreasingRevisions() {
        PersistentStore store = newStore();
        long previous = store.currentRevision();
        assertThat(previous).isNotNegative();

        for (int i = 0; i < 5; i++) {
            long revision = put(store, "rev/k" + (i % 2), "v" + i);
            assertThat(revision).as("revision of commit %d", i).isGreaterThan(previous);
            previous = revision;
        }
    }

    @Test
    default void keyValue_tracksCreateAndModRevision_acrossUpdates() {
        PersistentStore store = newStore();
        long created = put(store, "rev/k", "v1");
        assertThat(store.get("rev/k")).isEqualTo(new KeyValue("rev/k", utf8("v1"), created, created));

        long updated = put(store, "rev/k", "v2");
        assertThat(store.get("rev/k")).isEqualTo(new KeyValue("rev/k", utf8("v2"), updated, created));

        // A commit that does not touch the key leaves both of its revisions alone.
        long unrelated = put(store, "rev/other", "x");
        assertThat(unrelated).isGreaterThan(updated);
        assertThat(store.get("rev/k")).isEqualTo(new KeyValue("rev/k", utf8("v2"), updated, created));
    }

    @Test
    default void keyValue_getsANewCreateRevision_whenKeyIsDeletedAndWrittenAgain() {
        PersistentStore store = newStore();
        long first = put(store, "rev/k", "v1");
        long deleted = delete(store, "rev/k");
        assertThat(deleted).isGreaterThan(first);
        assertThat(store.get("rev/k")).isNull();

        long again = put(store, "rev/k", "v2");

        assertThat(again).isGreaterThan(deleted);
        assertThat(store.get("rev/k")).isEqualTo(new KeyValue("rev/k", utf8("v2"), again, again));
    }

    @Test
    default void commit_givesEveryKeyItWrites_itsRevision() {
        PersistentStore store = newStore();
        put(store, "rev/b", "old");

        long revision = commit(store, b -> b.put("rev/a", utf8("1")).put("rev/b", utf8("2")).put("rev/c", utf8("3")));

        assertThat(store.get("rev/a").modRevision()).isEqualTo(revision);
        assertThat(store.get("rev/b").modRevision()).isEqualTo(revision);
        assertThat(store.get("rev/c").modRevision()).isEqualTo(revision);
        assertThat(store.get("rev/a").createRevision()).isEqualTo(revision);
        assertThat(store.get("rev/b").createRevision()).isLessThan(revision);
    }

    /** ReadConsistency.SERIALIZABLE: never older than a revision the same store object reported. */
    @Test
    default void serializableReads_areNoOlderThanACommitTheStoreReported() {
        PersistentStore store = newStore();
        put(store, "rev/k", "v1");
        long updated = put(store, "rev/k", "v2");

        assertThat(store.get("rev/k", ReadConsistency.SERIALIZABLE).modRevision()).isEqualTo(updated);
        assertThat(store.getAll(List.of("rev/k"), ReadConsistency.SERIALIZABLE).get("rev/k").modRevision()).isEqualTo(updated);
    }

    @Test
    default void currentRevision_reachesTheRevisionOfEveryCommit() {
        PersistentStore store = newStore();

        for (int i = 0; i < 3; i++) {
            long revision = put(store, "rev/k", "v" + i);
            // At least: a backend shared with other namespaces may already be further.
            assertThat(store.currentRevision()).isGreaterThanOrEqualTo(revision);
        }
    }
}
