package io.hybriddal.store.etcd;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.ClientBuilder;
import io.hybriddal.dal.StoreException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Builds the jetcd {@link Client} an {@link EtcdOptions} describes. Stateless. */
final class EtcdClients {

    /**
     * Replies of a scan page or a getAll chunk can hold many values near the request limit; gRPC's
     * default 4 MiB inbound cap would turn such reads into errors, so the cap is lifted.
     */
    private static final int MAX_INBOUND_BYTES = Integer.MAX_VALUE;

    private EtcdClients() {
    }

    /**
     * A client for {@code options}. It does not connect yet: jetcd connects on the first call.
     *
     * @throws StoreException when the TLS material cannot be read
     */
    static Client build(EtcdOptions options) {
        String scheme = options.tls() ? "https://" : "http://";
        ClientBuilder builder = Client.builder();
        if (options.endpoints().stream().anyMatch(e -> e.startsWith("["))) {
            // jetcd joins endpoints into the target ip:///h:p,... that gRPC parses as a URI, where a
            // bracket is illegal; its ip resolver decodes the path, so escaped brackets reach it whole.
            builder.target("ip:///" + String.join(",", options.endpoints()).replace("[", "%5B").replace("]", "%5D"));
        } else {
            builder.endpoints(options.endpoints().stream().map(e -> scheme + e).toArray(String[]::new));
        }
        builder
                // Without this a call to a dead cluster waits for a connection forever (infra.md §3).
                .waitForReady(false)
                .connectTimeout(options.timeout())
                .keepaliveTime(Duration.ofSeconds(10))
                .keepaliveTimeout(Duration.ofSeconds(5))
                .maxInboundMessageSize(MAX_INBOUND_BYTES);
        if (options.user() != null) {
            builder.user(bytes(options.user())).password(bytes(options.password() == null ? "" : options.password()));
        }
        if (options.tls()) {
            try {
                builder.sslContext(ssl -> {
                    if (options.caFile() != null) {
                        ssl.trustManager(new File(options.caFile()));
                    }
                    if (options.certFile() != null) {
                        ssl.keyManager(new File(options.certFile()), new File(options.keyFile()));
                    }
                });
            } catch (SSLException | IllegalArgumentException e) {
                throw new StoreException("etcd TLS setup for " + options.endpointList() + " failed (ca="
                        + options.caFile() + ", cert=" + options.certFile() + ", key=" + options.keyFile() + "): "
                        + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }
}
