package io.hybriddal.store.memcached;

import com.google.code.yanf4j.core.Session;
import com.google.code.yanf4j.core.impl.StandardSocketOption;
import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.StoreUri;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.MemcachedSessionLocator;
import net.rubyeye.xmemcached.XMemcachedClientBuilder;
import net.rubyeye.xmemcached.auth.AuthInfo;
import net.rubyeye.xmemcached.command.BinaryCommandFactory;
import net.rubyeye.xmemcached.command.TextCommandFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds and inspects the Xmemcached client behind a {@link MemcachedVolatileStore}. Stateless. */
final class MemcachedClients {

    private static final Logger LOG = LoggerFactory.getLogger(MemcachedVolatileStore.class);
    private static final int MIN_SEND_BUFFER_BYTES = 256 * 1024;

    private MemcachedClients() {
    }

    /**
     * A client for {@code options}: {@code locator} (ketama) hashing, raw byte values, the configured timeouts,
     * background reconnection, SASL PLAIN on every server when a user is given.
     *
     * @throws StoreException when Xmemcached cannot create the client (not when servers are down)
     */
    static MemcachedClient create(MemcachedOptions options, RawBytesTranscoder transcoder,
                                  MemcachedSessionLocator locator) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (StoreUri.HostPort server : options.servers()) {
            addresses.add(new InetSocketAddress(server.host(), server.port()));
        }
        XMemcachedClientBuilder builder = new XMemcachedClientBuilder(addresses);
        builder.setName("hybrid-dal-memcached");
        // Xmemcached finds a server's SASL credentials by "host:port" as the connected session
        // names it; with resolution on, 127.0.0.1 comes back as "localhost" and no credentials
        // are found (the server then refuses every command). Keep hosts as written.
        builder.setResolveInetAddresses(false);
        builder.setSessionLocator(locator);
        // failureMode = true: a lost server keeps its place on the ketama ring, so its keys fail
        // fast (we answer misses and drop writes) until it is back. With the default (false) its
        // keys would be rehashed to the survivors and rehashed back when it returns; a value
        // written to a survivor meanwhile would then outlive later writes to the returned server
        // and be served stale the next time that server is lost. A cache may miss; it must not lie.
        builder.setFailureMode(true);
        builder.setOpTimeout(options.opTimeout().toMillis());
        builder.setConnectTimeout(options.connectTimeout().toMillis());
        builder.setEnableHealSession(true);
        builder.setHealSessionInterval(options.healInterval().toMillis());
        builder.setConnectionPoolSize(options.poolSize());
        builder.setTranscoder(transcoder);
        // Xmemcached pins the send buffer at 32 KiB, which turns off the kernel's autotuning; its
        // writer then stalls on every full buffer: a 100 KB set took ~45 ms and a 1 MB set ~575 ms
        // on loopback (gets of the same values: 1-3 ms), far over the operation timeout. With room
        // for a whole item the same sets take 1-2 ms.
        builder.setSocketOption(StandardSocketOption.SO_SNDBUF, Math.max(MIN_SEND_BUFFER_BYTES, options.maxItemBytes()));
        builder.setCommandFactory(options.binaryProtocol() ? new BinaryCommandFactory() : new TextCommandFactory());
        if (options.user() != null) {
            for (InetSocketAddress address : addresses) {
                builder.addAuthInfo(address, AuthInfo.plain(options.user(), options.password()));
            }
        }
        try {
            return builder.build();
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot create a memcached client for " + options.servers() + ": "
                    + FailureLog.describe(e), e);
        }
    }

    /**
     * Shuts {@code client} down, waiting at most {@code waitMillis}: Xmemcached waits up to 5 s
     * for each server to acknowledge {@code quit}, which a hung server never does, so the
     * shutdown runs on a daemon thread and finishes there when it takes longer.
     */
    static void shutdown(MemcachedClient client, Object servers, long waitMillis) {
        Thread closer = new Thread(() -> {
            try {
                client.shutdown();
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing the memcached client of {} failed: {}", servers, FailureLog.describe(e));
            }
        }, "hybrid-dal-memcached-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code keys} grouped by the server {@code locator} (the client's) assigns them to, in first-seen order; one group
     * with every key when the client has no session to ask (all servers unreachable).
     */
    static Collection<List<String>> groupByServer(MemcachedSessionLocator locator, Collection<String> keys) {
        Map<Object, List<String>> groups = new LinkedHashMap<>();
        for (String key : keys) {
            Session session = locator.getSessionByKey(key);
            Object server = session == null ? "none" : session.getRemoteSocketAddress();
            groups.computeIfAbsent(server == null ? "none" : server, s -> new ArrayList<>()).add(key);
        }
        return groups.values();
    }
}
