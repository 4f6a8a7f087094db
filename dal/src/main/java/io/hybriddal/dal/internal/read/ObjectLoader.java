package io.hybriddal.dal.internal.read;

import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Filter;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.InstanceDynamics;
import io.hybriddal.dal.internal.object.InstanceReads;
import io.hybriddal.dal.internal.object.InstanceWrites;
import io.hybriddal.dal.internal.object.ObjectContext;
import io.hybriddal.dal.internal.object.ObjectState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes instances: new ones, and loaded ones from the documents {@link Documents} reads, singly
 * or as lazy lists loaded page by page (guid lists, backrefs). Every instance it makes shares one
 * {@link ObjectContext}. Thread-safe; the instances are not.
 */
public final class ObjectLoader implements InstanceReads {

    /** Filters a lazy list within its guids (the query engine's {@code DataList.where}). */
    public interface ListFilter {
        DataList<DataObject> where(HybridModel model, LazyDataList.GuidSource source, Filter filter);
    }

    private final Documents documents;
    private final ListFilter listFilter;
    private final ObjectContext context;
    private final PendingWrites.View transactions;

    /**
     * @param services     the dependencies handed to the builder, by type (for {@code DataObject.service})
     * @param transactions the calling thread's pending writes, which every read sees
     */
    public ObjectLoader(Documents documents, InstanceDynamics dynamics, InstanceWrites writes, ConflictPolicy policy,
                        Map<Class<?>, Object> services, ListFilter listFilter, PendingWrites.View transactions) {
        this.documents = documents;
        this.transactions = transactions;
        this.listFilter = listFilter;
        this.context = new ObjectContext(this, dynamics, writes, policy, services);
    }

    /** A new, unsaved instance with the model's defaults. */
    public DataObject create(HybridModel model, String guid, boolean givenGuid) {
        return instantiate(ObjectState.fresh(context, model, guid, givenGuid));
    }

    /** An instance of the stored {@code snapshot}. */
    public DataObject instance(HybridModel model, String guid, Snapshot snapshot) {
        return instantiate(ObjectState.loaded(context, model, guid, snapshot, snapshot.values()));
    }

    /**
     * The value arrays of a page's snapshots, taken in a loop of their own before any object is
     * made. The snapshots of a page are rarely in the CPU's caches: reading each one's field in a
     * tight loop, the processor waits for all of their cache misses at once instead of one per
     * object made (the arrays themselves are first touched when a value is read).
     */
    private static Object[][] valuesOf(Snapshot[] snapshots) {
        Object[][] values = new Object[snapshots.length][];
        for (int i = 0; i < snapshots.length; i++) {
            Snapshot s = snapshots[i];
            values[i] = s == null ? null : s.values();
        }
        return values;
    }

    private static DataObject instantiate(ObjectState state) {
        DataObject instance = state.model().proxy().instantiate();
        ((HybridProxy) instance).$$hybridAttach(state);
        state.attach(instance);
        return instance;
    }

    /** What the thread's transaction saves: the very instance that was saved (one object, one instance inside a transaction). */
    private static DataObject instance(PendingObject pending) {
        return pending.instance();
    }

    /** What the calling thread's transaction does to the object, or null (also outside transactions). */
    private PendingObject pending(HybridModel model, String guid) {
        PendingWrites tx = transactions.current();
        return tx == null ? null : tx.find(model, guid);
    }

    @Override
    public Optional<DataObject> load(HybridModel model, String guid, Consistency consistency) {
        return Optional.ofNullable(loadOrNull(model, guid, consistency));
    }

    /** The object as {@link #load} finds it, or null: no {@code Optional} on the hot path of {@code Dal.get}. */
    public DataObject loadOrNull(HybridModel model, String guid, Consistency consistency) {
        PendingObject pending = pending(model, guid);
        if (pending != null) {
            return pending.deleted() ? null : instance(pending);
        }
        Snapshot snapshot = documents.read(model, guid, consistency);
        if (snapshot == null) {
            return null;
        }
        ObjectState state = ObjectState.loaded(context, model, guid, snapshot, snapshot.values());
        if (consistency == Consistency.STRONG) {
            state.loadedStrongly();
        }
        return instantiate(state);
    }

    @Override
    public Snapshot read(HybridModel model, String guid, Consistency consistency) {
        return documents.read(model, guid, consistency);
    }

    /** The objects of {@code guids}, in that order, loaded page by page as they are reached. */
    public <T extends DataObject> DataList<T> list(HybridModel model, Collection<String> guids) {
        List<String> copy = List.copyOf(guids);
        return dataList(model, () -> copy);
    }

    /** A lazy list of the objects whose guids {@code source} resolves on first use. */
    public <T extends DataObject> DataList<T> dataList(HybridModel model, LazyDataList.GuidSource source) {
        return dataList(model, source, Consistency.CACHED);
    }

    @SuppressWarnings("unchecked") // the members of a list of model are T's: where() only narrows them
    private <T extends DataObject> DataList<T> dataList(HybridModel model, LazyDataList.GuidSource source, Consistency consistency) {
        return new LazyDataList<T>(model.name(), source, (kept, from, guids) -> loadPage(model, kept, from, guids, consistency),
                filter -> (DataList<T>) listFilter.where(model, source, filter));
    }

    /**
     * The objects of {@code guids}, aligned with them (null where one is missing), as the calling
     * thread sees them: inside a transaction its pending writes, else the stored objects, from
     * the snapshots {@code kept} (the list the guids are positions {@code from} on of, or null)
     * holds while they are current ({@link Documents#readKept}).
     */
    public DataObject[] loadPage(HybridModel model, Kept kept, int from, List<String> guids) {
        return loadPage(model, kept, from, guids, Consistency.CACHED);
    }

    private DataObject[] loadPage(HybridModel model, Kept kept, int from, List<String> guids, Consistency consistency) {
        DataObject[] objects = new DataObject[guids.size()];
        PendingWrites tx = transactions.current();
        if (tx == null) {
            Snapshot[] snapshots = consistency == Consistency.STRONG ? documents.readPage(model, guids, consistency)
                    : documents.readKept(model, kept, from / LazyDataList.PAGE, guids);
            Object[][] values = valuesOf(snapshots);
            for (int i = 0; i < objects.length; i++) {
                if (snapshots[i] != null) {
                    objects[i] = instantiate(ObjectState.loaded(context, model, guids.get(i), snapshots[i], values[i]));
                }
            }
            return objects;
        }
        List<String> unwritten = new ArrayList<>(guids.size());
        for (String guid : guids) {
            if (tx.find(model, guid) == null) {
                unwritten.add(guid);
            }
        }
        Snapshot[] stored = documents.readPage(model, unwritten, consistency);
        for (int i = 0, u = 0; i < objects.length; i++) {
            PendingObject pending = tx.find(model, guids.get(i));
            if (pending == null) {
                Snapshot snapshot = stored[u++];
                objects[i] = snapshot == null ? null : instance(model, guids.get(i), snapshot);
            } else if (!pending.deleted()) {
                objects[i] = instance(pending);
            }
        }
        return objects;
    }

    @Override
    public DataList<?> backrefList(BackrefModel backref, String targetGuid, boolean targetStored, Consistency consistency) {
        HybridModel model = backref.source();
        LazyDataList.GuidSource source = new LazyDataList.GuidSource() {
            private Kept members;

            @Override
            public List<String> guids() {
                members = backrefGuids(backref, targetGuid, targetStored, consistency);
                return members.guids();
            }

            @Override
            public Kept kept() {
                return members;
            }
        };
        return dataList(model, source, consistency);
    }

    @Override
    public DataObject oneToOneChild(BackrefModel backref, String targetGuid, boolean targetStored, Consistency consistency) {
        List<String> child = backrefGuids(backref, targetGuid, targetStored, consistency).guids();
        return child.isEmpty() ? null : loadOrNull(backref.source(), child.get(0), consistency);
    }

    /**
     * The children, as kept by the local lists (read from the store when {@code STRONG}); inside
     * a transaction, a list of its own (whose positions no kept page matches).
     */
    private Kept backrefGuids(BackrefModel backref, String targetGuid, boolean targetStored, Consistency consistency) {
        Kept stored = !targetStored ? Kept.NONE
                : consistency == Consistency.STRONG ? new Kept(documents.backrefGuids(backref, targetGuid))
                : documents.cachedBackrefGuids(backref, targetGuid);
        PendingWrites tx = transactions.current();
        return tx == null ? stored : new Kept(TransactionReads.backref(tx, backref, targetGuid, stored.guids()));
    }
}
