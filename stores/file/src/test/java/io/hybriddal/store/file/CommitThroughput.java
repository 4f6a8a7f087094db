package io.hybriddal.store.file;

import io.hybriddal.dal.spi.Commit;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures durable commits per second (each one written and fsynced): not a test, a tool.
 * Each commit puts {@code keys} keys of {@code bytes} bytes, as a small hybrid save does.
 *
 * <p>Usage: {@code CommitThroughput [dir] [commits] [keys] [bytes] [threads]}; defaults: a
 * fresh temporary directory, 2000, 3, 300, 1.
 */
public final class CommitThroughput {

    private CommitThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("hybrid-dal-file-bench");
        int commits = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int bytes = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        try (FilePersistentStore store = FilePersistentStore.open(dir)) {
            run(store, commits / 10, keys, bytes, 1);   // warm-up
            long start = System.nanoTime();
            run(store, commits, keys, bytes, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%d commits (%d keys x %d bytes, %d thread(s)) in %.2f s: %.0f commits/s,"
                            + " %.2f ms each; file %d KiB%n",
                    commits, keys, bytes, threads, seconds, commits / seconds, seconds * 1000 * threads / commits,
                    Files.size(dir.resolve(StoreFile.FILE_NAME)) / 1024);
        }
    }

    private static void run(FilePersistentStore store, int commits, int keys, int bytes, int threads)
            throws InterruptedException {
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers[t] = new Thread(() -> {
                byte[] value = new byte[bytes];
                for (int i = worker; i < commits; i += threads) {
                    Commit.Builder commit = Commit.builder();
                    for (int k = 0; k < keys; k++) {
                        commit.put("bench/" + (i % 10_000) + "/" + k, value);
                    }
                    store.commit(commit.build());
                }
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }
}
