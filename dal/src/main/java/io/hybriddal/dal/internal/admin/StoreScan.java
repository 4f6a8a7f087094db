package io.hybriddal.dal.internal.admin;

import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.util.function.Consumer;

/** Prefix scans of a persistent store, page by page, so a large store never sits in memory at once. */
final class StoreScan {

    static final int PAGE = 1000;

    private StoreScan() {
    }

    /** Calls {@code each} for every entry under {@code prefix}, in key order. */
    static void forEach(PersistentStore store, String prefix, Consumer<KeyValue> each) {
        String after = null;
        while (true) {
            ScanPage page = store.scan(prefix, after, PAGE);
            page.entries().forEach(each);
            if (!page.more() || page.entries().isEmpty()) {
                return;
            }
            after = page.lastKey();
        }
    }

    /** The number of entries under {@code prefix}. */
    static long count(PersistentStore store, String prefix) {
        long[] n = {0};
        forEach(store, prefix, kv -> n[0]++);
        return n[0];
    }
}
