package io.hybriddal.conformance;

import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.PersistentStore;

/** Runs the persistent-store contract against the in-memory reference store. */
class MemoryPersistentStoreTest extends PersistentStoreContract {

    @Override
    protected PersistentStore openStore(String namespace) {
        // Separate instances never share data, so namespace isolation holds trivially here; the
        // contract matters for stores whose namespaces share a backend.
        return new MemoryPersistentStore(namespace, MemoryPersistentStore.DEFAULT_HISTORY);
    }

    @Override
    protected boolean supportsCompaction() {
        return true;
    }

    @Override
    protected void compact(PersistentStore store, long revision) {
        ((MemoryPersistentStore) store).compact(revision);
    }
}
