package io.hybriddal.dal;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;

/**
 * Operations for tools and operators ({@link Dal#admin()}): the stores and meters behind a Dal,
 * the near cache's state, object counts, the cached state of dynamics and a consistency check of
 * the derived keys. Everything here reads only. Thread-safe.
 */
public interface DalAdmin {

    /** The persistent store the Dal reads and writes (for its namespace, revision and health); do not write to it directly. */
    PersistentStore persistentStore();

    /** The volatile store caching the dynamics. */
    VolatileStore volatileStore();

    /** Where the Dal publishes its meters (names start with {@code hybriddal.}). */
    MeterRegistry meterRegistry();

    /** The near cache's size, last revision seen, hits, misses and watch lag; empty when the near cache is disabled. */
    Optional<NearCacheStatus> nearCache();

    /**
     * How many objects of the hybrid are stored, counted from the store's keys (no document is read).
     *
     * @throws InvalidHybridException if no hybrid has that name
     */
    long count(String hybrid);

    /**
     * The hits, misses and timers of one dynamic in this process.
     *
     * @throws InvalidHybridException   if no hybrid has that name
     * @throws IllegalArgumentException if the hybrid has no such dynamic
     */
    DynamicStatistics dynamicStatistics(String hybrid, String dynamic);

    /**
     * What the volatile store holds for a dynamic of {@code object}, without computing it; empty
     * when nothing is cached.
     *
     * @throws IllegalArgumentException if the object's hybrid has no such dynamic
     */
    Optional<CachedDynamic> cachedDynamic(DataObject object, String dynamic);

    /**
     * Checks that the unique, index and reverse-index keys agree with the stored documents: every
     * document is decoded and the keys it implies derived as a save writes them, then every stored
     * key is matched against them. Reads every object once; memory grows with the number of keys.
     *
     * @param examplesPerKind how many problems of each kind to describe (the others are counted)
     */
    ConsistencyReport checkConsistency(int examplesPerKind);
}
