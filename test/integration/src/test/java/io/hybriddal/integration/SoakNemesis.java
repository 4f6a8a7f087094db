package io.hybriddal.integration;

import io.hybriddal.testservers.EtcdCluster;
import io.hybriddal.testservers.MemcachedProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

/**
 * The nemesis of {@link FaultSoakTest}: until its deadline, waits 1 to 3 s, then picks one of an
 * etcd member or a memcached server at random and SIGKILLs it (restarting it after 1 to 4 s, on
 * its data for etcd) or SIGSTOPs it (SIGCONT after 1 to 4 s). One fault at a time, so the etcd
 * cluster keeps its quorum. Each fault is recorded from its signal until the server is back.
 * Not thread-safe: run it on one thread.
 */
final class SoakNemesis {

    /** One fault, in epoch milliseconds (as the clients report their operations). */
    record Fault(String what, long startMillis, long endMillis) {
    }

    private final EtcdCluster etcd;
    private final List<String> etcdPorts;
    private final List<MemcachedProcess> memcached;
    private final Random random;
    private final List<Fault> faults = new ArrayList<>();

    SoakNemesis(EtcdCluster etcd, List<MemcachedProcess> memcached, long seed) {
        this.etcd = etcd;
        this.etcdPorts = etcd.endpoints().stream().map(e -> e.substring(e.lastIndexOf(':') + 1)).toList();
        this.memcached = memcached;
        this.random = new Random(seed);
    }

    /** Injects faults until {@code deadlineNanos} (System.nanoTime), then leaves every server running. */
    List<Fault> run(long deadlineNanos) {
        while (System.nanoTime() + Duration.ofSeconds(3).toNanos() < deadlineNanos) {
            pause(1000 + random.nextInt(2000));
            int target = random.nextInt(etcdPorts.size() + memcached.size());
            boolean kill = random.nextBoolean();
            long hold = 1000 + random.nextInt(3000);
            long start = System.currentTimeMillis();
            String what;
            if (target < etcdPorts.size()) {
                what = (kill ? "SIGKILL" : "SIGSTOP") + " etcd member " + target;
                if (kill) {
                    etcd.kill(target);
                    pause(hold);
                    etcd.restart(target);
                } else {
                    freezeFor(FrozenProcess.childOf("etcd", "http://127.0.0.1:" + etcdPorts.get(target)), hold);
                }
            } else {
                MemcachedProcess server = memcached.get(target - etcdPorts.size());
                what = (kill ? "SIGKILL" : "SIGSTOP") + " memcached " + server.port();
                if (kill) {
                    server.kill();
                    pause(hold);
                    server.restart();
                } else {
                    freezeFor(FrozenProcess.childOf("memcached", Integer.toString(server.port())), hold);
                }
            }
            faults.add(new Fault(what, start, System.currentTimeMillis()));
        }
        return List.copyOf(faults);
    }

    private static void freezeFor(FrozenProcess process, long millis) {
        try (process) {
            process.freeze();
            pause(millis);
        }
    }

    private static void pause(long millis) {
        LockSupport.parkNanos(Duration.ofMillis(millis).toNanos());
    }
}
