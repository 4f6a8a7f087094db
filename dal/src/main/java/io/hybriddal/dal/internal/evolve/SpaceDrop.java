package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;

/**
 * Deletes the entries of a key space no longer declared, page by page, then its record. Entries
 * are derived data, so deleting them unconditionally loses nothing; a process still running the
 * old model may write some again, which no query of the new model reads.
 */
final class SpaceDrop {

    /** Keys per scan request (etcd counts the rest of the range on each), and deletes per commit (within etcd's 128). */
    private static final int PAGE = 1_000;
    private static final int DELETES = 100;

    private SpaceDrop() {
    }

    /** Returns the number of entries deleted. */
    static long run(ModelRecord record, MigratorLock lock, Obsolete space) {
        PersistentStore store = record.store();
        long deleted = 0;
        String after = null;
        ScanPage page;
        do {
            lock.renew();
            page = store.scan(space.prefix(), after, PAGE);
            Commit.Builder commit = Commit.builder();
            int inCommit = 0;
            for (KeyValue kv : page.entries()) {
                if (space.holds(kv.key())) {
                    commit.delete(kv.key());
                    deleted++;
                    if (++inCommit == DELETES) {
                        store.commit(commit.build());
                        commit = Commit.builder();
                        inCommit = 0;
                    }
                }
            }
            if (!commit.isEmpty()) {
                store.commit(commit.build());
            }
            after = page.lastKey();
        } while (page.more() && after != null);
        store.commit(Commit.builder().delete(ModelRecord.BUILD_PREFIX + space.id()).build());
        record.forget(space.id());
        return deleted;
    }
}
