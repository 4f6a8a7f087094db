package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.RaceConditionException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the documents of a hybrid that still hold properties under former names: each is
 * read as the model reads it (the former value fills the property when the current name is
 * missing) and written back with current names only, same values and version, guarded by its
 * revision; a page refused by a concurrent save is read again.
 */
final class FieldRewrite {

    private static final int PAGE = 50;
    private static final int ATTEMPTS = 100;

    private FieldRewrite() {
    }

    /** Returns the number of documents rewritten. */
    static long run(PersistentStore store, MigratorLock lock, HybridModel model, SpaceBuild.Steps steps) {
        String step = "rewrite former names of " + model.name();
        long total = steps.total(model);
        long rewritten = 0;
        long done = 0;
        String after = null;
        ScanPage read;
        do {
            lock.renew();
            read = store.scan(Keys.objectPrefix(model), after, SpaceBuild.SCAN);
            List<KeyValue> entries = read.entries();
            for (int from = 0; from < entries.size(); from += PAGE) {
                List<KeyValue> page = entries.subList(from, Math.min(entries.size(), from + PAGE));
                rewritten += rewrite(store, model, page);
                done += page.size();
                steps.advanced(step, done, Math.max(done, total));
            }
            after = read.lastKey();
        } while (read.more() && after != null);
        return rewritten;
    }

    /** Rewrites the documents of {@code page} holding former names, reading them again while savers move them on. */
    private static int rewrite(PersistentStore store, HybridModel model, List<KeyValue> page) {
        List<KeyValue> current = page;
        for (int attempt = 1; ; attempt++) {
            Commit.Builder commit = Commit.builder();
            int count = 0;
            for (KeyValue kv : current) {
                if (DocumentCodec.holdsFormerNames(model, kv.value())) {
                    Snapshot s = DocumentCodec.decode(model, kv);
                    commit.requireRevision(kv.key(), kv.modRevision())
                            .put(kv.key(), DocumentCodec.encode(model, s.version(), s.values(), s.extras()));
                    count++;
                }
            }
            if (commit.isEmpty() || store.commit(commit.build()).succeeded()) {
                return count;
            }
            if (attempt == ATTEMPTS) {
                throw new RaceConditionException("gave up rewriting " + model.name() + " after " + ATTEMPTS
                        + " attempts at the page ending at " + page.get(page.size() - 1).key() + ": its objects kept changing");
            }
            List<String> keys = new ArrayList<>(page.size());
            page.forEach(kv -> keys.add(kv.key()));
            current = List.copyOf(store.getAll(keys).values());
        }
    }
}
