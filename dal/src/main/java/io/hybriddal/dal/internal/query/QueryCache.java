package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.codec.KeySegments;
import io.hybriddal.dal.internal.dynamic.SafeVolatile;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Query results (guid lists) in the volatile store, shared by every process on the namespace.
 *
 * <p>An entry is keyed by the SHA-256 of the plan's canonical text together with the current
 * modRevisions of the generation keys the plan depends on, read in one multi-get <em>before</em>
 * the result is computed. Every commit that changes a field rewrites that field's generation
 * key (and creates and deletes rewrite {@code g/<hybrid>/*}) in the same atomic commit, so after
 * such a commit every lookup computes a new key and the old entry is never read again: there is
 * no invalidation step to race with, and a commit landing while a result is computed only makes
 * it be stored under the generations that commit already superseded. Commits to fields the
 * query does not read leave its entries valid. Revisions are hashed into the key (rather than
 * appended) to keep keys short whatever the number of fields read.
 *
 * <p>Entries live 300–600 s (randomised, so that entries made together do not expire together).
 * Results whose encoding exceeds {@link #MAX_ENTRY_BYTES} (about 58,000 UUID guids) are not
 * cached: memcached's default item limit is 1 MiB. Volatile-store failures are misses and
 * dropped writes ({@link SafeVolatile}). Thread-safe.
 */
final class QueryCache {

    static final int MIN_TTL_SECONDS = 300;
    static final int MAX_TTL_SECONDS = 600;
    static final int MAX_ENTRY_BYTES = 1_000_000;

    private final SafeVolatile cache;
    private final PersistentStore store;
    private final String keyPrefix;

    QueryCache(SafeVolatile cache, PersistentStore store, String namespace) {
        this.cache = cache;
        this.store = store;
        this.keyPrefix = (namespace.isEmpty() ? "" : KeySegments.escape(namespace) + ":") + "q:";
    }

    /** The revisions of the query's generation keys, in its order; 0 for an absent key. One multi-get. */
    long[] generations(QueryKey query) {
        List<String> keys = query.generations();
        Map<String, KeyValue> found = store.getAll(keys, ReadConsistency.LINEARIZABLE);
        long[] revisions = new long[keys.size()];
        for (int i = 0; i < revisions.length; i++) {
            KeyValue kv = found.get(keys.get(i));
            revisions[i] = kv == null ? 0 : kv.modRevision();
        }
        return revisions;
    }

    /** The volatile key of the query's result at these generation revisions. */
    String key(QueryKey query, long[] revisions) {
        StringBuilder text = new StringBuilder(query.text().length() + 32 * revisions.length).append(query.text()).append("\ngenerations");
        List<String> keys = query.generations();
        for (int i = 0; i < revisions.length; i++) {
            text.append(' ').append(keys.get(i)).append('=').append(revisions[i]);
        }
        return keyPrefix + KeySegments.sha256(text.toString());
    }

    /** The cached guids, or null on a miss (or an unreadable entry). */
    List<String> get(String key) {
        byte[] entry = cache.get(key);
        return entry == null ? null : GuidListCodec.decode(entry);
    }

    void put(String key, List<String> guids) {
        if ((long) guids.size() * 17 > MAX_ENTRY_BYTES) {
            return; // too large even as UUIDs: do not spend the encoding
        }
        byte[] entry = GuidListCodec.encode(guids);
        if (entry.length <= MAX_ENTRY_BYTES) {
            cache.set(key, entry, ThreadLocalRandom.current().nextInt(MIN_TTL_SECONDS, MAX_TTL_SECONDS + 1));
        }
    }
}
