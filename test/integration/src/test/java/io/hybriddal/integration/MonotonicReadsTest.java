package io.hybriddal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hybriddal.dal.Dal;
import io.hybriddal.dal.ObjectNotFoundException;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.integration.model.IntegrationModel;
import io.hybriddal.integration.model.Tally;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a Dal has itself read from the store it must not contradict afterwards, however late its
 * watch is. On etcd the watch is asynchronous, so {@code MergeContract}'s
 * {@code save_throwsObjectNotFoundException_whenAnotherDalDeletedTheObject} fails now and then
 * (its final CACHED {@code find} still finds the object); here the watch of the Dal under test is
 * held back ({@link FaultyStore}) so the case is deterministic. Shared etcd, fresh namespace.
 */
class MonotonicReadsTest {

    private PersistentStore etcd;
    private FaultyStore slowWatch;
    private Dal dal;
    private Dal other;

    @BeforeEach
    void open() {
        etcd = PersistentStore.open(SharedServers.freshEtcdUri("monotonic"));
        slowWatch = new FaultyStore(etcd);
        dal = Dal.builder().persistentStore(slowWatch).register(IntegrationModel.all()).build();
        other = Dal.builder().persistentStore(etcd).register(IntegrationModel.all()).build();
    }

    @AfterEach
    void close() {
        slowWatch.releaseWatchEvents();
        dal.close();
        other.close();
        etcd.close();
    }

    @Test
    void aDalThatReportedAnObjectDeleted_doesNotFindItInItsNearCacheAfterwards() {
        Tally tally = dal.create(Tally.class);
        tally.setName("doomed");
        tally.save();
        slowWatch.holdWatchEvents();
        other.get(Tally.class, tally.getGuid()).delete();
        tally.setValue(1);

        assertThat(catchThrowable(tally::save)).isInstanceOf(ObjectNotFoundException.class);

        assertThat(dal.find(Tally.class, tally.getGuid()))
                .as("find in the Dal whose save just said the object was deleted").isEmpty();
    }
}
