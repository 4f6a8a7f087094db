package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import org.junit.jupiter.api.Test;

/**
 * {@link PersistentStore#maxCommitOperations()}: a commit of that many conditions and operations
 * is taken (callers such as plans split what is larger), and a store with a finite limit refuses
 * a larger commit before applying any of it. Run through {@link PersistentStoreContract}.
 */
public interface PersistentCommitLimitContract extends PersistentStoreFixture {

    /** Stores whose limit is above this are checked at this size (a commit of millions proves nothing more). */
    int CHECKED = 1_000;

    @Test
    default void commit_ofMaxCommitOperations_succeeds() {
        PersistentStore store = newStore();
        int size = Math.min(store.maxCommitOperations(), CHECKED);
        assertThat(size).as("maxCommitOperations").isGreaterThan(1);
        Commit.Builder commit = Commit.builder().requireAbsent("limit/guard");
        for (int i = 1; i < size; i++) {
            commit.put("limit/k" + i, utf8("v"));
        }

        assertThat(store.commit(commit.build()).succeeded()).isTrue();
        assertThat(scanAll(store, "limit/")).hasSize(size - 1);
    }

    @Test
    default void commit_overMaxCommitOperations_isRefused_andChangesNothing() {
        PersistentStore store = newStore();
        assumeTrue(store.maxCommitOperations() < CHECKED, "the store has no limit worth testing");
        Commit.Builder commit = Commit.builder();
        for (int i = 0; i <= store.maxCommitOperations(); i++) {
            commit.put("limit/k" + i, utf8("v"));
        }

        assertThatThrownBy(() -> store.commit(commit.build())).isInstanceOf(StoreException.class);
        assertThat(scanAll(store, "limit/")).isEmpty();
    }
}
