package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import io.hybriddal.testservers.EtcdCluster;
import io.hybriddal.testservers.MemcachedProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The soak with faults of DESIGN.md "Reliability" (the Jepsen habit): 4 client processes
 * ({@link SoakClientMain}) run the bank, counter and set workloads on a 3-member etcd and 2
 * memcached servers while the {@link SoakNemesis} kills and pauses them at random and restarts
 * them; the {@link SoakChecker} then requires no acknowledged operation lost and no invariant
 * violated, and reports the share of operations that succeeded during faults and the worst
 * latency. 60 s by default; {@code -Dhybriddal.soak.seconds=N} (as {@code scripts/soak.sh} sets
 * it) for longer. The figures go to standard output and to {@code target/soak-result.txt}.
 */
class FaultSoakTest {

    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("hybriddal.soak.seconds", 60));
    private static final int CLIENTS = 4;
    private static final int ACCOUNTS = 5;
    private static final long BALANCE = 1000;
    /** Start-up of a client JVM plus the last operation's worst case (an etcd request timing out). */
    private static final Duration GRACE = Duration.ofSeconds(90);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // the 60 s run; scripts/soak.sh turns timeouts off for longer ones
    void bankCounterAndSetWorkloads_underKillsAndPausesOfEveryServer_loseNoAcknowledgedOperation() throws Exception {
        try (EtcdCluster etcd = EtcdCluster.start(3);
             MemcachedProcess first = MemcachedProcess.start();
             MemcachedProcess second = MemcachedProcess.start()) {
            String etcdUri = etcd.uri(SharedServers.freshNamespace("soak"));
            String memcachedUri = "memcached://" + first.address() + "," + second.address();
            List<String> accounts = new ArrayList<>();
            String counter;
            try (Dal dal = Dal.builder().persistentStore(etcdUri).register(IntegrationModel.all()).build()) {
                for (int i = 0; i < ACCOUNTS; i++) {
                    accounts.add(saved(dal, "account-" + i, BALANCE));
                }
                counter = saved(dal, "counter", 0);
            }

            List<SoakChecker.Op> ops = Collections.synchronizedList(new ArrayList<>());
            List<ChildJvm> clients = new ArrayList<>();
            List<CompletableFuture<Void>> readers = new ArrayList<>();
            long seed = System.nanoTime();
            List<SoakNemesis.Fault> faults;
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    ChildJvm client = ChildJvm.start(SoakClientMain.class, etcdUri, memcachedUri, Integer.toString(i),
                            String.join(",", accounts), counter, Long.toString(DURATION.toSeconds()));
                    clients.add(client);
                    readers.add(CompletableFuture.runAsync(() -> collect(client, ops)));
                }
                faults = new SoakNemesis(etcd, List.of(first, second), seed).run(System.nanoTime() + DURATION.toNanos());
                CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } finally {
                clients.forEach(ChildJvm::close);
            }

            SoakChecker.Result result;
            try (Dal dal = Dal.builder().persistentStore(etcdUri).register(IntegrationModel.all()).build()) {
                result = SoakChecker.check(List.copyOf(ops), faults, dal, accounts, ACCOUNTS * BALANCE, counter);
            }
            String report = "SOAK " + Instant.now() + ", " + DURATION.toSeconds() + " s, " + CLIENTS + " client processes,"
                    + " 3 etcd members + 2 memcached, nemesis seed " + seed + ": " + result.summary();
            System.out.println(report);
            faults.forEach(f -> System.out.println("SOAK fault " + f.what() + " for " + (f.endMillis() - f.startMillis()) + " ms"));
            Files.writeString(Path.of("target", "soak-result.txt"), report + "\n");

            assertThat(result.faults()).as("faults injected").isGreaterThan(0);
            assertThat(result.acknowledged()).as("operations acknowledged").isGreaterThan(0);
            assertThat(result.lost()).as("acknowledged operations lost: %s", report).isZero();
            assertThat(result.violations()).as("invariant violations: %s", report).isEmpty();
        }
    }

    private static String saved(Dal dal, String name, long value) {
        Tally t = dal.create(Tally.class);
        t.setName(name);
        t.setValue(value);
        t.save();
        return t.getGuid();
    }

    /** Reads one client's report until it says DONE (or dies: then its last operations were never acknowledged). */
    private static void collect(ChildJvm client, List<SoakChecker.Op> ops) {
        for (String line = client.nextLine(DURATION.plus(GRACE)); !line.equals("DONE") && !line.equals(ChildJvm.EOF);
             line = client.nextLine(GRACE)) {
            if (line.startsWith("OK ") || line.startsWith("FAIL ")) {
                ops.add(SoakChecker.Op.parse(line));
            }
        }
    }
}
