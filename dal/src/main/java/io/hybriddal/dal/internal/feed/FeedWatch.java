package io.hybriddal.dal.internal.feed;

import io.hybriddal.dal.FeedGap;
import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store-watch side of a subscription: runs on the store's watch thread and does nothing
 * there but drop replays (a revision already handed over, after a resume) and offer the rest to
 * the subscription's {@link FeedQueue}, which never blocks. Calls are never concurrent (the
 * {@link WatchListener} contract), so the last revision is a plain field.
 */
final class FeedWatch implements WatchListener {

    private static final Logger LOG = LoggerFactory.getLogger(FeedWatch.class);

    private final String hybrid;
    private final FeedQueue queue;
    private long handedOver;

    /** @param from changes up to this revision are not wanted */
    FeedWatch(String hybrid, FeedQueue queue, long from) {
        this.hybrid = hybrid;
        this.queue = queue;
        this.handedOver = from;
    }

    @Override
    public void onChanges(List<KeyChange> changes) {
        long revision = changes.get(0).revision();
        if (revision <= handedOver) {
            return; // replayed after a resume: already handed over
        }
        handedOver = revision;
        queue.offer(changes);
    }

    @Override
    public void onCompacted(long compactRevision) {
        LOG.warn("changes of {} after revision {} up to {} were compacted away before they could be read;"
                + " the subscription reports a gap", hybrid, handedOver, compactRevision);
        queue.gap(compactRevision, FeedGap.Reason.COMPACTED);
        handedOver = Math.max(handedOver, compactRevision);
    }

    @Override
    public void onInterrupted(Throwable cause) {
        LOG.info("change feed of {} interrupted after revision {} ({}); resuming from it", hybrid, handedOver, cause.toString());
    }

    @Override
    public void onResumed() {
        LOG.info("change feed of {} resumed after revision {}", hybrid, handedOver);
    }

    @Override
    public void onError(Throwable error) {
        LOG.error("change feed of {} stopped for good after revision {}: {}", hybrid, handedOver, error.toString(), error);
    }
}
