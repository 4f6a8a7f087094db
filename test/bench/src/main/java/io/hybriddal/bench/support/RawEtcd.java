package io.hybriddal.bench.support;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KV;
import java.nio.charset.StandardCharsets;

/**
 * A plain jetcd client on one of the benchmark's etcds, for the raw baselines: its own connection (as
 * hybrid-dal's store has its own), keys encoded as the etcd store encodes them
 * ({@code <namespace>/<key>}, UTF-8).
 */
public final class RawEtcd implements AutoCloseable {

    public final Client client;
    public final KV kv;

    public RawEtcd() {
        this(Servers.etcd());
    }

    /** A client of the etcd at {@code endpoint} ({@code host:port}). */
    public RawEtcd(String endpoint) {
        client = Client.builder().endpoints("http://" + endpoint).build();
        kv = client.getKVClient();
    }

    /** The etcd key of store key {@code key} in {@code namespace}. */
    public static ByteSequence key(String namespace, String key) {
        return ByteSequence.from(namespace + "/" + key, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        kv.close();
        client.close();
    }
}
