package io.hybriddal.spring;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.memory.MemoryPersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A memory store that can play an unreachable server, hands out the listeners of its watches and counts those open. */
final class ControllableStore extends ForwardingPersistentStore {

    final List<WatchListener> watchers = new CopyOnWriteArrayList<>();
    final AtomicInteger openWatches = new AtomicInteger();
    volatile boolean unreachable;
    volatile boolean closed;

    ControllableStore() {
        super(new MemoryPersistentStore());
    }

    @Override
    public long currentRevision() {
        if (unreachable) {
            throw new StoreException("store '" + namespace() + "' is unreachable (test)");
        }
        return super.currentRevision();
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        watchers.add(listener);
        StoreWatch watch = super.watch(prefix, afterRevision, listener);
        openWatches.incrementAndGet();
        return () -> {
            openWatches.decrementAndGet();
            watch.close();
        };
    }

    @Override
    public void close() {
        closed = true;
        super.close();
    }
}
