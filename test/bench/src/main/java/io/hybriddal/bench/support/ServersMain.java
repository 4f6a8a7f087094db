package io.hybriddal.bench.support;

import io.hybriddal.testservers.EtcdProcess;
import io.hybriddal.testservers.MemcachedProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts two etcds (the second for the bulk data sets, see {@link Servers}) and one memcached on
 * loopback for a whole benchmark run and writes their endpoints as shell assignments
 * ({@code BENCH_ETCD=...}, {@code BENCH_ETCD_BULK=...}, {@code BENCH_MEMCACHED=...}) to the file
 * named by the first argument, then waits. {@code scripts/bench.sh} sources that file and ends
 * this JVM with SIGTERM when done; the servers die with it (their launchers' shutdown hooks, and
 * ours).
 */
public final class ServersMain {

    private ServersMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ServersMain <env-file>");
        }
        EtcdProcess etcd = EtcdProcess.start();
        EtcdProcess bulkEtcd = EtcdProcess.start();
        MemcachedProcess memcached = MemcachedProcess.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            memcached.close();
            bulkEtcd.close();
            etcd.close();
        }, "bench-servers-stop"));
        String env = "BENCH_ETCD=" + etcd.endpoint() + "\nBENCH_ETCD_BULK=" + bulkEtcd.endpoint()
                + "\nBENCH_MEMCACHED=" + memcached.address() + "\n"
                + "BENCH_ETCD_STARTUP_MS=" + etcd.startupTime().toMillis() + "\n";
        Path target = Path.of(args[0]);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, env, StandardCharsets.UTF_8);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("bench servers: etcd " + etcd.endpoint() + " (data on " + etcd.logFile().getParent()
                + "), bulk etcd " + bulkEtcd.endpoint() + " (data on " + bulkEtcd.logFile().getParent()
                + "), memcached " + memcached.address());
        Thread.sleep(Long.MAX_VALUE);
    }
}
