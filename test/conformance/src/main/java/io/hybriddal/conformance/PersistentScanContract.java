package io.hybriddal.conformance;

import static io.hybriddal.conformance.Bytes.text;
import static io.hybriddal.conformance.Bytes.utf8;
import static io.hybriddal.conformance.StoreOps.commit;
import static io.hybriddal.conformance.StoreOps.keys;
import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Prefix scans: prefix isolation, ascending key order, paging with {@code limit} and
 * {@code startAfter}, and the {@code more} flag. Run through {@link PersistentStoreContract}.
 */
public interface PersistentScanContract extends PersistentStoreFixture {

    /** Keys written per commit when filling a store: below etcd's default limit of 128 operations. */
    int KEYS_PER_COMMIT = 100;

    @Test
    default void scan_returnsOnlyKeysUnderThePrefix() {
        PersistentStore store = newStore();
        // Neighbours on both sides of "a/" in byte order, and keys that merely start like it.
        putKeys(store, List.of("a", "a.", "a/1", "a/2/deep", "a0", "ab/x", "b/1", "`/x"));

        ScanPage page = store.scan("a/", null, 100);

        assertThat(keys(page.entries())).containsExactly("a/1", "a/2/deep");
        assertThat(page.more()).isFalse();
    }

    @Test
    default void scan_returnsKeysInAscendingOrder_whateverTheWriteOrder() {
        PersistentStore store = newStore();
        List<String> written = List.of("s/m", "s/b", "s/z", "s/a", "s/B", "s/0", "s/aa", "s/a-");
        putKeys(store, written);

        List<String> scanned = keys(store.scan("s/", null, 100).entries());

        // Byte order: digits < upper case < lower case, and a key sorts before its extensions.
        assertThat(scanned).containsExactly("s/0", "s/B", "s/a", "s/a-", "s/aa", "s/b", "s/m", "s/z");
    }

    @Test
    default void scan_returnsValuesAndRevisions_asGetDoes() {
        PersistentStore store = newStore();
        // a shallow and a deep key, both overwritten: a store may keep them in different structures
        long first = commit(store, b -> b.put("s/1", utf8("one")).put("s/d/e/1", utf8("deep")));
        long second = commit(store, b -> b.put("s/2", utf8("two")).put("s/1", utf8("uno")).put("s/d/e/1", utf8("tief")));

        ScanPage page = store.scan("s/", null, 10);

        assertThat(page.entries()).containsExactly(store.get("s/1"), store.get("s/2"), store.get("s/d/e/1"));
        for (int i : new int[] {0, 2}) {
            assertThat(page.entries().get(i).createRevision()).isEqualTo(first);
            assertThat(page.entries().get(i).modRevision()).isEqualTo(second);
        }
        assertThat(text(page.entries().get(0).value())).isEqualTo("uno");
        assertThat(text(page.entries().get(2).value())).isEqualTo("tief");
    }

    @Test
    default void scan_pagesThroughManyKeys_withoutGapsOrRepeats() {
        PersistentStore store = newStore();
        int count = 1_050;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(String.format("page/%05d", i));
        }
        List<String> all = new ArrayList<>(expected);
        all.addAll(List.of("page", "page.", "page0", "pagd/x", "pagf/x"));  // just outside the prefix
        putKeys(store, all);

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        ScanPage page;
        do {
            page = store.scan("page/", after, 100);
            pages++;
            assertThat(page.entries()).as("page %d size", pages).hasSizeLessThanOrEqualTo(100);
            seen.addAll(keys(page.entries()));
            after = page.lastKey();
            boolean keysRemain = seen.size() < count;
            if (keysRemain) {
                // more may not be false while matching keys remain, or a caller would stop early
                assertThat(page.more()).as("more on page %d after %d keys", pages, seen.size()).isTrue();
            }
        } while (page.more() && pages < 50);

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(seen)).hasSize(count);
        assertThat(page.more()).isFalse();
    }

    @Test
    default void scan_setsMore_exactlyWhenMatchingKeysRemainAfterTheLimit() {
        PersistentStore store = newStore();
        putKeys(store, List.of("m/1", "m/2", "m/3", "m/4", "m/5", "n/1"));

        ScanPage first = store.scan("m/", null, 2);
        ScanPage rest = store.scan("m/", first.lastKey(), 10);

        assertThat(keys(first.entries())).containsExactly("m/1", "m/2");
        assertThat(first.more()).isTrue();
        assertThat(first.lastKey()).isEqualTo("m/2");
        assertThat(keys(rest.entries())).containsExactly("m/3", "m/4", "m/5");
        assertThat(rest.more()).isFalse();
    }

    @Test
    default void scan_startsAfterAKeyThatDoesNotExist() {
        PersistentStore store = newStore();
        putKeys(store, List.of("s/a", "s/b", "s/c", "s/d"));

        assertThat(keys(store.scan("s/", "s/b5", 10).entries())).containsExactly("s/c", "s/d");
        // A startAfter before the prefix starts at the prefix; one after it finds nothing.
        assertThat(keys(store.scan("s/", "r", 10).entries())).containsExactly("s/a", "s/b", "s/c", "s/d");
        assertThat(store.scan("s/", "t", 10).entries()).isEmpty();
    }

    @Test
    default void scan_returnsAnEmptyPage_whenNothingMatches() {
        PersistentStore store = newStore();
        putKeys(store, List.of("x/1"));

        ScanPage page = store.scan("y/", null, 10);

        assertThat(page.entries()).isEmpty();
        assertThat(page.more()).isFalse();
        assertThat(page.lastKey()).isNull();
    }

    /** Writes each key with its own name as value, {@link #KEYS_PER_COMMIT} keys per commit. */
    private static void putKeys(PersistentStore store, List<String> keys) {
        Set<String> unique = new HashSet<>(keys);
        assertThat(unique).as("test keys").hasSameSizeAs(keys);
        for (int from = 0; from < keys.size(); from += KEYS_PER_COMMIT) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_COMMIT));
            commit(store, b -> chunk.forEach(key -> b.put(key, utf8(key))));
        }
    }
}
