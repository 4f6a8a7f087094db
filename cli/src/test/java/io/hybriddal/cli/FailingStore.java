package io.hybriddal.cli;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.concurrent.atomic.AtomicInteger;

/** A memory store whose n-th commit fails as an unreachable store would, applying nothing. */
final class FailingStore extends ForwardingPersistentStore {

    final MemoryPersistentStore delegate;
    private final AtomicInteger commits = new AtomicInteger();
    private final int failingCommit;

    FailingStore(int failingCommit) {
        this(new MemoryPersistentStore(), failingCommit);
    }

    private FailingStore(MemoryPersistentStore delegate, int failingCommit) {
        super(delegate);
        this.delegate = delegate;
        this.failingCommit = failingCommit;
    }

    @Override
    public CommitResult commit(Commit commit) {
        if (commits.incrementAndGet() == failingCommit) {
            throw new StoreException("injected failure of commit " + failingCommit);
        }
        return delegate.commit(commit);
    }

}
