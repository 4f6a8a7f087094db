package io.hybriddal.lincheck;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.memory.MemoryVolatileStore;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Model check of the single flight of a locked dynamic: callers in one process share one
 * computation, and callers in two processes (two Dals on one volatile store) take the
 * add-if-absent lock in turn, the loser waiting for the winner's cached value. Sequentially,
 * every read of {@link Meter#getReading()} returns 1 (computed once, then cached); a second
 * computation would return 2, which no sequential order explains. Lincheck explores the
 * interleavings of two threads reading through either Dal.
 *
 * <p>The stores and Dals are shared by every scenario; each starts with the dynamic's entry and
 * lock gone and the computation count at zero.
 */
public class LockedDynamicLincheckTest {

    private static final MemoryPersistentStore STORE = new MemoryPersistentStore();
    private static final MemoryVolatileStore CACHE = new MemoryVolatileStore();
    private static final Dal FIRST = Dal.builder().persistentStore(STORE).volatileStore(CACHE).register(Meter.class).build();
    private static final Dal SECOND = Dal.builder().persistentStore(STORE).volatileStore(CACHE).register(Meter.class).build();
    private static final String GUID = saved();
    /** The dynamic's volatile key as the engine writes it: {@code d:<hybrid>:<guid>:<dynamic>} (the memory store's namespace is empty). */
    private static final String KEY = "d:lmeter:" + GUID + ":reading";

    private static String saved() {
        Meter meter = FIRST.create(Meter.class);
        meter.setName("meter");
        meter.save();
        return meter.getGuid();
    }

    public LockedDynamicLincheckTest() {
        CACHE.delete(KEY);
        CACHE.delete(KEY + ":lock");
        Meter.COMPUTATIONS.set(0);
    }

    @Operation
    public int readInFirstProcess() {
        return FIRST.get(Meter.class, GUID).getReading();
    }

    @Operation
    public int readInSecondProcess() {
        return SECOND.get(Meter.class, GUID).getReading();
    }

    @Test
    void concurrentReaders_computeALockedDynamicOnce() {
        new ModelCheckingOptions().threads(2).actorsPerThread(2).actorsBefore(0).actorsAfter(1)
                .iterations(20).invocationsPerIteration(200).check(getClass());
    }
}
