package io.hybriddal.dal.internal;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalAdmin;
import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.Query;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.internal.admin.EngineAdmin;
import io.hybriddal.dal.internal.codec.Keys;
import io.hybriddal.dal.internal.codec.Snapshot;
import io.hybriddal.dal.internal.dynamic.DynamicCache;
import io.hybriddal.dal.internal.dynamic.DynamicStats;
import io.hybriddal.dal.internal.dynamic.SafeVolatile;
import io.hybriddal.dal.internal.feed.ChangeFeed;
import io.hybriddal.dal.internal.model.BackrefModel;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.read.Documents;
import io.hybriddal.dal.internal.read.LazyDataList;
import io.hybriddal.dal.internal.read.NearCache;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.ReadConsistency;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link Dal} implementation: owns the registry, the stores and the engine parts, and
 * creates and loads instances. Thread-safe; instances it returns are not. Not for users.
 */
public final class DalEngine implements Dal {

    private final ModelRegistry registry;
    private final PersistentStore persistent;
    private final VolatileStore volatileStore;
    private final boolean ownsPersistent;
    private final boolean ownsVolatile;
    private final ConflictPolicy conflictPolicy;
    private final int maxSaveAttempts;
    private final int maxDocumentBytes;
    private final NearCache near;
    private final Documents documents;
    private final SaveChecks checks;
    private final DynamicCache dynamics;
    private final ObjectWrites objectWrites;
    private final io.hybriddal.dal.internal.query.QueryService queries;
    private final MeterRegistry meters;
    private final DalAdmin admin;
    private volatile boolean closed;

    private DalEngine(DalConfig config, ModelRegistry registry, SaveChecks checks, StoreHandles stores) {
        this.registry = registry;
        this.checks = checks;
        this.persistent = stores.persistent();
        this.volatileStore = stores.volatileStore();
        this.ownsPersistent = stores.ownsPersistent();
        this.ownsVolatile = stores.ownsVolatile();
        this.conflictPolicy = config.conflictPolicy();
        this.maxSaveAttempts = config.maxSaveAttempts();
        this.maxDocumentBytes = config.maxDocumentBytes();
        this.near = config.nearCacheSize() > 0 ? new NearCache(persistent, config.nearCacheSize(), config.meterRegistry()) : null;
        this.documents = new Documents(persistent, near);
        this.meters = config.meterRegistry();
        DynamicStats dynamicStats = new DynamicStats(meters, registry.models());
        this.dynamics = new DynamicCache(new SafeVolatile(volatileStore), config.clock(), persistent.namespace(), dynamicStats);
        this.admin = new EngineAdmin(registry, persistent, volatileStore, meters, near, dynamics, dynamicStats);
        this.objectWrites = new ObjectWrites(this, checks);
        this.queries = new io.hybriddal.dal.internal.query.QueryService(this, new SafeVolatile(volatileStore), persistent.namespace());
    }

    /** Registers the hybrids (failing before any store is opened), then opens the stores. */
    public static Dal start(DalConfig config) {
        SaveChecks checks = new SaveChecks();
        ModelRegistry registry;
        try {
            registry = ModelRegistry.build(config.hybrids(), checks::isConstrained);
        } catch (RuntimeException e) {
            checks.close();
            throw e;
        }
        return new DalEngine(config, registry, checks, StoreHandles.open(config));
    }

    // --- Dal -----------------------------------------------------------------------------------

    @Override
    public <T extends DataObject> T create(Class<T> type) {
        HybridModel model = registry.require(type);
        ObjectState state = ObjectState.fresh(this, model, UUID.randomUUID().toString(), false);
        return type.cast(instantiate(state));
    }

    @Override
    public <T extends DataObject> T create(Class<T> type, String guid) {
        HybridModel model = registry.require(type);
        if (requireGuid(guid).isBlank()) {
            throw new IllegalArgumentException("cannot create a " + model.name() + " with a blank guid");
        }
        return type.cast(instantiate(ObjectState.fresh(this, model, guid, true)));
    }

    @Override
    public <T extends DataObject> T get(Class<T> type, String guid) {
        return get(type, guid, Consistency.CACHED);
    }

    @Override
    public <T extends DataObject> T get(Class<T> type, String guid, Consistency consistency) {
        HybridModel model = registry.require(type);
        return type.cast(load(model, requireGuid(guid), consistency).orElseThrow(() -> new ObjectNotFoundException(
                model.name() + " with guid '" + guid + "' could not be found")));
    }

    @Override
    public <T extends DataObject> Optional<T> find(Class<T> type, String guid) {
        HybridModel model = registry.require(type);
        return load(model, requireGuid(guid), Consistency.CACHED).map(type::cast);
    }

    @Override
    public <T extends DataObject> DataList<T> list(Class<T> type, Collection<String> guids) {
        HybridModel model = registry.require(type);
        List<String> copy = List.copyOf(guids);
        return dataList(model, () -> copy);
    }

    @Override
    public <T extends DataObject> Query<T> query(Class<T> type) {
        return queries.query(type, registry.require(type));
    }

    // --- by name -------------------------------------------------------------------------------

    @Override
    public DalModel model() {
        return registry.description();
    }

    @Override
    public DataObject create(String hybrid) {
        return create(registry.require(hybrid).type());
    }

    @Override
    public DataObject create(String hybrid, String guid) {
        return create(registry.require(hybrid).type(), guid);
    }

    @Override
    public DataObject get(String hybrid, String guid) {
        return get(registry.require(hybrid).type(), guid, Consistency.CACHED);
    }

    @Override
    public DataObject get(String hybrid, String guid, Consistency consistency) {
        return get(registry.require(hybrid).type(), guid, consistency);
    }

    @Override
    public Optional<DataObject> find(String hybrid, String guid) {
        return load(registry.require(hybrid), requireGuid(guid), Consistency.CACHED);
    }

    @Override
    public DataList<DataObject> list(String hybrid, Collection<String> guids) {
        HybridModel model = registry.require(hybrid);
        List<String> copy = List.copyOf(guids);
        return dataList(model, () -> copy);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Query<DataObject> query(String hybrid) {
        HybridModel model = registry.require(hybrid);
        return queries.query((Class<DataObject>) model.type(), model);
    }

    @Override
    public DalAdmin admin() {
        return admin;
    }

    @Override
    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        return objectWrites.inTransaction(work);
    }

    @Override
    public <T extends DataObject> Subscription subscribe(Class<T> type, Consumer<ChangeEvent<T>> listener) {
        return ChangeFeed.subscribe(persistent, registry.require(type), listener);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        checks.close();
        if (near != null) {
            near.close();
        }
        if (ownsVolatile) {
            volatileStore.close();
        }
        if (ownsPersistent) {
            persistent.close();
        }
    }

    // --- instances -----------------------------------------------------------------------------

    private DataObject instantiate(ObjectState state) {
        DataObject instance = state.model().proxy().instantiate();
        ((HybridProxy) instance).$$hybridAttach(state);
        state.attach(instance);
        return instance;
    }

    private static String requireGuid(String guid) {
        return Objects.requireNonNull(guid, "guid");
    }

    /** The object, or empty if it does not exist. */
    public Optional<DataObject> load(HybridModel model, String guid, Consistency consistency) {
        Snapshot snapshot = read(model, guid, consistency);
        return snapshot == null ? Optional.empty() : Optional.of(instantiate(ObjectState.loaded(this, model, guid, snapshot)));
    }

    /** The stored snapshot, or null. */
    public Snapshot read(HybridModel model, String guid, Consistency consistency) {
        return documents.read(model, guid, consistency);
    }

    /** The stored snapshots of {@code guids}, by guid, in order; missing ones left out. */
    public Map<String, Snapshot> readAll(HybridModel model, Collection<String> guids, Consistency consistency) {
        return documents.readAll(model, guids, consistency);
    }

    /** Current snapshots of the objects, by store key (absent: deleted), in one multi-get. */
    public Map<String, Snapshot> readFresh(List<ObjectState> states) {
        List<String> keys = new ArrayList<>(states.size());
        states.forEach(s -> keys.add(s.key()));
        Map<String, KeyValue> found = persistent.getAll(keys, ReadConsistency.LINEARIZABLE);
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        for (ObjectState s : states) {
            KeyValue kv = found.get(s.key());
            documents.observed(s.model(), s.guid(), kv); // keeps this Dal's later reads at least this fresh
            if (kv != null) {
                snapshots.put(s.key(), io.hybriddal.dal.internal.codec.DocumentCodec.decode(s.model(), kv));
            }
        }
        return snapshots;
    }

    private <T extends DataObject> DataList<T> dataList(HybridModel model, LazyDataList.GuidSource source) {
        return new LazyDataList<>(model.name(), source, guids -> loadPage(model, guids), filter -> queries.where(model, source, filter));
    }

    private Map<String, DataObject> loadPage(HybridModel model, List<String> guids) {
        Map<String, DataObject> objects = new LinkedHashMap<>(guids.size() * 2);
        readAll(model, guids, Consistency.CACHED).forEach((guid, snapshot) ->
                objects.put(guid, instantiate(ObjectState.loaded(this, model, guid, snapshot))));
        return objects;
    }

    /** The guids of the children listed by a one-to-many backref, in guid order. */
    public List<String> backrefGuids(BackrefModel backref, String targetGuid) {
        if (backref.oneToOne()) {
            KeyValue kv = persistent.get(Keys.reverseOne(backref.relation(), targetGuid), ReadConsistency.LINEARIZABLE);
            return kv == null ? List.of() : List.of(new String(kv.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return documents.scanGuids(Keys.reversePrefix(backref.relation(), targetGuid));
    }

    DataList<?> backrefList(BackrefModel backref, String targetGuid) {
        return dataList(backref.source(), () -> backrefGuids(backref, targetGuid));
    }

    DataList<?> emptyList(HybridModel model) {
        return dataList(model, List::of);
    }

    DataObject oneToOneChild(BackrefModel backref, String targetGuid) {
        List<String> child = backrefGuids(backref, targetGuid);
        return child.isEmpty() ? null : load(backref.source(), child.get(0), Consistency.CACHED).orElse(null);
    }

    // --- writes --------------------------------------------------------------------------------

    void save(ObjectState state) {
        objectWrites.save(state);
    }

    void saveRecursive(ObjectState root) {
        objectWrites.saveRecursive(root);
    }

    void delete(ObjectState state, String[] abandon) {
        objectWrites.delete(state, abandon);
    }

    /**
     * Called after a commit at {@code revision} wrote an object ({@code stored}: its new state)
     * or deleted or changed it on the side ({@code stored == null}).
     */
    public void afterCommit(HybridModel model, String guid, Snapshot stored, long revision) {
        if (near != null) {
            near.committed(model, guid, stored, revision);
        }
        dynamics.invalidateAll(model, guid);
    }

    /** The near cache, or null when disabled. */
    public NearCache nearCache() {
        return near;
    }

    // --- parts ---------------------------------------------------------------------------------

    public PersistentStore persistent() {
        return persistent;
    }

    public DynamicCache dynamics() {
        return dynamics;
    }

    public int maxDocumentBytes() {
        return maxDocumentBytes;
    }

    public int maxSaveAttempts() {
        return maxSaveAttempts;
    }

    public ConflictPolicy conflictPolicy() {
        return conflictPolicy;
    }

    public ModelRegistry registry() {
        return registry;
    }

    public MeterRegistry meters() {
        return meters;
    }
}
