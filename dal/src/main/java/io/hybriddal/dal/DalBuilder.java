package io.hybriddal.dal;

import io.hybriddal.dal.internal.DalConfig;
import io.hybriddal.dal.internal.DalEngine;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures and builds a {@link Dal}. Not thread-safe; each {@link #build()} gives an
 * independent Dal.
 */
public final class DalBuilder {

    private String persistentUri = "memory:";
    private PersistentStore persistentStore;
    private String volatileUri = "memory:";
    private VolatileStore volatileStore;
    private final List<Class<? extends DataObject>> hybrids = new ArrayList<>();
    private boolean scan;
    private ClassLoader scanLoader;
    private Clock clock = Clock.systemUTC();
    private ConflictPolicy conflictPolicy = ConflictPolicy.LOCAL_WINS;
    private int maxSaveAttempts = 8;
    private long nearCacheSize = 100_000;
    private long localResultsSize = 10_000;
    private Duration nearCacheStaleAfter = Duration.ofSeconds(2);
    private MeterRegistry meterRegistry;
    private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
    private int maxDocumentBytes = 1 << 20;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final List<Migration> migrations = new ArrayList<>();
    private Duration migrationLockLease = Duration.ofSeconds(15);
    private final Map<Class<?>, Reconciler<?>> reconcilers = new LinkedHashMap<>();

    DalBuilder() {
    }

    /** The persistent store to open (and close with the Dal): {@code memory:}, {@code file:<dir>}, {@code etcd://...}. */
    public DalBuilder persistentStore(String uri) {
        this.persistentUri = Objects.requireNonNull(uri, "uri");
        this.persistentStore = null;
        return this;
    }

    /** A persistent store owned by the caller (not closed by the Dal; may be shared by several Dals). */
    public DalBuilder persistentStore(PersistentStore store) {
        this.persistentStore = Objects.requireNonNull(store, "store");
        return this;
    }

    /** The volatile store to open (and close with the Dal): {@code memory:}, {@code memcached://...}. */
    public DalBuilder volatileStore(String uri) {
        this.volatileUri = Objects.requireNonNull(uri, "uri");
        this.volatileStore = null;
        return this;
    }

    /** A volatile store owned by the caller (not closed by the Dal). */
    public DalBuilder volatileStore(VolatileStore store) {
        this.volatileStore = Objects.requireNonNull(store, "store");
        return this;
    }

    /**
     * Registers hybrids. A hybrid's relations must point at registered hybrids; registering a
     * subclass of a hybrid makes it replace its base everywhere.
     */
    @SafeVarargs
    public final DalBuilder register(Class<? extends DataObject>... types) {
        hybrids.addAll(Arrays.asList(types));
        return this;
    }

    /**
     * Registers every hybrid listed in the generated hybrid indexes on the class path (those the
     * thread's context class loader sees when {@link #build()} runs).
     */
    public DalBuilder scan() {
        this.scan = true;
        this.scanLoader = null;
        return this;
    }

    /**
     * Registers every hybrid listed in the generated hybrid indexes that {@code loader} sees
     * ({@link HybridIndex#load(ClassLoader)}), loading the classes through it: for tools that load
     * an application's model at run time in a class loader of their own. The indexes are found by
     * {@link ClassLoader#getResources(String)}, so they include those of the loader's parents
     * unless the loader hides them. Replaces an earlier {@link #scan()}.
     */
    public DalBuilder scan(ClassLoader loader) {
        this.scan = true;
        this.scanLoader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /** The clock for dynamic TTLs and the default memory stores (default: system UTC). */
    public DalBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The conflict policy of objects that set none themselves (default {@link ConflictPolicy#LOCAL_WINS}). */
    public DalBuilder conflictPolicy(ConflictPolicy policy) {
        this.conflictPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** How many commit attempts a save or delete makes before {@link RaceConditionException} (default 8). */
    public DalBuilder maxSaveAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("maxSaveAttempts must be at least 1: " + attempts);
        }
        this.maxSaveAttempts = attempts;
        return this;
    }

    /** Maximum number of object documents in the near cache (default 100,000; 0 disables it). */
    public DalBuilder nearCacheSize(long entries) {
        if (entries < 0) {
            throw new IllegalArgumentException("nearCacheSize must not be negative: " + entries);
        }
        this.nearCacheSize = entries;
        return this;
    }

    /**
     * Maximum number of query results and backref member lists this process keeps next to its near
     * cache (default 10,000; 0 disables them). They are served with the near cache's coherence:
     * this Dal's own commits at once, other processes' once the store's watch delivered them, never
     * while the watch is interrupted. Without a near cache ({@code nearCacheSize(0)}) none are kept.
     */
    public DalBuilder localResultsSize(long lists) {
        if (lists < 0) {
            throw new IllegalArgumentException("localResultsSize must not be negative: " + lists);
        }
        this.localResultsSize = lists;
        return this;
    }

    /**
     * How long the near cache may keep serving after the last sign of life of its watch (default
     * 2 s). A watch that delivers nothing for a quarter of this is asked for progress; after three
     * quarters without an answer (an etcd member frozen, yet holding its connections open) every
     * read goes to the store, and fails or succeeds as the store does, until the watch answers
     * again. Stores whose watch cannot fall behind (the embedded ones) are never affected.
     *
     * @throws IllegalArgumentException unless the bound is at least 100 ms
     */
    public DalBuilder nearCacheStaleAfter(Duration bound) {
        if (Objects.requireNonNull(bound, "bound").toMillis() < 100) {
            throw new IllegalArgumentException("nearCacheStaleAfter must be at least 100 ms: " + bound);
        }
        this.nearCacheStaleAfter = bound;
        return this;
    }

    /**
     * The largest object document a save may write (default 1 MiB, under etcd's 1.5 MiB request
     * limit); a larger one is refused before anything is sent, naming the largest properties.
     */
    public DalBuilder maxDocumentBytes(int bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxDocumentBytes must be at least 1024: " + bytes);
        }
        this.maxDocumentBytes = bytes;
        return this;
    }

    /**
     * Where hybrid-dal publishes its metrics (meter names start with {@code hybriddal.}; the
     * README's "Metrics and traces" lists them). Default: a private simple registry that only
     * {@link Dal#admin()} reads. Store calls are timed, and watch interruptions counted, only when
     * a registry is given here: the Dal then wraps its stores once, when it is built.
     */
    public DalBuilder meterRegistry(MeterRegistry registry) {
        this.meterRegistry = Objects.requireNonNull(registry, "registry");
        return this;
    }

    /**
     * Where hybrid-dal reports its observations (traces): one per save, delete, transaction,
     * computed query and dynamic computation, with the hybrid as a low-cardinality and the guid
     * as a high-cardinality key. Cache hits are not observed. Default {@link ObservationRegistry#NOOP}.
     * Whether the registry is a no-op ({@link ObservationRegistry#isNoop()}: NOOP, or no handler yet)
     * is checked once, by {@link #build()}, so that it costs nothing per call: register the
     * handlers before building.
     */
    public DalBuilder observationRegistry(ObservationRegistry registry) {
        this.observationRegistry = Objects.requireNonNull(registry, "registry");
        return this;
    }

    /**
     * Hands the hybrids a dependency they read with {@link DataObject#service(Class)}: typically the
     * client of the storage system their dynamics ask ({@code builder.service(StorageClient.class,
     * client)}), so that hybrids need no static handles and tests can hand them a fake. The Dal
     * does not close it. A second call for one type replaces the first.
     *
     * @throws IllegalArgumentException if {@code instance} is not a {@code type}
     */
    public <T> DalBuilder service(Class<T> type, T instance) {
        Objects.requireNonNull(type, "type");
        if (!type.isInstance(Objects.requireNonNull(instance, "instance"))) {
            throw new IllegalArgumentException("service " + instance.getClass().getName() + " is not a " + type.getName());
        }
        services.put(type, instance);
        return this;
    }

    /**
     * Adds the application's model history: {@link Dal#migrate()} runs the ones the store has not
     * recorded, in ascending version. Calls accumulate.
     *
     * @throws IllegalArgumentException if a version is not positive or is given twice
     */
    public DalBuilder migrations(Migration... steps) {
        for (Migration step : steps) {
            Objects.requireNonNull(step, "migration");
            if (step.version() <= 0) {
                throw new IllegalArgumentException("migration " + step.description() + " has version " + step.version() + ", not > 0");
            }
            for (Migration known : migrations) {
                if (known.version() == step.version()) {
                    throw new IllegalArgumentException("migrations " + known.description() + " and " + step.description()
                            + " both have version " + step.version());
                }
            }
            migrations.add(step);
        }
        return this;
    }

    /**
     * The side effects of plan steps on objects of {@code type} ({@link Plan#apply()}): one
     * reconciler per hybrid; a second call for one type replaces the first.
     *
     * @throws InvalidHybridException (at {@link #build()}) when {@code type} is not registered
     */
    public <T extends DataObject> DalBuilder reconciler(Class<T> type, Reconciler<? super T> reconciler) {
        reconcilers.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(reconciler, "reconciler"));
        return this;
    }

    /**
     * How long the migrator lock of {@link Dal#migrate()} outlives a migrator that stopped renewing
     * it (crashed); default 15 s. Another migrator waits up to twice this for the lock.
     *
     * @throws IllegalArgumentException if not positive
     */
    public DalBuilder migrationLockLease(Duration lease) {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("migration lock lease must be positive: " + lease);
        }
        this.migrationLockLease = lease;
        return this;
    }

    /**
     * Registers the hybrids, opens the stores and returns the Dal. Reads the model the store
     * records (key-space states, model version); never writes.
     *
     * @throws InvalidHybridException naming class and member when a declaration is wrong
     */
    public Dal build() {
        List<Class<? extends DataObject>> types = new ArrayList<>(hybrids);
        if (scan) {
            types.addAll(HybridIndex.load(scanLoader != null ? scanLoader : Thread.currentThread().getContextClassLoader()));
        }
        DalConfig config = new DalConfig(persistentUri, persistentStore, volatileUri, volatileStore,
                List.copyOf(types), clock, conflictPolicy, maxSaveAttempts, nearCacheSize, nearCacheStaleAfter,
                meterRegistry != null ? meterRegistry : new SimpleMeterRegistry(), meterRegistry != null, observationRegistry,
                maxDocumentBytes, Map.copyOf(services), List.copyOf(migrations), migrationLockLease, Map.copyOf(reconcilers),
                localResultsSize);
        return DalEngine.start(config);
    }
}
