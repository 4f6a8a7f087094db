package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.commit;
import static io.hybriddal.conformance.StoreOps.keys;
import static io.hybriddal.conformance.StoreOps.put;
import static io.hybriddal.conformance.StoreOps.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads and writes of a {@link PersistentStore}: get, getAll, puts and deletes in one commit,
 * several operations on one key, value sizes and contents, namespaces. Run through
 * {@link PersistentStoreContract}.
 */
public interface PersistentReadWriteContract extends PersistentStoreFixture {

    @Test
    default void get_returnsNull_whenKeyWasNeverWritten() {
        PersistentStore store = newStore();
        put(store, "rw/other", "x");

        for (ReadConsistency consistency : ReadConsistency.values()) {
            assertThat(store.get("rw/missing", consistency)).as(consistency.name()).isNull();
        }
    }

    @Test
    default void get_returnsTheCommittedEntry_withEitherReadConsistency() {
        PersistentStore store = newStore();
        long revision = put(store, "rw/k", "v1");

        // The kit's backends are single-member, so even a serializable read sees acknowledged commits.
        for (ReadConsistency consistency : ReadConsistency.values()) {
            KeyValue kv = store.get("rw/k", consistency);
            assertThat(kv).as(consistency.name()).isNotNull();
            assertThat(kv.key()).isEqualTo("rw/k");
            assertThat(text(kv.value())).isEqualTo("v1");
            assertThat(kv.modRevision()).isEqualTo(revision);
        }
    }

    @Test
    default void getAll_returnsEntriesInTheOrderOfTheGivenKeys_leavingOutMissingOnes() {
        PersistentStore store = newStore();
        // Written in an order that is neither the key order nor the order asked for below.
        commit(store, b -> b.put("rw/c", utf8("C")).put("rw/a", utf8("A")).put("rw/b", utf8("B")));

        for (ReadConsistency consistency : ReadConsistency.values()) {
            Map<String, KeyValue> found = store.getAll(List.of("rw/b", "rw/none", "rw/c", "rw/a"), consistency);
            assertThat(new ArrayList<>(found.keySet())).as(consistency.name()).containsExactly("rw/b", "rw/c", "rw/a");
            assertThat(text(found.get("rw/b").value())).isEqualTo("B");
            assertThat(text(found.get("rw/c").value())).isEqualTo("C");
            assertThat(found.get("rw/a").key()).isEqualTo("rw/a");
        }
    }

    @Test
    default void getAll_returnsEmptyMap_whenNoKeyExists() {
        PersistentStore store = newStore();
        put(store, "rw/other", "x");

        assertThat(store.getAll(List.of("rw/none", "rw/nothing"))).isEmpty();
        assertThat(store.getAll(List.of())).isEmpty();
    }

    @Test
    default void commit_putsAndDeletesSeveralKeys_inOneRevision() {
        PersistentStore store = newStore();
        commit(store, b -> b.put("rw/old1", utf8("x")).put("rw/old2", utf8("y")));

        long revision = commit(store, b -> b.put("rw/new", utf8("n")).put("rw/old2", utf8("y2")).delete("rw/old1"));

        assertThat(store.get("rw/old1")).isNull();
        assertThat(text(store.get("rw/new").value())).isEqualTo("n");
        assertThat(text(store.get("rw/old2").value())).isEqualTo("y2");
        assertThat(store.get("rw/new").modRevision()).isEqualTo(revision);
        assertThat(store.get("rw/old2").modRevision()).isEqualTo(revision);
    }

    @Test
    default void commit_appliesTheLastOperation_whenOneCommitWritesAKeySeveralTimes() {
        PersistentStore store = newStore();
        put(store, "rw/existing", "old");

        commit(store, b -> b.put("rw/twice", utf8("first")).put("rw/twice", utf8("second"))
                .put("rw/transient", utf8("gone")).delete("rw/transient")
                .delete("rw/existing").put("rw/existing", utf8("back")));

        assertThat(text(store.get("rw/twice").value())).isEqualTo("second");
        assertThat(store.get("rw/transient")).isNull();
        assertThat(text(store.get("rw/existing").value())).isEqualTo("back");
    }

    @Test
    default void commit_succeeds_whenDeletingAnAbsentKey() {
        PersistentStore store = newStore();

        commit(store, b -> b.delete("rw/never"));
        commit(store, b -> b.delete("rw/never-either").put("rw/other", utf8("o")));

        assertThat(store.get("rw/never")).isNull();
        assertThat(store.get("rw/never-either")).isNull();
        assertThat(text(store.get("rw/other").value())).isEqualTo("o");
    }

    @Test
    default void commit_roundTripsAnEmptyValue() {
        PersistentStore store = newStore();
        commit(store, b -> b.put("rw/empty", new byte[0]));

        assertThat(store.get("rw/empty").value()).isEmpty();
        assertThat(store.getAll(List.of("rw/empty")).get("rw/empty").value()).isEmpty();
        assertThat(scanAll(store, "rw/")).singleElement().satisfies(kv -> assertThat(kv.value()).isEmpty());
    }

    @Test
    default void commit_roundTripsEveryByteValue() {
        PersistentStore store = newStore();
        commit(store, b -> b.put("rw/binary", Bytes.everyByteValue()));

        assertThat(store.get("rw/binary").value()).isEqualTo(Bytes.everyByteValue());
    }

    @Test
    default void commit_roundTripsA512KiBValue() {
        PersistentStore store = newStore();
        byte[] large = Bytes.patterned(512 * 1024);
        commit(store, b -> b.put("rw/large", large.clone()));

        // Compared by mismatch index: a failure message with half a megabyte of bytes helps nobody.
        assertThat(Arrays.mismatch(store.get("rw/large").value(), large)).as("first differing byte").isEqualTo(-1);
        assertThat(Arrays.mismatch(store.getAll(List.of("rw/large")).get("rw/large").value(), large)).isEqualTo(-1);
        assertThat(Arrays.mismatch(scanAll(store, "rw/").get(0).value(), large)).isEqualTo(-1);
    }

    @Test
    default void namespaces_isolateStores_openedWithDifferentNames() {
        PersistentStore a = newStore(DEFAULT_NAMESPACE + "-a");
        PersistentStore b = newStore(DEFAULT_NAMESPACE + "-b");
        put(a, "ns/k", "from-a");
        put(b, "ns/only-b", "from-b");

        assertThat(b.get("ns/k")).isNull();
        assertThat(b.getAll(List.of("ns/k", "ns/only-b"))).containsOnlyKeys("ns/only-b");
        assertThat(keys(scanAll(b, ""))).containsExactly("ns/only-b");
        assertThat(keys(scanAll(a, ""))).containsExactly("ns/k");

        put(b, "ns/k", "from-b");
        assertThat(text(a.get("ns/k").value())).isEqualTo("from-a");
        assertThat(text(b.get("ns/k").value())).isEqualTo("from-b");
    }
}
