package io.hybriddal.integration;

import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import io.hybriddal.dal.spi.support.ForwardingWatchListener;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A store that counts how often the watches of one prefix were interrupted and resumed, so a
 * test can tell that a fault really reached the watch it cares about. Closing it closes the delegate.
 */
final class WatchResumes extends ForwardingPersistentStore {

    private final String prefix;
    private final AtomicInteger interrupted = new AtomicInteger();
    private final AtomicInteger resumed = new AtomicInteger();

    WatchResumes(PersistentStore delegate, String prefix) {
        super(delegate);
        this.prefix = prefix;
    }

    int interrupted() {
        return interrupted.get();
    }

    int resumed() {
        return resumed.get();
    }

    @Override
    public StoreWatch watch(String watched, long afterRevision, WatchListener listener) {
        if (!watched.equals(prefix)) {
            return super.watch(watched, afterRevision, listener);
        }
        return super.watch(watched, afterRevision, new ForwardingWatchListener(listener) {
            @Override
            public void onInterrupted(Throwable cause) {
                interrupted.incrementAndGet();
                super.onInterrupted(cause);
            }

            @Override
            public void onResumed() {
                resumed.incrementAndGet();
                super.onResumed();
            }
        });
    }
}
