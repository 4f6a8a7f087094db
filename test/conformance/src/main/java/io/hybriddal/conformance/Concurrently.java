package io.hybriddal.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs one task on several threads released together, with a bounded wait for all of them. */
final class Concurrently {

    /** Generous: the tasks are short, but the machine may be shared with busy builds. */
    private static final long TIMEOUT_SECONDS = 60;

    /** A task run on every thread; {@code thread} is 0..threads-1. */
    interface Task<T> {
        T run(int thread) throws Exception;
    }

    private Concurrently() {
    }

    /** The results of {@code task} on each thread, by thread index; rethrows the first failure. */
    static <T> List<T> run(int threads, Task<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // One gate for all threads, so they contend instead of running one after another.
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    if (!gate.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        throw new TimeoutException("start gate never opened");
                    }
                    return task.run(thread);
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("concurrent tasks did not finish within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for concurrent tasks", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
