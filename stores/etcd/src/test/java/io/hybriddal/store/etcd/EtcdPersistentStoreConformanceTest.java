package io.hybriddal.store.etcd;

import io.etcd.jetcd.Client;
import io.hybriddal.conformance.PersistentStoreContract;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.testservers.EtcdProcess;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store conformance kit against one real etcd per class; each test gets namespaces of its
 * own ({@code t<n>/<namespace>}), so tests never see each other's keys while sharing the server.
 */
class EtcdPersistentStoreConformanceTest extends PersistentStoreContract {

    private static final AtomicInteger TESTS = new AtomicInteger();
    private static EtcdProcess etcd;
    private static Client admin;
    private String testPrefix;

    @BeforeAll
    static void startEtcd() {
        etcd = EtcdProcess.start();
        admin = Client.builder().endpoints("http://" + etcd.endpoint()).waitForReady(false).build();
    }

    @AfterAll
    static void stopEtcd() {
        if (admin != null) {
            admin.close();
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    @BeforeEach
    void freshNamespaces() {
        testPrefix = "t" + TESTS.incrementAndGet() + "/";
    }

    /** The store on exactly {@code namespace}: a {@code %} in it is written {@code %25} in the URI path. */
    @Override
    protected PersistentStore openStore(String namespace) {
        return PersistentStore.open(etcd.uri(testPrefix + namespace.replace("%", "%25")));
    }

    @Override
    protected boolean supportsCompaction() {
        return true;
    }

    /** Compaction is cluster-wide in etcd; harmless here, the tests of a class run one by one. */
    @Override
    protected void compact(PersistentStore store, long revision) {
        try {
            admin.getKVClient().compact(revision).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("etcd compaction at revision " + revision + " failed", e);
        }
    }
}
