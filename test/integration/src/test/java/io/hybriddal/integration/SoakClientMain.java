package io.hybriddal.integration;

import io.hybriddal.dal.ConcurrencyException;
import io.hybriddal.dal.ConflictPolicy;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.RaceConditionException;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One client process of {@link FaultSoakTest}: runs the bank, counter and set workloads on three
 * threads of one Dal (etcd persistent store, memcached volatile store, {@code RAISE} policy:
 * read-modify-writes retried on conflict) until its deadline, and reports each operation on
 * standard output, where the test's checker reads it:
 * <ul>
 *   <li>{@code OK <workload> <startMillis> <latencyMillis> [<guid>]}: acknowledged (the set
 *       workload names the object it created);</li>
 *   <li>{@code FAIL <workload> <startMillis> <latencyMillis> <exception>}: failed, and so
 *       indeterminate (it may or may not have committed);</li>
 *   <li>{@code DONE} once every thread stopped.</li>
 * </ul>
 * Arguments: etcd URI, memcached URI, client number, bank account guids (comma-separated),
 * counter guid, seconds to run.
 */
public final class SoakClientMain {

    /** Attempts of one read-modify-write before it counts as failed (each conflict is a retry). */
    private static final int ATTEMPTS = 50;

    private SoakClientMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String client = args[2];
        List<String> accounts = List.of(args[3].split(","));
        String counter = args[4];
        long end = System.nanoTime() + Long.parseLong(args[5]) * 1_000_000_000L;
        try (Dal dal = Dal.builder().persistentStore(args[0]).volatileStore(args[1]).register(IntegrationModel.all())
                .conflictPolicy(ConflictPolicy.RAISE).build()) {
            List<Thread> threads = new ArrayList<>();
            threads.add(worker("bank", end, () -> transfer(dal, accounts)));
            threads.add(worker("counter", end, () -> increment(dal, counter)));
            long[] created = {0};
            threads.add(worker("set", end, () -> create(dal, "set-" + client + "-" + created[0]++)));
            for (Thread t : threads) {
                t.join();
            }
        }
        System.out.println("DONE");
        System.out.flush();
        System.exit(0); // client threads of the stores must not keep a finished client alive
    }

    /** One operation: returns what to add to its OK line (or null), throws when it failed. */
    private interface Operation {
        String run();
    }

    private static Thread worker(String workload, long end, Operation operation) {
        Thread t = new Thread(() -> {
            while (System.nanoTime() < end) {
                long start = System.currentTimeMillis();
                long t0 = System.nanoTime();
                try {
                    String detail = retried(operation);
                    report("OK " + workload + " " + start + " " + (System.nanoTime() - t0) / 1_000_000 + (detail == null ? "" : " " + detail));
                } catch (RuntimeException e) {
                    report("FAIL " + workload + " " + start + " " + (System.nanoTime() - t0) / 1_000_000 + " " + e.getClass().getSimpleName());
                }
            }
        }, "soak-" + workload);
        t.start();
        return t;
    }

    /** Retries on conflicts, which commit nothing; any other failure is the operation's. */
    private static String retried(Operation operation) {
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.run();
            } catch (ConcurrencyException | RaceConditionException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
                Thread.onSpinWait();
            }
        }
    }

    private static synchronized void report(String line) {
        System.out.println(line);
    }

    private static String transfer(Dal dal, List<String> accounts) {
        Random random = ThreadLocalRandom.current();
        int from = random.nextInt(accounts.size());
        int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
        long amount = 1 + random.nextInt(10);
        dal.inTransaction(() -> {
            Tally a = dal.get(Tally.class, accounts.get(from));
            Tally b = dal.get(Tally.class, accounts.get(to));
            a.setValue(a.getValue() - amount);
            b.setValue(b.getValue() + amount);
            a.save();
            b.save();
        });
        return null;
    }

    private static String increment(Dal dal, String counter) {
        Tally c = dal.get(Tally.class, counter);
        c.setValue(c.getValue() + 1);
        c.save();
        return null;
    }

    private static String create(Dal dal, String name) {
        Tally t = dal.create(Tally.class);
        t.setName(name);
        t.save();
        t.getReading(); // a dynamic: cached in memcached, which the nemesis also hits
        return t.getGuid();
    }
}
