package io.hybriddal.dal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.KeyValue;
import io.hybriddal.dal.spi.ScanPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MemoryScanWhileWritingTest {

    private static final String PREFIX = "i/h/f/";
    private static final int WRITERS = 2;
    private static final int MOVES = 3_000;

    /**
     * Each writer moves its one key under the prefix to the next value in one commit (delete the
     * old, put the new), so every revision holds exactly the stable keys plus one key per writer.
     */
    @Test
    void scan_seesEveryKeyOfOneRevisionInOrder_whileWritersMoveKeysBetweenValues() throws Exception {
        MemoryPersistentStore store = new MemoryPersistentStore();
        byte[] value = {1};
        Commit.Builder setUp = Commit.builder();
        for (String key : List.of("i/h/e/v/g", "i/h/f", "i/h/f/", "i/h/f/v%2F/g", "i/h/f0", "i/h/g/v/g", "o/h/g")) {
            setUp.put(key, value);
        }
        for (int w = 0; w < WRITERS; w++) {
            setUp.put(moved(w, 0), value);
        }
        store.commit(setUp.build());

        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < MOVES; i++) {
                    store.commit(Commit.builder().delete(moved(writer, i)).put(moved(writer, i + 1), value).build());
                }
            });
            thread.setUncaughtExceptionHandler((t, e) -> failure.set(e));
            writers.add(thread);
            thread.start();
        }
        int scans = 0;
        while (writers.stream().anyMatch(Thread::isAlive) || scans == 0) {
            ScanPage page = store.scan(PREFIX, null, 1_000);
            List<String> keys = page.entries().stream().map(KeyValue::key).toList();
            assertEquals(2 + WRITERS, keys.size(), keys::toString);
            assertEquals("i/h/f/", keys.get(0));
            assertEquals(keys.stream().sorted().toList(), keys);
            assertEquals(WRITERS, keys.stream().filter(k -> k.startsWith(PREFIX + "n")).count(), keys::toString);
            scans++;
        }
        for (Thread thread : writers) {
            thread.join();
        }
        assertNull(failure.get());
        List<String> last = store.scan(PREFIX, null, 1_000).entries().stream().map(KeyValue::key).toList();
        assertEquals(List.of("i/h/f/", moved(0, MOVES), moved(1, MOVES), "i/h/f/v%2F/g"), last);
    }

    private static String moved(int writer, int step) {
        return PREFIX + "n" + String.format("%05d", step) + "/w" + writer;
    }
}
