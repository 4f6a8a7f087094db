package io.hybriddal.store.file;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A watch listener that queues what it receives as text, for bounded waits in tests. */
final class RecordingListener implements WatchListener {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void onChanges(List<KeyChange> changes) {
        for (KeyChange change : changes) {
            events.add((change.isDelete() ? "delete " : "put ") + change.key() + " @" + change.revision());
        }
    }

    @Override
    public void onCompacted(long compactRevision) {
        events.add("compacted @" + compactRevision);
    }

    @Override
    public void onError(Throwable error) {
        events.add("error " + error);
    }

    /** The next event, waiting at most 10 s; fails when none arrives. */
    String next() throws InterruptedException {
        String event = events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no watch event within 10 s");
        }
        return event;
    }
}
