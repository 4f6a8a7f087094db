package io.hybriddal.dal.spi.support;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import java.util.Objects;

/**
 * A {@link WatchListener} that forwards every call to another, interruptions and resumptions
 * included: the base of listener wrappers (counting, delaying), which override only what they
 * change and so never drop a call they did not mean to. Calls are as concurrent as the watch
 * makes them (never, by the {@link WatchListener} contract).
 */
public abstract class ForwardingWatchListener implements WatchListener {

    private final WatchListener delegate;

    protected ForwardingWatchListener(WatchListener delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The wrapped listener. */
    public WatchListener delegate() {
        return delegate;
    }

    @Override
    public void onChanges(List<KeyChange> changes) {
        delegate.onChanges(changes);
    }

    @Override
    public void onCompacted(long compactRevision) {
        delegate.onCompacted(compactRevision);
    }

    @Override
    public void onError(Throwable error) {
        delegate.onError(error);
    }

    @Override
    public void onInterrupted(Throwable cause) {
        delegate.onInterrupted(cause);
    }

    @Override
    public void onResumed() {
        delegate.onResumed();
    }

    @Override
    public void onProgress(long revision) {
        delegate.onProgress(revision);
    }
}
