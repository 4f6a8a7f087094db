package io.hybriddal.integration;

import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the object documents of one hybrid straight from a persistent store, without the Dal:
 * how the fault tests find every object that reached the store, including any the Dal's own
 * indexes would not lead to. Relies on the document key layout {@code o/<hybrid>/<guid>}
 * (io.hybriddal.dal.internal.codec.Keys); guids are plain {@code [A-Za-z0-9._-]} text, stored
 * unescaped.
 */
final class StoredObjects {

    private static final int PAGE = 500;

    private StoredObjects() {
    }

    /** The guids of every stored document of hybrid {@code hybridName}, in key order. */
    static List<String> guids(PersistentStore store, String hybridName) {
        String prefix = "o/" + hybridName + "/";
        List<String> guids = new ArrayList<>();
        String after = null;
        while (true) {
            ScanPage page = store.scan(prefix, after, PAGE);
            for (KeyValue kv : page.entries()) {
                guids.add(kv.key().substring(prefix.length()));
            }
            if (!page.more() || page.entries().isEmpty()) {
                return guids;
            }
            after = page.lastKey();
        }
    }
}
