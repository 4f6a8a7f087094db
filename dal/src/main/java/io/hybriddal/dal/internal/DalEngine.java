package io.hybriddal.dal.internal;

import io.hybriddal.dal.ChangeEvent;
import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalAdmin;
import io.hybriddal.dal.DalModel;
import io.hybriddal.dal.DataList;
import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.Design;
import io.hybriddal.dal.FeedOptions;
import io.hybriddal.dal.MigrationProgress;
import io.hybriddal.dal.MigrationResult;
import io.hybriddal.dal.ModelStatus;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.PendingPlan;
import io.hybriddal.dal.Plan;
import io.hybriddal.dal.Query;
import io.hybriddal.dal.Snapshot;
import io.hybriddal.dal.Subscription;
import io.hybriddal.dal.Traversal;
import io.hybriddal.dal.internal.codec.Guids;
import io.hybriddal.dal.internal.model.HybridModel;
import io.hybriddal.dal.internal.model.ModelRegistry;
import io.hybriddal.dal.internal.object.Liveness;
import io.hybriddal.dal.internal.proxy.ProxyFactory;
import io.hybriddal.dal.internal.traverse.GraphTraversal;
import io.hybriddal.dal.internal.write.SaveChecks;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link Dal} implementation: wires the engine's parts (reads, writes, queries, dynamics,
 * the change feed, the admin view) once, then hands each call to the part that owns it. No part
 * sees the engine: each gets the narrow collaborators it needs. Thread-safe; instances it
 * returns are not. Not for users.
 */
public final class DalEngine implements Dal {

    private final ModelRegistry registry;
    private final StoreHandles stores;
    private final SaveChecks checks;
    private final Liveness liveness = new Liveness();
    private final EngineParts parts;

    private DalEngine(DalConfig config, ModelRegistry registry, SaveChecks checks, StoreHandles stores) {
        this.registry = registry;
        this.checks = checks;
        this.stores = stores;
        this.parts = new EngineParts(config, registry, checks, stores, liveness, this);
    }

    /** Registers the hybrids (failing before any store is opened), then opens the stores. */
    public static Dal start(DalConfig config) {
        SaveChecks checks = new SaveChecks();
        ModelRegistry registry;
        try {
            registry = ModelRegistry.build(config.hybrids(), checks::isConstrained, ProxyFactory::proxyFor);
        } catch (RuntimeException e) {
            checks.close();
            throw e;
        }
        return new DalEngine(config, registry, checks, StoreHandles.open(config));
    }

    @Override
    public <T extends DataObject> T create(Class<T> type) {
        liveness.requireOpen();
        return type.cast(parts.loader.create(registry.require(type), UUID.randomUUID().toString(), false));
    }

    @Override
    public <T extends DataObject> T create(Class<T> type, String guid) {
        liveness.requireOpen();
        HybridModel model = registry.require(type);
        Guids.requireValid(model.name(), requireGuid(guid));
        return type.cast(parts.loader.create(model, guid, true));
    }

    @Override
    public <T extends DataObject> T get(Class<T> type, String guid) {
        return get(type, guid, Consistency.CACHED);
    }

    @Override
    public <T extends DataObject> T get(Class<T> type, String guid, Consistency consistency) {
        liveness.requireOpen();
        return type.cast(get(registry.require(type), guid, consistency));
    }

    private DataObject get(HybridModel model, String guid, Consistency consistency) {
        DataObject found = parts.loader.loadOrNull(model, requireGuid(guid), consistency);
        if (found == null) {
            throw new ObjectNotFoundException(model.name() + " with guid '" + guid + "' could not be found");
        }
        return found;
    }

    @Override
    public <T extends DataObject> Optional<T> find(Class<T> type, String guid) {
        liveness.requireOpen();
        return parts.loader.load(registry.require(type), requireGuid(guid), Consistency.CACHED).map(type::cast);
    }

    @Override
    public <T extends DataObject> DataList<T> list(Class<T> type, Collection<String> guids) {
        liveness.requireOpen();
        return parts.loader.list(registry.require(type), guids);
    }

    @Override
    public <T extends DataObject> Query<T> query(Class<T> type) {
        liveness.requireOpen();
        return parts.queries.query(type, registry.require(type));
    }

    @Override
    public DalModel model() {
        liveness.requireOpen();
        return registry.description();
    }

    @Override
    public DataObject create(String hybrid) {
        liveness.requireOpen();
        return create(registry.require(hybrid).type());
    }

    @Override
    public DataObject create(String hybrid, String guid) {
        liveness.requireOpen();
        return create(registry.require(hybrid).type(), guid);
    }

    @Override
    public DataObject get(String hybrid, String guid) {
        liveness.requireOpen();
        return get(registry.require(hybrid), guid, Consistency.CACHED);
    }

    @Override
    public DataObject get(String hybrid, String guid, Consistency consistency) {
        liveness.requireOpen();
        return get(registry.require(hybrid), guid, consistency);
    }

    @Override
    public Optional<DataObject> find(String hybrid, String guid) {
        liveness.requireOpen();
        return parts.loader.load(registry.require(hybrid), requireGuid(guid), Consistency.CACHED);
    }

    @Override
    public DataList<DataObject> list(String hybrid, Collection<String> guids) {
        liveness.requireOpen();
        return parts.loader.list(registry.require(hybrid), guids);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Query<DataObject> query(String hybrid) {
        liveness.requireOpen();
        HybridModel model = registry.require(hybrid);
        return parts.queries.query((Class<DataObject>) model.type(), model);
    }

    @Override
    public Traversal traverse(DataObject start) {
        liveness.requireOpen();
        return new GraphTraversal(registry, parts.loader, liveness, start);
    }

    @Override
    public Plan plan(Design design) {
        return parts.plans.plan(design);
    }

    @Override
    public List<PendingPlan> pendingPlans() {
        return parts.plans.pending();
    }

    @Override
    public DalAdmin admin() {
        liveness.requireOpen();
        return parts.admin;
    }

    @Override
    public ModelStatus modelStatus() {
        liveness.requireOpen();
        return parts.migrator.status();
    }

    @Override
    public MigrationResult migrate() {
        liveness.requireOpen();
        return parts.migrator.migrate(null);
    }

    @Override
    public MigrationResult migrate(MigrationProgress progress) {
        liveness.requireOpen();
        return parts.migrator.migrate(Objects.requireNonNull(progress, "progress"));
    }

    @Override
    public void inTransaction(Runnable work) {
        liveness.requireOpen();
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public <R> R inTransaction(Supplier<R> work) {
        liveness.requireOpen();
        return parts.writes.inTransaction(work);
    }

    @Override
    public <T extends DataObject> Subscription subscribe(Class<T> type, Consumer<ChangeEvent<T>> listener, FeedOptions options) {
        liveness.requireOpen();
        return parts.feed.subscribe(registry.require(type), listener, options);
    }

    @Override
    public <T extends DataObject> Snapshot<T> snapshot(Class<T> type) {
        liveness.requireOpen();
        return parts.feed.snapshot(registry.require(type));
    }

    @Override
    public synchronized void close() {
        if (!liveness.close()) {
            return;
        }
        checks.close();
        parts.feed.close();
        parts.record.close();
        if (parts.near != null) {
            parts.near.close();
        }
        if (parts.results != null) {
            parts.results.close();
        }
        stores.close();
    }

    private static String requireGuid(String guid) {
        return Objects.requireNonNull(guid, "guid");
    }

    /** The registry (for tests of the engine). */
    public ModelRegistry registry() {
        return registry;
    }
}
