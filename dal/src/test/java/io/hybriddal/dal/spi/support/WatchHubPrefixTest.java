package io.hybriddal.dal.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hybriddal.dal.spi.KeyChange;
import io.hybriddal.dal.spi.WatchListener;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

class WatchHubPrefixTest {

    @Test
    void publish_handsEachWatchOnlyItsKeysInCommitOrder_whenKeysInAndOutOfThePrefixInterleave() throws Exception {
        WatchHub hub = new WatchHub(10, new ReentrantLock());
        Recorder narrow = new Recorder();
        Recorder everything = new Recorder();
        hub.register("p/", 0, () -> 0, narrow);
        hub.register("", 0, () -> 0, everything);
        List<KeyChange> changes = List.of(change("q/1"), change("p/1"), change("p"), change("p/2"), change("r/1"));

        hub.publish(1, changes);

        assertEquals(List.of("p/1", "p/2"), keys(narrow.next()));
        assertEquals(List.of("q/1", "p/1", "p", "p/2", "r/1"), keys(everything.next()));
        hub.closeAll();
    }

    private static KeyChange change(String key) {
        return new KeyChange(key, new byte[] {1}, null, 1);
    }

    private static List<String> keys(List<KeyChange> changes) {
        return changes.stream().map(KeyChange::key).toList();
    }

    private static final class Recorder implements WatchListener {
        private final BlockingQueue<List<KeyChange>> batches = new LinkedBlockingQueue<>();

        List<KeyChange> next() throws InterruptedException {
            List<KeyChange> batch = batches.poll(10, TimeUnit.SECONDS);
            if (batch == null) {
                throw new AssertionError("no batch delivered within 10 s");
            }
            return batch;
        }

        @Override
        public void onChanges(List<KeyChange> changes) {
            batches.add(changes);
        }

        @Override
        public void onCompacted(long compactRevision) {
            throw new AssertionError("unexpected compaction " + compactRevision);
        }

        @Override
        public void onError(Throwable error) {
            throw new AssertionError(error);
        }
    }
}
