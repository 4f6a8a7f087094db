package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.CorruptDataException;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.internal.codec.DocumentCodec;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.RevisionUnavailableException;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every object document of a hybrid at one store revision: pages scanned at the revision
 * read first ({@link PersistentStore#scan(String, String, int, long)}). A store that cannot serve
 * it (compacted meanwhile, or a store without versions that moved on between pages) is read
 * again at a fresh revision; after {@value #PAGED_ATTEMPTS} such attempts the whole prefix is
 * read as one page, which stores without versions serve at one revision. Thread-safe.
 */
public final class SnapshotReader {

    /** Makes the instance of one stored object. */
    @FunctionalInterface
    public interface Instances {
        DataObject instance(HybridModel model, String guid, io.hybriddal.dal.internal.codec.Snapshot stored);
    }

    static final int PAGE = 1_000;
    static final int PAGED_ATTEMPTS = 3;
    static final int ATTEMPTS = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotReader.class);

    private final PersistentStore store;
    private final Instances instances;

    SnapshotReader(PersistentStore store, Instances instances) {
        this.store = store;
        this.instances = instances;
    }

    <T extends DataObject> Snapshot<T> read(HybridModel model) {
        String prefix = Keys.objectPrefix(model);
        RevisionUnavailableException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long revision = store.currentRevision();
            try {
                List<KeyValue> entries = scanAll(prefix, revision, attempt < PAGED_ATTEMPTS ? PAGE : Integer.MAX_VALUE);
                return new FeedSnapshot<>(revision, model.name(), objects(model, entries));
            } catch (RevisionUnavailableException e) {
                last = e;
                LOG.debug("snapshot of {} at revision {} failed ({}); reading again", model.name(), revision, e.getMessage());
            }
        }
        throw new StoreException("no consistent snapshot of " + model.name() + " after " + ATTEMPTS
                + " attempts: the store kept moving on", last);
    }

    private List<KeyValue> scanAll(String prefix, long revision, int limit) {
        List<KeyValue> all = new ArrayList<>();
        String after = null;
        ScanPage page;
        do {
            page = store.scan(prefix, after, limit, revision);
            all.addAll(page.entries());
            after = page.lastKey();
        } while (page.more() && after != null);
        return all;
    }

    @SuppressWarnings("unchecked")
    private <T extends DataObject> List<T> objects(HybridModel model, List<KeyValue> entries) {
        List<T> objects = new ArrayList<>(entries.size());
        for (KeyValue kv : entries) {
            try {
                objects.add((T) instances.instance(model, Keys.guidOf(kv.key()), DocumentCodec.decode(model, kv)));
            } catch (CorruptDataException e) {
                LOG.warn("snapshot of {} skips {}: {}", model.name(), kv.key(), e.getMessage());
            }
        }
        return objects;
    }

    /** An immutable {@link Snapshot}. */
    private record FeedSnapshot<T extends DataObject>(long revision, String hybrid, List<T> objects) implements Snapshot<T> {

        FeedSnapshot {
            objects = List.copyOf(objects);
        }

        @Override
        public String toString() {
            return "snapshot of " + objects.size() + " " + hybrid + " at revision " + revision;
        }
    }
}
