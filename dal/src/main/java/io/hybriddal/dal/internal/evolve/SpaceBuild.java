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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds one key space online: reads the hybrid's objects in key order, writing the entries of
 * each page of them in one commit guarded by every object's revision, together with the checkpoint
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
    /** Objects per scan request: etcd counts the whole rest of the range on every request, so few large scans. */
    static final int SCAN = 1_000;
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
        ScanPage read;
        do {
            lock.renew();
            read = store.scan(prefix, after, SCAN);
            List<KeyValue> entries = read.entries();
            for (int from = 0; from < entries.size(); from += PAGE) {
                List<KeyValue> page = entries.subList(from, Math.min(entries.size(), from + PAGE));
                commitPage(space, page, checkpoint);
                after = page.get(page.size() - 1).key();
                done += page.size();
                steps.advanced(step, done, Math.max(done, total));
            }
        } while (read.more() && !read.entries().isEmpty());
        store.commit(Commit.builder().delete(checkpoint).build());
        record.write(space, IndexStatus.State.READY);
        return done;
    }

    /** Commits the entries of {@code page} with the checkpoint, reading its objects again while savers move them on. */
    private void commitPage(KeySpace space, List<KeyValue> page, String checkpoint) {
        String last = page.get(page.size() - 1).key();
        List<KeyValue> current = page;
        for (int attempt = 1; !store.commit(pageCommit(space, current, checkpoint, last)).succeeded(); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new RaceConditionException("gave up building " + space.id() + " after " + ATTEMPTS
                        + " attempts at the page ending at " + last + ": its objects kept changing");
            }
            List<String> keys = new ArrayList<>(page.size());
            page.forEach(kv -> keys.add(kv.key()));
            current = List.copyOf(store.getAll(keys).values()); // deleted ones drop out; created ones wrote their own entries
        }
    }

    private Commit pageCommit(KeySpace space, List<KeyValue> page, String checkpoint, String last) {
        Commit.Builder commit = Commit.builder();
        Map<String, String> claims = new LinkedHashMap<>();
        Map<String, Object> claimed = new HashMap<>();
        for (KeyValue kv : page) {
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
        return commit.put(checkpoint, last.getBytes(StandardCharsets.UTF_8)).build();
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
