package io.hybriddal.bench.support;

import com.google.code.yanf4j.core.impl.StandardSocketOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import net.rubyeye.xmemcached.MemcachedClient;
import net.rubyeye.xmemcached.XMemcachedClientBuilder;
import net.rubyeye.xmemcached.command.TextCommandFactory;
import net.rubyeye.xmemcached.impl.KetamaMemcachedSessionLocator;
import net.rubyeye.xmemcached.transcoders.CachedData;
import net.rubyeye.xmemcached.transcoders.CompressionMode;
import net.rubyeye.xmemcached.transcoders.Transcoder;
import net.rubyeye.xmemcached.utils.AddrUtil;

/**
 * A plain Xmemcached client on the benchmark's memcached, set up as hybrid-dal's memcached store
 * sets up its own (MemcachedClients: ketama locator, failure mode, healing sessions every second,
 * text protocol, one connection, raw byte values, no compression, a send buffer for a whole
 * 1 MiB item), for the raw baseline of a dynamic hit.
 */
public final class RawMemcached implements AutoCloseable {

    /** Operation timeout of both sides (the store's URI gets the same). */
    public static final long OP_TIMEOUT_MS = 1_000;

    public final MemcachedClient client;
    public final Transcoder<byte[]> transcoder = new Bytes();

    public RawMemcached() {
        XMemcachedClientBuilder builder = new XMemcachedClientBuilder(AddrUtil.getAddresses(Servers.memcached()));
        builder.setResolveInetAddresses(false);
        builder.setSessionLocator(new KetamaMemcachedSessionLocator());
        builder.setFailureMode(true);
        builder.setEnableHealSession(true);
        builder.setHealSessionInterval(1_000);
        builder.setConnectionPoolSize(1);
        builder.setTranscoder(transcoder);
        builder.setSocketOption(StandardSocketOption.SO_SNDBUF, 1024 * 1024);
        builder.setCommandFactory(new TextCommandFactory());
        builder.setOpTimeout(OP_TIMEOUT_MS);
        try {
            client = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] get(String key) throws Exception {
        return client.get(key, OP_TIMEOUT_MS, transcoder);
    }

    @Override
    public void close() throws IOException {
        client.shutdown();
    }

    /** Values byte for byte. */
    private static final class Bytes implements Transcoder<byte[]> {
        @Override
        public CachedData encode(byte[] o) {
            return new CachedData(0, o);
        }

        @Override
        public byte[] decode(CachedData d) {
            return d.getData();
        }

        @Override
        public void setPrimitiveAsString(boolean primitiveAsString) {
        }

        @Override
        public void setPackZeros(boolean packZeros) {
        }

        @Override
        public void setCompressionThreshold(int to) {
        }

        @Override
        public boolean isPrimitiveAsString() {
            return false;
        }

        @Override
        public boolean isPackZeros() {
            return false;
        }

        @Override
        public void setCompressionMode(CompressionMode compressMode) {
        }
    }
}
