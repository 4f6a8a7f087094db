package io.hybriddal.dal.internal.model;

import io.hybriddal.dal.DataObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The declarations of the hybrids being registered and their generated implementations, the
 * implementations made several at a time. In a fresh JVM about half of a registration is the
 * proxy generator being loaded and interpreted, which a second thread shares (50 hybrids, 2
 * cores, {@code RegisterBench.register50Cold}, 30 forks each, alternated: 465 and 462 ms with
 * every class generated on the calling thread, 436 and 429 ms with two generating).
 *
 * <p>Declarations are read on the calling thread, in the given order, and reading stops at the
 * first class that fails: reading may initialize user classes (an enum's constants for a default
 * value), which must happen on the thread that registers, since it may itself be inside a class
 * initializer that another thread would wait for forever. Generation initializes nothing.
 *
 * <p>The outcome does not depend on the threads: {@link #of} hands out each class's result, or
 * what reading or generating it threw, in whatever order the caller asks, so a registration
 * walking its classes in order reports the problem a single thread would have met first.
 */
final class Implementations {

    /** A cap: a one-time job at start-up should not start dozens of threads on a large host (measured on 2 cores only). */
    private static final int MAX_THREADS = 4;

    private final Map<Class<?>, Declarations> declarations;
    private final Map<Class<?>, FutureTask<InstanceFactory>> generated = new HashMap<>();
    private final Class<?> unreadable;
    private final RuntimeException readFailure;
    /** No workers: each generation runs on the caller when first asked for, so a failure stops the rest as before. */
    private final boolean onCaller;

    private Implementations(Map<Class<?>, Declarations> declarations, Class<?> unreadable, RuntimeException readFailure,
                            boolean onCaller) {
        this.declarations = declarations;
        this.unreadable = unreadable;
        this.readFailure = readFailure;
        this.onCaller = onCaller;
    }

    /** A class's declarations and the factory of its generated implementation. */
    record Prepared(Declarations declarations, InstanceFactory factory) {
    }

    /**
     * Reads the classes of {@code types} (distinct) in order up to the first that fails, and starts
     * generating the implementations of those read on worker threads, when there is more than one
     * processor and class; returns without waiting for them.
     */
    static Implementations prepare(List<Class<? extends DataObject>> types, Function<Declarations, InstanceFactory> generator) {
        return prepare(types, generator, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #prepare(List, Function)} as on a host of {@code processors}. */
    static Implementations prepare(List<Class<? extends DataObject>> types, Function<Declarations, InstanceFactory> generator,
                                   int processors) {
        Class<?> unreadable = null;
        RuntimeException readFailure = null;
        Map<Class<?>, Declarations> read = new LinkedHashMap<>();
        for (Class<? extends DataObject> type : types) {
            try {
                read.put(type, DeclarationReader.read(type));
            } catch (RuntimeException e) {
                unreadable = type;
                readFailure = e;
                break;
            }
        }
        int threads = Math.min(MAX_THREADS, Math.min(read.size(), processors));
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, workers()) : null;
        Implementations result = new Implementations(read, unreadable, readFailure, pool == null);
        read.forEach((type, d) -> {
            FutureTask<InstanceFactory> task = new FutureTask<>(() -> generator.apply(d));
            result.generated.put(type, task);
            if (pool != null) {
                pool.execute(task);
            }
        });
        if (pool != null) {
            pool.shutdown(); // its threads end once the queued generations are done
        }
        return result;
    }

    /**
     * What preparing {@code type} gave, generating it now without workers, else waiting for it if
     * needed (an interrupt is kept for the caller, not obeyed: the wait is for CPU-bound work that
     * ends on its own).
     *
     * @throws RuntimeException or {@link Error}: what reading or generating it threw
     * @throws IllegalArgumentException if {@code type} was not prepared (a class after the first that could not be read)
     */
    Prepared of(Class<?> type) {
        if (type == unreadable) {
            throw readFailure;
        }
        FutureTask<InstanceFactory> factory = generated.get(type);
        if (factory == null) {
            throw new IllegalArgumentException(type.getName() + " was not prepared");
        }
        if (onCaller) {
            factory.run(); // once: a task that ran already does nothing
        }
        return new Prepared(declarations.get(type), result(factory));
    }

    private static InstanceFactory result(Future<InstanceFactory> factory) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return factory.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("generating a hybrid's implementation failed", cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ThreadFactory workers() {
        ClassLoader contextLoader = Thread.currentThread().getContextClassLoader();
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "hybrid-dal-register-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setContextClassLoader(contextLoader);
            return t;
        };
    }
}
