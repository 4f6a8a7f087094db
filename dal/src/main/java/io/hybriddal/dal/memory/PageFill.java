package io.hybriddal.dal.memory;

import io.hybriddal.dal.spi.KeyValue;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects a scan's page for {@link MemoryPersistentStore}: the entries under the prefix until the
 * limit, noting whether one more follows. Not thread-safe: one per scan.
 */
final class PageFill implements Predicate<KeyValue> {

    private final String prefix;
    private final int limit;
    private final List<KeyValue> page;
    boolean more;

    PageFill(String prefix, int limit, List<KeyValue> page) {
        this.prefix = prefix;
        this.limit = limit;
        this.page = page;
    }

    @Override
    public boolean test(KeyValue entry) {
        if (!entry.key().startsWith(prefix)) {
            return false;
        }
        if (page.size() == limit) {
            more = true;
            return false;
        }
        page.add(entry);
        return true;
    }
}
