package io.hybriddal.dal.feed;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.dal.spi.StoreWatch;
import io.hybriddal.dal.spi.WatchListener;
import io.hybriddal.dal.spi.support.ForwardingPersistentStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A store that knows how far each watch listener has got: {@link #awaitHandedOver(long)} returns
 * once every watch of one prefix has returned from its {@code onChanges} for a revision, so a test
 * knows the feed has taken a commit in (without sleeping).
 */
final class HandOverProbe extends ForwardingPersistentStore {

    private final Map<WatchListener, Long> returned = new ConcurrentHashMap<>();
    private final String prefix;

    /** @param prefix the watches to follow: those of exactly this prefix */
    HandOverProbe(PersistentStore delegate, String prefix) {
        super(delegate);
        this.prefix = prefix;
    }

    @Override
    public StoreWatch watch(String prefix, long afterRevision, WatchListener listener) {
        if (!prefix.equals(this.prefix)) {
            return super.watch(prefix, afterRevision, listener);
        }
        returned.put(listener, afterRevision);
        return super.watch(prefix, afterRevision, new WatchListener() {
            @Override
            public void onChanges(List<KeyChange> changes) {
                listener.onChanges(changes);
                synchronized (HandOverProbe.this) {
                    returned.put(listener, changes.get(0).revision());
                    HandOverProbe.this.notifyAll();
                }
            }

            @Override
            public void onCompacted(long compactRevision) {
                listener.onCompacted(compactRevision);
            }

            @Override
            public void onError(Throwable error) {
                listener.onError(error);
            }
        });
    }

    /** Waits (bounded) until every watch has handed over the commit at {@code revision}. */
    synchronized void awaitHandedOver(long revision) throws InterruptedException {
        long deadline = System.nanoTime() + FeedRecorder.WAIT.toNanos();
        while (returned.values().stream().anyMatch(r -> r < revision)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("watches did not hand over revision " + revision + ": " + returned.values());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
