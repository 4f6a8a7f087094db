package io.hybriddal.acceptance.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets tests observe the dynamics of the test model: every computation of a dynamic is counted
 * per object guid and dynamic name, so tests can tell a cached value from a recomputed one, and
 * a dynamic may be held on a gate (a latch) to make concurrent callers meet inside it.
 *
 * <p>Keys are guids, which are unique, so tests running in parallel do not see each other's
 * counts. Thread-safe.
 */
public final class DynamicProbe {

    /** The longest a computation waits at a gate; tests fail on their own timeouts before that. */
    public static final long GATE_WAIT_SECONDS = 20;

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();
    private static final Map<String, CountDownLatch> GATES = new ConcurrentHashMap<>();

    private DynamicProbe() {
    }

    /** Records one computation of {@code dynamic} on object {@code guid}; returns how many there have been. */
    public static int computed(String guid, String dynamic) {
        return COUNTS.computeIfAbsent(key(guid, dynamic), k -> new AtomicInteger()).incrementAndGet();
    }

    /** How many times {@code dynamic} was computed on object {@code guid}. */
    public static int count(String guid, String dynamic) {
        AtomicInteger n = COUNTS.get(key(guid, dynamic));
        return n == null ? 0 : n.get();
    }

    /** Makes gated computations on object {@code guid} wait until {@code gate} is open (count zero). */
    public static void holdAt(String guid, CountDownLatch gate) {
        GATES.put(guid, gate);
    }

    /** Removes the gate of object {@code guid}. */
    public static void release(String guid) {
        GATES.remove(guid);
    }

    /** Called inside a gated computation: waits (bounded) for the object's gate, if any. */
    static void passGate(String guid) {
        CountDownLatch gate = GATES.get(guid);
        if (gate == null) {
            return;
        }
        try {
            gate.await(GATE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String key(String guid, String dynamic) {
        return guid + "/" + dynamic;
    }
}
