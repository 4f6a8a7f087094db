package io.hybriddal.conformance;

import io.hybriddal.dal.spi.VolatileStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;

/**
 * The conformance contract of {@link VolatileStore}: extend it once per store implementation and
 * every contract interface it implements runs against that store.
 *
 * <p>A subclass must provide {@link #openStore()}, returning a store that holds no entries (a new
 * memory store; a memcached pool after a flush). When the subclass can move the time the store's
 * TTLs follow (a {@link MutableClock} handed to the store), it overrides {@link #controlsTime()}
 * and {@link #advanceTime(Duration)}; otherwise the expiry tests are skipped, since waiting for
 * real TTLs would make the kit slow and flaky.
 */
public abstract class VolatileStoreContract implements VolatileBasicContract, VolatileExpiryContract,
        VolatileConcurrencyContract {

    private final Deque<VolatileStore> opened = new ArrayDeque<>();

    /** A store with no entries; the kit closes it after the test. */
    protected abstract VolatileStore openStore();

    /** Whether {@link #advanceTime(Duration)} works; false by default. */
    protected boolean controlsTime() {
        return false;
    }

    /** Moves the time the store's TTLs follow forward by {@code duration}. */
    protected void advanceTime(Duration duration) {
        throw new UnsupportedOperationException(getClass().getName() + " does not control the store's time");
    }

    @Override
    public final synchronized VolatileStore newStore() {
        VolatileStore store = openStore();
        opened.push(store);
        return store;
    }

    @Override
    public final boolean timeControlled() {
        return controlsTime();
    }

    @Override
    public final void moveTime(Duration duration) {
        advanceTime(duration);
    }

    /** Closes the stores the test opened, newest first; reports the first failure. */
    @AfterEach
    protected final synchronized void closeStoresOpened() {
        RuntimeException first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
