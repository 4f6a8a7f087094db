package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads the declarations of the hybrids being registered and generates their implementations,
 * several classes at a time. In a fresh JVM most of a registration is the proxy generator being
 * loaded and interpreted, which a second thread shares (50 hybrids, 2 cores,
 * {@code RegisterBench.register50Cold}, 30 forks each, alternated: 519 and 466 ms on one thread,
 * 422 and 440 ms on two).
 *
 * <p>The outcome does not depend on the threads: each class's result, or the exception its
 * reading or generation threw, is handed out by {@link #of} in the caller's order, so the problem
 * a registration reports is the one a single thread would have met first.
 */
final class Implementations {

    /** A cap: a one-time job at start-up should not start dozens of threads on a large host (measured on 2 cores only). */
    private static final int MAX_THREADS = 4;

    /** Per class, its {@link Prepared} or what preparing it threw. */
    private final Map<Class<?>, Object> outcomes = new HashMap<>();

    private Implementations(List<Class<? extends DataObject>> types, List<Object> outcomes) {
        for (int i = 0; i < types.size(); i++) {
            this.outcomes.put(types.get(i), outcomes.get(i));
        }
    }

    /** A class's declarations and the factory of its generated implementation. */
    record Prepared(Declarations declarations, InstanceFactory factory) {
    }

    /**
     * Prepares every class of {@code types} (distinct) and returns when all are done, failed or not.
     *
     * @throws IllegalStateException if the calling thread is interrupted while it waits (its flag set again)
     */
    static Implementations prepare(List<Class<? extends DataObject>> types, Function<Declarations, InstanceFactory> generator) {
        int threads = Math.min(MAX_THREADS, Math.min(types.size(), Runtime.getRuntime().availableProcessors()));
        List<Object> outcomes = new ArrayList<>(types.size());
        if (threads <= 1) {
            types.forEach(type -> outcomes.add(attempt(type, generator)));
            return new Implementations(types, outcomes);
        }
        List<Callable<Object>> tasks = new ArrayList<>(types.size());
        types.forEach(type -> tasks.add(() -> attempt(type, generator)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers(Thread.currentThread().getContextClassLoader()));
        try {
            for (Future<Object> done : pool.invokeAll(tasks)) {
                outcomes.add(done.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the implementations of " + types.size() + " hybrids", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // not reached: attempt returns what it catches
        } finally {
            pool.shutdownNow();
        }
        return new Implementations(types, outcomes);
    }

    /**
     * What preparing {@code type} gave.
     *
     * @throws RuntimeException or {@link Error}: what its reading or generation threw (on whichever thread)
     */
    Prepared of(Class<?> type) {
        Object outcome = outcomes.get(type);
        if (outcome == null) {
            throw new IllegalArgumentException(type.getName() + " was not prepared");
        }
        if (outcome instanceof RuntimeException e) {
            throw e;
        }
        if (outcome instanceof Error e) {
            throw e;
        }
        return (Prepared) outcome;
    }

    /** The class's {@link Prepared}, or the exception or error preparing it threw. */
    private static Object attempt(Class<? extends DataObject> type, Function<Declarations, InstanceFactory> generator) {
        try {
            Declarations declarations = DeclarationReader.read(type);
            return new Prepared(declarations, generator.apply(declarations));
        } catch (RuntimeException | Error e) {
            return e;
        }
    }

    private static ThreadFactory workers(ClassLoader contextLoader) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "hybrid-dal-register-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(contextLoader);
            return t;
        };
    }
}
