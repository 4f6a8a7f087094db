package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.commit;
import static io.hybriddal.conformance.StoreOps.keys;
import static io.hybriddal.conformance.StoreOps.put;
import static io.hybriddal.conformance.StoreOps.scanAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.PersistentStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Namespaces are isolated whatever their names: a namespace that reads like a path under another
 * ({@code N} and {@code N/o/counter}), or like the escaped form of one ({@code N/x} and
 * {@code N%2Fx}), sees nothing of the other through get, scan or watch. Run through
 * {@link PersistentStoreContract}.
 */
public interface PersistentNamespaceContract extends PersistentStoreFixture {

    /** Namespaces each of which could reach into another if namespaces were plain key prefixes. */
    List<String> LOOKALIKES = List.of("N", "N/o/counter", "N/x", "N%2Fx");

    @Test
    default void namespacesThatLookNested_seeNothingOfEachOther_inGetAndScan() {
        List<PersistentStore> stores = LOOKALIKES.stream().map(this::newStore).toList();
        for (int i = 0; i < stores.size(); i++) {
            int n = i;
            commit(stores.get(i), b -> b.put("o/x/1", utf8(LOOKALIKES.get(n))).put("o/counter/o/x/1", utf8("deep " + LOOKALIKES.get(n))));
        }

        for (int i = 0; i < stores.size(); i++) {
            PersistentStore store = stores.get(i);
            assertThat(keys(scanAll(store, ""))).as(LOOKALIKES.get(i)).containsExactly("o/counter/o/x/1", "o/x/1");
            assertThat(text(store.get("o/x/1").value())).as(LOOKALIKES.get(i)).isEqualTo(LOOKALIKES.get(i));
            assertThat(text(store.get("o/counter/o/x/1").value())).as(LOOKALIKES.get(i)).isEqualTo("deep " + LOOKALIKES.get(i));
            assertThat(store.get("x/1")).as(LOOKALIKES.get(i)).isNull();
        }
    }

    @Test
    default void aNamespaceUnderAnotherByName_isEmptyToIt_andItToTheOther() {
        PersistentStore outer = newStore("N");
        PersistentStore nested = newStore("N/o/counter");

        put(nested, "o/x/1", "nested");

        assertThat(scanAll(outer, "o/")).isEmpty();
        assertThat(outer.get("o/counter/o/x/1")).isNull();
        put(outer, "o/counter/o/x/1", "outer");
        assertThat(keys(scanAll(nested, ""))).containsExactly("o/x/1");
    }

    @Test
    default void aWatchOfOneNamespace_getsNoChangeOfANamespaceNamedUnderIt() {
        PersistentStore outer = newStore("N");
        PersistentStore nested = newStore("N/o/counter");
        PersistentStore escaped = newStore("N%2Fx");
        WatchRecorder watch = startWatch(outer, "o/", outer.currentRevision());

        put(nested, "o/x/1", "nested");
        put(escaped, "o/x/1", "escaped");
        put(outer, "o/marker", "outer");

        List<KeyChange> first = watch.nextChanges();
        assertThat(first).extracting(KeyChange::key).containsExactly("o/marker");
    }
}
