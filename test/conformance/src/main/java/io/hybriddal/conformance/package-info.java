/**
 * The store conformance kit: abstract JUnit 5 contracts every store implementation runs.
 *
 * <p>A persistent store module extends {@link io.hybriddal.conformance.PersistentStoreContract}
 * and a volatile store module extends {@link io.hybriddal.conformance.VolatileStoreContract};
 * each class implements one contract interface per concern (reads and writes, revisions,
 * conditions, scans, watches, compaction, concurrency / basics, expiry, concurrency), so one
 * subclass runs them all. A store that cannot meet one test may override that default method
 * and disable it, with the reason. {@link io.hybriddal.conformance.MutableClock} lets TTL tests
 * move time instead of sleeping.
 */
package io.hybriddal.conformance;
