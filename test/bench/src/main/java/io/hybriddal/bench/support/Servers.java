package io.hybriddal.bench.support;

import io.hybriddal.testservers.EtcdProcess;
import io.hybriddal.testservers.MemcachedProcess;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the benchmark's servers are. {@code scripts/bench.sh} starts them for the whole run
 * ({@link ServersMain}) and exports {@code BENCH_ETCD}, {@code BENCH_ETCD_BULK} and
 * {@code BENCH_MEMCACHED} ({@code host:port}); every JMH fork inherits them. Without them (a
 * benchmark run by hand) this JVM starts its own on first use, on free loopback ports, and they
 * die with it.
 *
 * <p>Two etcds: the bulk data sets ({@code EtcdLargeBench}'s 10,000 and 100,000 objects, up to
 * 1,000,000 with {@code --scale}; {@code IndexBuildBench}'s) go to their own, so every other
 * benchmark measures an etcd whose size does not depend on which classes ran before it. On one
 * shared etcd, its CPU per commit doubled once it held {@code EtcdLargeBench}'s objects, on the
 * same 2 cores as the JVM under test, and a save measured after it took half as long again
 * (0.5 ms before, 0.75 to 0.88 ms after; {@code EtcdSaveBench}, one fork).
 */
public final class Servers {

    /** Per variable, the etcd this JVM started because the variable was not set. */
    private static final Map<String, EtcdProcess> STARTED_ETCDS = new HashMap<>();
    private static MemcachedProcess memcached;

    private Servers() {
    }

    /** {@code host:port} of the etcd client endpoint. */
    public static String etcd() {
        return etcd("BENCH_ETCD");
    }

    /** {@code host:port} of the etcd that holds the bulk data sets (another server than {@link #etcd()}). */
    public static String bulkEtcd() {
        return etcd("BENCH_ETCD_BULK");
    }

    /** The etcd exported as {@code variable}, or one this JVM starts for it on first use. */
    private static synchronized String etcd(String variable) {
        String fromEnv = System.getenv(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        return STARTED_ETCDS.computeIfAbsent(variable, v -> EtcdProcess.start()).endpoint();
    }

    /** {@code host:port} of memcached. */
    public static synchronized String memcached() {
        String fromEnv = System.getenv("BENCH_MEMCACHED");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        if (memcached == null) {
            memcached = MemcachedProcess.start();
        }
        return memcached.address();
    }

    /** A persistent-store URI for a fresh namespace on the benchmark's etcd. */
    public static String etcdUri(String purpose) {
        return "etcd://" + etcd() + "/" + Names.unique(purpose);
    }

    /** A persistent-store URI for a fresh namespace on the bulk-data etcd. */
    public static String bulkEtcdUri(String purpose) {
        return "etcd://" + bulkEtcd() + "/" + Names.unique(purpose);
    }

    /** The volatile-store URI of the benchmark's memcached. */
    public static String memcachedUri() {
        return "memcached://" + memcached();
    }
}
