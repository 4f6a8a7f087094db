package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.CommitResult;
import io.hybriddal.dal.spi.Operation;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.List;

/**
 * The persistent store as a Dal's parts use it: every commit is made under the Dal's origin and,
 * once it succeeded, applied to the near cache and the local lists before it returns, as their
 * watches would apply it (DESIGN.md "Freshness": own commits at once). So the store may leave
 * the Dal's own commits out of those watches ({@link PersistentStore#commit(Commit, Object)}):
 * no echo to deliver. Thread-safe.
 */
public final class OwnCommits extends ForwardingPersistentStore {

    private final Object origin;
    private final NearCache near;
    private final LocalResults results;

    /**
     * @param origin  the origin {@code near} and {@code results} watch under
     * @param results null when the Dal keeps no local lists
     */
    public OwnCommits(PersistentStore store, Object origin, NearCache near, LocalResults results) {
        super(store);
        this.origin = origin;
        this.near = near;
        this.results = results;
    }

    @Override
    public CommitResult commit(Commit commit) {
        near.ownCommitInFlight(true);
        try {
            CommitResult result = delegate().commit(commit, origin);
            if (result.succeeded()) {
                long revision = result.revision();
                List<Operation> operations = commit.operations();
                for (int i = 0; i < operations.size(); i++) {
                    String key = operations.get(i).key();
                    if (key.startsWith(Keys.OBJECT_ROOT)) {
                        near.ownCommit(key, revision);
                    } else if (results != null && key.startsWith(Keys.GENERATION_PREFIX)) {
                        results.ownCommit(key, revision);
                    }
                }
            }
            return result;
        } finally {
            near.ownCommitInFlight(false);
        }
    }

    @Override
    public StoreWatch watchWithoutPrevious(String prefix, long afterRevision, WatchListener listener) {
        return delegate().watchWithoutPrevious(prefix, afterRevision, listener);
    }
}
