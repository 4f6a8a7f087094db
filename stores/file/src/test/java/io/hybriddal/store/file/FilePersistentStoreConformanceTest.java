package io.hybriddal.store.file;

import io.hybriddal.conformance.PersistentStoreContract;
import io.hybriddal.dal.spi.PersistentStore;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store conformance kit against the file store: each store a test opens is a new directory
 * under this test's fresh temporary directory. Compaction is the watch-history compaction of
 * {@link FilePersistentStore#compact(long)}.
 */
class FilePersistentStoreConformanceTest extends PersistentStoreContract {

    @TempDir
    Path root;

    private final AtomicInteger stores = new AtomicInteger();

    @Override
    protected PersistentStore openStore(String namespace) {
        Path dir = root.resolve("store-" + stores.incrementAndGet());
        return new FilePersistentStore(dir, namespace, FilePersistentStore.DEFAULT_HISTORY);
    }

    @Override
    protected boolean supportsCompaction() {
        return true;
    }

    @Override
    protected void compact(PersistentStore store, long revision) {
        ((FilePersistentStore) store).compact(revision);
    }
}
