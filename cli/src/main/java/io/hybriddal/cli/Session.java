package io.hybriddal.cli;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.DalBuilder;
import io.hybriddal.dal.HybridInfo;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Dal over the stores a command names, with the hybrids of one model registered: the user's
 * ({@code --model}, loaded by a {@link ModelClassLoader} that leaves the bundled demo model out, and
 * made the thread's context class loader while the session lasts, so that the report reads that
 * model's description), or else the bundled demo model ({@code scan()} of the class path). On the
 * demo model a store holding hybrids the demo does not declare is refused: it was written by
 * another application, whose model the command needs. The session opens and closes the stores
 * itself, so it can probe the persistent store before use, turning an unreachable store into one
 * message naming it. Everything else goes through the Dal's public API ({@code dal.model()},
 * access by hybrid name, {@code dal.admin()}).
 */
final class Session implements AutoCloseable {

    final String persistentUri;
    final String volatileUri;
    final PersistentStore persistent;
    final VolatileStore volatileStore;
    final Dal dal;
    /** The user's model, or null for the bundled demo model. */
    private final ModelClassLoader model;
    private final ClassLoader previousContext;

    private Session(String persistentUri, String volatileUri, PersistentStore persistent, VolatileStore volatileStore, Dal dal,
                    ModelClassLoader model) {
        this.persistentUri = persistentUri;
        this.volatileUri = volatileUri;
        this.persistent = persistent;
        this.volatileStore = volatileStore;
        this.dal = dal;
        this.model = model;
        this.previousContext = Thread.currentThread().getContextClassLoader();
        if (model != null) {
            Thread.currentThread().setContextClassLoader(model);
        }
    }

    /** How a command uses the persistent store: a command that only reads never creates a store. */
    enum Access { READ_ONLY, READ_WRITE }

    /** A session on the stores and the model (--model, $HYBRIDDAL_MODEL, else the demo's) of a command. */
    static Session open(StoreOptions stores, Clock clock, Access access) {
        return open(stores.persistent, stores.volatileStore, stores.modelPaths(), clock, access);
    }

    /** A session on the bundled demo model. */
    static Session open(String persistentUri, String volatileUri, Clock clock, Access access) {
        return open(persistentUri, volatileUri, List.of(), clock, access);
    }

    /**
     * A session on the model in {@code modelPaths} (jars or class directories), or on the bundled
     * demo model when there are none.
     *
     * @throws IllegalArgumentException when the model cannot be loaded, or when the demo model does
     *                                  not declare every hybrid the store holds
     */
    static Session open(String persistentUri, String volatileUri, List<Path> modelPaths, Clock clock, Access access) {
        ModelClassLoader model = modelPaths.isEmpty() ? null : ModelClassLoader.of(modelPaths);
        PersistentStore persistent;
        try {
            persistent = StoreOpening.persistent(persistentUri, access);
        } catch (RuntimeException e) {
            if (model != null) {
                model.closeQuietly();
            }
            throw e;
        }
        VolatileStore volatileStore = null;
        Dal dal = null;
        try {
            volatileStore = StoreOpening.volatileStore(volatileUri, clock);
            dal = build(Dal.builder().persistentStore(persistent).volatileStore(volatileStore).clock(clock)
                    .meterRegistry(new SimpleMeterRegistry()), model);
            if (model == null) {
                requireDemoModelCovers(dal, persistentUri);
            }
            return new Session(persistentUri, volatileUri, persistent, volatileStore, dal, model);
        } catch (RuntimeException e) {
            if (dal != null) {
                dal.close();
            }
            if (volatileStore != null) {
                volatileStore.close();
            }
            persistent.close();
            if (model != null) {
                model.closeQuietly();
            }
            throw e;
        }
    }

    private static Dal build(DalBuilder builder, ModelClassLoader model) {
        if (model == null) {
            return builder.scan().build();
        }
        try {
            return builder.scan(model).build();
        } catch (LinkageError e) {
            throw new IllegalArgumentException("the model in --model " + model.describe() + " needs " + e.getMessage()
                    + ", which it does not hold: add the jar or directory holding it to --model", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the model in --model " + model.describe() + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a store written by another application: the demo model would misread it. */
    private static void requireDemoModelCovers(Dal dal, String persistentUri) {
        List<String> unknown = unknownStoredHybrids(dal);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("store " + redacted(persistentUri) + " holds objects of hybrids the bundled demo model does not declare ("
                    + String.join(", ", unknown) + "): it was written by another application; run the command on that application's model"
                    + " with --model PATH (its jar or classes, with the generated hybrid index) or $" + StoreOptions.MODEL_ENV);
        }
    }

    /** The hybrids with objects in the store that the session's model does not declare, sorted. */
    List<String> unknownStoredHybrids() {
        return unknownStoredHybrids(dal);
    }

    private static List<String> unknownStoredHybrids(Dal dal) {
        Set<String> known = dal.model().hybrids().stream().map(HybridInfo::name).collect(Collectors.toSet());
        return dal.admin().storedHybrids().stream().filter(h -> !known.contains(h)).toList();
    }

    /** Which model the session reads the store with, for messages. */
    String modelName() {
        return model == null ? "the bundled demo model" : "the model in " + model.describe();
    }

    /** The URI without secrets, for messages. */
    static String redacted(String uri) {
        try {
            return StoreUri.parse(uri).redacted();
        } catch (IllegalArgumentException e) {
            return "[" + uri + "]";
        }
    }

    /**
     * The registered hybrid named {@code name}.
     *
     * @throws io.hybriddal.dal.InvalidHybridException listing the known ones when there is none
     */
    HybridInfo hybrid(String name) {
        return dal.model().hybrid(name);
    }

    /** Every registered hybrid, in registration order. */
    List<HybridInfo> hybrids() {
        return dal.model().hybrids();
    }

    List<String> hybridNames() {
        return hybrids().stream().map(HybridInfo::name).sorted().toList();
    }

    @Override
    public void close() {
        try {
            dal.close();
        } finally {
            try {
                volatileStore.close();
            } finally {
                try {
                    persistent.close();
                } finally {
                    if (model != null) {
                        Thread.currentThread().setContextClassLoader(previousContext);
                        model.closeQuietly();
                    }
                }
            }
        }
    }
}
