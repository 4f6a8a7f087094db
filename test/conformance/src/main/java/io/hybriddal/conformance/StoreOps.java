package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Short forms of the writes and reads the persistent contracts repeat. */
final class StoreOps {

    private StoreOps() {
    }

    /** Commits what {@code ops} adds, asserts that it succeeded and returns its revision. */
    static long commit(PersistentStore store, Consumer<Commit.Builder> ops) {
        Commit.Builder builder = Commit.builder();
        ops.accept(builder);
        Commit commit = builder.build();
        CommitResult result = store.commit(commit);
        assertThat(result.succeeded()).as("outcome of %s (failed on %s)", commit, result.failedKeys()).isTrue();
        assertThat(result.failedKeys()).isEmpty();
        return result.revision();
    }

    static long put(PersistentStore store, String key, String value) {
        return commit(store, b -> b.put(key, utf8(value)));
    }

    static long delete(PersistentStore store, String key) {
        return commit(store, b -> b.delete(key));
    }

    /** Asserts that {@code result} failed on exactly {@code keys}. */
    static void assertFailedOn(CommitResult result, String... keys) {
        assertThat(result.succeeded()).as("commit outcome").isFalse();
        assertThat(result.failedKeys()).as("failed condition keys").containsExactlyInAnyOrder(keys);
    }

    /** Every entry under {@code prefix}, through as many scan pages as it takes. */
    static List<KeyValue> scanAll(PersistentStore store, String prefix) {
        List<KeyValue> all = new ArrayList<>();
        String after = null;
        ScanPage page;
        do {
            page = store.scan(prefix, after, 500);
            all.addAll(page.entries());
            after = page.lastKey();
        } while (page.more() && after != null);
        return all;
    }

    static List<String> keys(List<KeyValue> entries) {
        return entries.stream().map(KeyValue::key).toList();
    }
}
