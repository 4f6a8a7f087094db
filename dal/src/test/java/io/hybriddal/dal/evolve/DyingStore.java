package io.hybriddal.dal.evolve;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.Operation;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.concurrent.atomic.AtomicInteger;

/** Refuses commits carrying a build checkpoint after the first {@code allowed}: a migrator dying mid-build. */
final class DyingStore extends ForwardingPersistentStore {
    private final AtomicInteger allowed;
    /** Build pages committed. */
    final AtomicInteger pages = new AtomicInteger();

    DyingStore(PersistentStore delegate, int allowed) {
        super(delegate);
        this.allowed = new AtomicInteger(allowed);
    }

    @Override
    public CommitResult commit(Commit commit) {
        boolean page = commit.operations().stream().anyMatch(op -> op.key().startsWith("m/build/") && op instanceof Operation.Put);
        if (page && allowed.getAndDecrement() <= 0) {
            throw new StoreException("the migrator died");
        }
        if (page) {
            pages.incrementAndGet();
        }
        return super.commit(commit);
    }
}
