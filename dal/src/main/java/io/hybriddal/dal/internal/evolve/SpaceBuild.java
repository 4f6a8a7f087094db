package io.hybriddal.dal.internal.evolve;

import io.hybriddal.dal.IndexStatus;
import io.hybriddal.dal.InvalidRelationException;
import io.hybriddal.dal.RaceConditionException;
import io.hybriddal.dal.UniqueConstraintViolationException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ScanPage;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one key space online: pages through the hybrid's objects in key order, writing each
 * page's entries in one commit guarded by every object's revision, together with the checkpoint
 * (the page's last object key, {@code m/build/<id>}), so that a migrator that died resumes after
 * the last page it committed. A page refused because a saver moved an object on is read again:
 * saves write the entries of values they change themselves, the build covers the rest. Called
 * by the migrator holding the lock.
 */
final class SpaceBuild {

    /**
     * Objects per commit: two conditions and one put each at most, plus the checkpoint, within
     * etcd's default --max-txn-ops of 128 as the etcd store counts it (conditions and operations together).
     */
    static final int PAGE = 40;
    private static final int ATTEMPTS = 100;
    private static final byte[] EMPTY = new byte[0];

    private final ModelRecord record;
    private final PersistentStore store;
    private final MigratorLock lock;

    SpaceBuild(ModelRecord record, MigratorLock lock) {
        this.record = record;
        this.store = record.store();
        this.lock = lock;
    }

    /** Builds {@code space} (from its checkpoint), then records it READY; returns the objects read. */
    long run(KeySpace space, Steps steps) {
        record.write(space, IndexStatus.State.BUILDING);
        String checkpoint = ModelRecord.BUILD_PREFIX + space.id();
        KeyValue saved = store.get(checkpoint);
        String after = saved == null ? null : new String(saved.value(), StandardCharsets.UTF_8);
        String prefix = Keys.objectPrefix(space.model());
        String step = "build " + space.status().kind().name().toLowerCase(Locale.ROOT) + " " + space.id();
        long total = steps.total(space.model());
        long done = 0;
        boolean more = true;
        while (more) {
            lock.renew();
            ScanPage page = null;
            for (int attempt = 0; page == null; attempt++) {
                if (attempt == ATTEMPTS) {
                    throw new RaceConditionException("gave up building " + space.id() + " after " + ATTEMPTS
                            + " attempts at the page after " + after + ": its objects kept changing");
                }
                ScanPage read = store.scan(prefix, after, PAGE);
                if (read.entries().isEmpty() || store.commit(pageCommit(space, read, checkpoint)).succeeded()) {
                    page = read;
                }
            }
            if (!page.entries().isEmpty()) {
                after = page.lastKey();
                done += page.entries().size();
                steps.advanced(step, done, Math.max(done, total));
            }
            more = page.more() && !page.entries().isEmpty();
        }
        store.commit(Commit.builder().delete(checkpoint).build());
        record.write(space, IndexStatus.State.READY);
        return done;
    }

    private Commit pageCommit(KeySpace space, ScanPage page, String checkpoint) {
        Commit.Builder commit = Commit.builder();
        Map<String, String> claims = new LinkedHashMap<>();
        Map<String, Object> claimed = new HashMap<>();
        for (KeyValue kv : page.entries()) {
            String guid = Keys.guidOf(kv.key());
            Object value = DocumentCodec.decode(space.model(), kv).values()[space.field().index()];
            commit.requireRevision(kv.key(), kv.modRevision());
            space.entries(guid, value, new KeySpace.EntrySink() {
                @Override
                public void claim(String key, String owner) {
                    String other = claims.putIfAbsent(key, owner);
                    claimed.put(key, value);
                    if (other != null) {
                        throw violation(space, value, other, owner);
                    }
                }

                @Override
                public void marker(String key) {
                    commit.put(key, EMPTY);
                }
            });
        }
        if (!claims.isEmpty()) {
            Map<String, KeyValue> taken = store.getAll(claims.keySet());
            claims.forEach((key, guid) -> {
                KeyValue held = taken.get(key);
                String owner = held == null ? null : new String(held.value(), StandardCharsets.UTF_8);
                if (owner == null) {
                    commit.requireAbsent(key).put(key, guid.getBytes(StandardCharsets.UTF_8));
                } else if (owner.equals(guid)) {
                    commit.requireRevision(key, held.modRevision());
                } else {
                    throw violation(space, claimed.get(key), owner, guid);
                }
            });
        }
        return commit.put(checkpoint, page.lastKey().getBytes(StandardCharsets.UTF_8)).build();
    }

    private static RuntimeException violation(KeySpace space, Object value, String first, String second) {
        String hybrid = space.model().name();
        String field = space.field().name();
        if (space.kind() == IndexStatus.Kind.REVERSE) {
            return new InvalidRelationException("cannot build the one-to-one relation '" + field + "' of " + hybrid + ": objects "
                    + first + " and " + second + " both point at " + value + "; the key space stays BUILDING");
        }
        return new UniqueConstraintViolationException("cannot build unique property '" + field + "' of " + hybrid + ": objects "
                + first + " and " + second + " both have value '" + value + "'; the key space stays BUILDING until one changes",
                hybrid, field);
    }

    /** Where a step's progress goes. */
    interface Steps {
        /** The objects of {@code model} a step will go through (counted only when someone listens). */
        long total(HybridModel model);

        void advanced(String step, long done, long total);
    }
}
