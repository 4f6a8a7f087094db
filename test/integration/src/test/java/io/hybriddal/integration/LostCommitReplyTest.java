package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hybriddal.dal.Consistency;
import io.hybriddal.dal.Dal;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Ledger;
import io.hybriddal.integration.model.LedgerEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case the failover test can only hit by chance: a save whose commit etcd applied but whose
 * reply was lost (a leader killed between apply and answer). The caller sees a StoreException
 * with an unknown outcome and retries the same save on the same instance, as
 * {@link EtcdFailoverTest} does; the retry must succeed and leave exactly one complete copy.
 * Runs on the shared etcd, with {@link FaultyStore} losing the reply.
 */
class LostCommitReplyTest {

    private PersistentStore etcd;
    private FaultyStore store;
    private Dal dal;

    @BeforeEach
    void open() {
        etcd = PersistentStore.open(SharedServers.freshEtcdUri("lost-reply"));
        store = new FaultyStore(etcd);
        dal = Dal.builder().persistentStore(store).register(IntegrationModel.all()).build();
    }

    @AfterEach
    void close() {
        dal.close();
        etcd.close();
    }

    @Test
    void createWhoseReplyWasLost_succeedsWhenRetried_andIsStoredOnceWithItsReverseEntry() {
        Ledger ledger = savedLedger();
        LedgerEntry entry = dal.create(LedgerEntry.class);
        entry.setLedger(ledger);
        entry.setTransaction(1);
        entry.setSlot(0);

        store.loseNextReplies(1);
        assertThat(catchThrowable(entry::save)).isInstanceOf(StoreException.class);
        entry.save();

        assertThat(dal.get(LedgerEntry.class, entry.getGuid(), Consistency.STRONG).getTransaction()).isEqualTo(1);
        assertThat(StoredObjects.guids(etcd, "ledgerentry")).containsExactly(entry.getGuid());
        assertThat(dal.get(Ledger.class, ledger.getGuid(), Consistency.STRONG).getEntries().guids())
                .containsExactly(entry.getGuid());
    }

    @Test
    void updateWhoseReplyWasLost_succeedsWhenRetried_andKeepsTheValue() {
        Ledger ledger = savedLedger();
        ledger.setTransactions(7);

        store.loseNextReplies(1);
        assertThat(catchThrowable(ledger::save)).isInstanceOf(StoreException.class);
        ledger.save();

        assertThat(dal.get(Ledger.class, ledger.getGuid(), Consistency.STRONG).getTransactions()).isEqualTo(7);
        ledger.setTransactions(8);
        ledger.save();
        assertThat(dal.get(Ledger.class, ledger.getGuid(), Consistency.STRONG).getTransactions()).isEqualTo(8);
    }

    @Test
    void transactionWhoseReplyWasLost_succeedsWhenRetried_withoutDuplicates() {
        Ledger ledger = savedLedger();
        LedgerEntry[] entries = new LedgerEntry[3];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = dal.create(LedgerEntry.class);
            entries[i].setLedger(ledger);
            entries[i].setTransaction(1);
            entries[i].setSlot(i);
        }
        ledger.setTransactions(1);
        Runnable work = () -> {
            ledger.save();
            for (LedgerEntry e : entries) {
                e.save();
            }
        };

        store.loseNextReplies(1);
        assertThat(catchThrowable(() -> dal.inTransaction(work))).isInstanceOf(StoreException.class);
        dal.inTransaction(work);

        assertThat(dal.get(Ledger.class, ledger.getGuid(), Consistency.STRONG).getTransactions()).isEqualTo(1);
        assertThat(StoredObjects.guids(etcd, "ledgerentry")).hasSize(entries.length);
        assertThat(dal.get(Ledger.class, ledger.getGuid(), Consistency.STRONG).getEntries()).hasSize(entries.length);
    }

    private Ledger savedLedger() {
        Ledger ledger = dal.create(Ledger.class);
        ledger.setName("ledger");
        ledger.save();
        return ledger;
    }
}
