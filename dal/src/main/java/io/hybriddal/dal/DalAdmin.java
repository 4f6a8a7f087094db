package io.hybriddal.dal;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.VolatileStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operations for tools and operators ({@link Dal#admin()}): the stores and meters behind a Dal,
 * the near cache's state, object counts, the cached state of dynamics and a consistency check of
 * the derived keys, and the stored documents as they are (for backups). Everything here reads
 * only, except {@link #restoreUnknownFields}, which prepares an unsaved object. Thread-safe.
 */
public interface DalAdmin {

    /** The last plan applied to the store, by any process (see {@link Dal#plan(Design)}), or empty. */
    Optional<AppliedPlan> lastAppliedPlan();

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

    /**
     * The names of the hybrids that have at least one object in the persistent store, sorted,
     * whether or not this Dal registered them: what a backup must cover. Reads keys only, skipping
     * from one hybrid to the next (one scan request per stored hybrid).
     */
    List<String> storedHybrids();

    /**
     * Every stored document of the hybrid named {@code hybrid} exactly as stored (see
     * {@link StoredDocument}), registered or not, in the store's key order (by escaped guid). The
     * iteration reads the store page by page as it goes, each page at the store's revision of the
     * moment: objects saved or deleted meanwhile may or may not be seen, as with a query.
     *
     * <p>A document that is not a JSON object makes {@code next()} throw a
     * {@link CorruptDataException} naming its key; the iterator has then moved past it, so a tool
     * can report it and go on with {@code hasNext()} and {@code next()}.
     *
     * @throws IllegalArgumentException when {@code hybrid} cannot be a hybrid name
     * @throws CorruptDataException     (from the iterator's {@code next()}) naming the key of a document that is not a JSON object
     */
    Iterable<StoredDocument> storedDocuments(String hybrid);

    /**
     * One stored document exactly as stored, or empty when there is no such object.
     *
     * @throws IllegalArgumentException when {@code hybrid} cannot be a hybrid name
     * @throws CorruptDataException     naming the key when the document is not a JSON object
     */
    Optional<StoredDocument> storedDocument(String hybrid, String guid);

    /**
     * Gives a new, unsaved object stored fields its hybrid does not declare, as a restore needs
     * them ({@link StoredDocument#fields()} of a backup). Its first save writes them into the
     * document unchanged, and later saves keep them, as they keep the unknown fields of any loaded
     * document. Replaces what an earlier call set.
     *
     * @param unsaved an object of this Dal, not yet saved
     * @param fields  field name to value as JSON text
     * @throws IllegalStateException    when the object was saved or loaded
     * @throws IllegalArgumentException when the object is not of this Dal, a name is a field its
     *                                  hybrid declares (set those with {@link DataObject#set}) or
     *                                  the reserved version field {@code _v}, or a value is not one JSON value
     */
    void restoreUnknownFields(DataObject unsaved, Map<String, String> fields);
}
