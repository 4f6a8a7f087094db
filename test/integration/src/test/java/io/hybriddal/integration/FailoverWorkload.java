package io.hybriddal.integration;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.StoreException;
import io.hybriddal.integration.model.Ledger;
import io.hybriddal.integration.model.LedgerEntry;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The workload of {@link EtcdFailoverTest}, on one thread: each step creates a
 * {@link LedgerEntry} numbered i linked to one {@link Ledger} (a create that also writes the
 * ledger's reverse index), raises the ledger's count to i (an update), and reads back the
 * previous entry and, every tenth step, the ledger's entries. A save that fails with a
 * {@link StoreException} (outcome unknown) is retried on the same instance until it succeeds;
 * each such failure and its retry are recorded. Anything else thrown is a failure.
 */
final class FailoverWorkload {

    /** A save that failed with a StoreException: what it was, and how its retries went. */
    record UnknownOutcome(String what, String error, boolean appliedBeforeRetry, int retries) {
    }

    private static final long RETRY_FOR_NANOS = 30_000_000_000L;
    private static final long RETRY_PAUSE_NANOS = 50_000_000L;

    private final Dal dal;
    private final Ledger ledger;
    private final AtomicLong acknowledged = new AtomicLong();
    /** Acknowledged entries: guid to number. */
    private final Map<String, Long> entries = new ConcurrentHashMap<>();
    private final Queue<UnknownOutcome> unknown = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final Queue<String> readErrors = new ConcurrentLinkedQueue<>();

    FailoverWorkload(Dal dal, Ledger ledger) {
        this.dal = dal;
        this.ledger = ledger;
    }

    /** Runs until {@code stop} is set or something other than a StoreException is thrown. */
    void run(AtomicBoolean stop) {
        String previous = null;
        for (long i = 1; !stop.get(); i++) {
            try {
                LedgerEntry entry = dal.create(LedgerEntry.class);
                entry.setLedger(ledger);
                entry.setTransaction(i);
                entry.setSlot(0);
                saveUntilDone("create of entry " + i, entry::save,
                        () -> dal.find(LedgerEntry.class, entry.getGuid()).isPresent());
                entries.put(entry.getGuid(), i);
                long count = i;
                ledger.setTransactions(count);
                saveUntilDone("update of the ledger to " + i, ledger::save,
                        () -> dal.get(Ledger.class, ledger.getGuid(), Consistency.STRONG).getTransactions() == count);
                acknowledged.incrementAndGet();
                read(previous, i - 1);
                previous = entry.getGuid();
            } catch (Throwable e) {
                failures.add(e);
                return;
            }
        }
    }

    private void read(String previous, long number) {
        if (previous == null) {
            return;
        }
        try {
            long seen = dal.get(LedgerEntry.class, previous).getTransaction();
            if (seen != number) {
                readErrors.add("entry " + number + " read back as " + seen);
            }
            if (number % 10 == 0 && dal.get(Ledger.class, ledger.getGuid()).getEntries().size() < number) {
                readErrors.add("ledger lists fewer than " + number + " entries");
            }
        } catch (StoreException e) {
            readErrors.add("read of entry " + number + " failed: " + e.getMessage());
        }
    }

    private void saveUntilDone(String what, Runnable save, BooleanSupplier applied) {
        try {
            save.run();
        } catch (StoreException first) {
            boolean appliedBefore = check(applied);
            int retries = 0;
            long deadline = System.nanoTime() + RETRY_FOR_NANOS;
            while (true) {
                retries++;
                try {
                    save.run();
                    unknown.add(new UnknownOutcome(what, first.getMessage(), appliedBefore, retries));
                    return;
                } catch (StoreException again) {
                    if (System.nanoTime() > deadline) {
                        throw again;
                    }
                    LockSupport.parkNanos(RETRY_PAUSE_NANOS);  // an election is under way: back off a little
                }
            }
        }
    }

    /** Whether the save is in the store; false when the check itself cannot reach the store. */
    private static boolean check(BooleanSupplier applied) {
        try {
            return applied.getAsBoolean();
        } catch (StoreException e) {
            return false;
        }
    }

    long acknowledged() {
        return acknowledged.get();
    }

    Map<String, Long> entries() {
        return Map.copyOf(entries);
    }

    List<UnknownOutcome> unknownOutcomes() {
        return List.copyOf(unknown);
    }

    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    List<String> readErrors() {
        return List.copyOf(readErrors);
    }
}
