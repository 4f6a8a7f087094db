package io.hybriddal.integration;

import io.hybriddal.dal.Dal;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Ledger;
import io.hybriddal.integration.model.LedgerEntry;

/**
 * The child process of {@link KilledTransactionTest}: on the etcd store URI given as argument,
 * creates a {@link Ledger} (prints {@code LEDGER <guid>}), then runs transactions k = 1, 2, ...
 * that each raise the ledger's count to k and create {@link Ledger#ENTRIES_PER_TRANSACTION}
 * entries numbered k, printing {@code ACK k} once {@code inTransaction} returned. It runs until
 * it is killed, and exits by itself after two minutes in case its parent died without killing it.
 */
public final class LedgerWriterMain {

    private static final long LIFETIME_NANOS = 120_000_000_000L;

    private LedgerWriterMain() {
    }

    public static void main(String[] args) {
        long end = System.nanoTime() + LIFETIME_NANOS;
        try (Dal dal = Dal.builder().persistentStore(args[0]).register(IntegrationModel.all()).build()) {
            Ledger ledger = dal.create(Ledger.class);
            ledger.setName("killed-writer");
            ledger.save();
            System.out.println("LEDGER " + ledger.getGuid());
            for (long k = 1; System.nanoTime() < end; k++) {
                long number = k;
                dal.inTransaction(() -> {
                    ledger.setTransactions(number);
                    ledger.save();
                    for (int slot = 0; slot < Ledger.ENTRIES_PER_TRANSACTION; slot++) {
                        LedgerEntry entry = dal.create(LedgerEntry.class);
                        entry.setLedger(ledger);
                        entry.setTransaction(number);
                        entry.setSlot(slot);
                        entry.save();
                    }
                });
                System.out.println("ACK " + k);
            }
        }
    }
}
