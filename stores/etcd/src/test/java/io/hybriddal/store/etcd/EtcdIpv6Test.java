package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.Commit;
import io.hybriddal.dal.spi.PersistentStore;
import io.hybriddal.testservers.FreePorts;
import io.hybriddal.testservers.ServerBinaries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An etcd endpoint written as an IPv6 address in brackets, against an etcd listening on ::1 only. */
class EtcdIpv6Test {

    @TempDir
    Path dataDir;

    @Test
    void anIpv6LoopbackEndpointInBrackets_commitsAndReads() throws Exception {
        String client = "http://[::1]:" + FreePorts.next();
        String peer = "http://127.0.0.1:" + FreePorts.next();
        Process etcd = new ProcessBuilder(List.of(ServerBinaries.require("etcd", "etcd-server").toString(),
                "--name", "v6", "--data-dir", dataDir.resolve("data").toString(),
                "--listen-client-urls", client, "--advertise-client-urls", client,
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer, "--initial-cluster", "v6=" + peer))
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("log").toFile()).start();
        try (PersistentStore store = PersistentStore.open("etcd://" + client.substring("http://".length()) + "/v6?timeoutMs=1000")) {
            assertThat(commitWithin(store, Duration.ofSeconds(30))).as("a commit through [::1] within 30 s").isTrue();
            assertThat(store.get("k").value()).asString(StandardCharsets.UTF_8).isEqualTo("v");
        } finally {
            etcd.destroyForcibly().waitFor();
        }
    }

    /** Commits k=v, retrying while etcd starts (each attempt waits up to the store's timeout). */
    private static boolean commitWithin(PersistentStore store, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return store.commit(Commit.builder().put("k", "v".getBytes(StandardCharsets.UTF_8)).build()).succeeded();
            } catch (StoreException notYet) {
                Thread.onSpinWait();
            }
        }
        return false;
    }
}
