package io.hybriddal.bench.support;

import io.hybriddal.testservers.EtcdProcess;
import io.hybriddal.testservers.MemcachedProcess;

/**
 * Where the benchmark's etcd and memcached are. {@code scripts/bench.sh} starts one of each for
 * the whole run ({@link ServersMain}) and exports {@code BENCH_ETCD} and {@code BENCH_MEMCACHED}
 * ({@code host:port}); every JMH fork inherits them. Without them (a benchmark run by hand) this
 * JVM starts its own on first use, on free loopback ports, and they die with it.
 */
public final class Servers {

    private static EtcdProcess etcd;
    private static MemcachedProcess memcached;

    private Servers() {
    }

    /** {@code host:port} of the etcd client endpoint. */
    public static synchronized String etcd() {
        String fromEnv = System.getenv("BENCH_ETCD");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        if (etcd == null) {
            etcd = EtcdProcess.start();
        }
        return etcd.endpoint();
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

    /** The volatile-store URI of the benchmark's memcached. */
    public static String memcachedUri() {
        return "memcached://" + memcached();
    }
}
