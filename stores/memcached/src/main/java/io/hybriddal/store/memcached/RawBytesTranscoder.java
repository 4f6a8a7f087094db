package io.hybriddal.store.memcached;

import java.nio.charset.StandardCharsets;
import net.rubyeye.xmemcached.transcoders.CachedData;
import net.rubyeye.xmemcached.transcoders.CompressionMode;
import net.rubyeye.xmemcached.transcoders.Transcoder;

/**
 * Stores values byte for byte, with flags 0: no Java serialization, no compression, no size
 * check (the store checks sizes before calling the client). Reads return the stored bytes
 * whatever their flags.
 *
 * <p>It is also the client's default transcoder because Xmemcached's text-protocol
 * {@code incr} with an initial value creates the counter by {@code add}ing
 * {@code String.valueOf(initial)} through the default transcoder: strings are therefore
 * written as their ASCII digits, which is what memcached's {@code incr} expects.
 * Stateless and thread-safe.
 */
final class RawBytesTranscoder implements Transcoder<Object> {

    private static final int RAW = 0;

    @Override
    public CachedData encode(Object value) {
        if (value instanceof byte[] bytes) {
            return new CachedData(RAW, bytes);
        }
        if (value instanceof String text) {
            return new CachedData(RAW, text.getBytes(StandardCharsets.US_ASCII));
        }
        throw new IllegalArgumentException("memcached store writes only byte[] values, not "
                + (value == null ? "null" : value.getClass().getName()));
    }

    @Override
    public Object decode(CachedData data) {
        return data.getData();
    }

    @Override
    public void setPrimitiveAsString(boolean primitiveAsString) {
        // no primitives: every value is bytes
    }

    @Override
    public void setPackZeros(boolean packZeros) {
        // no numbers are packed
    }

    @Override
    public void setCompressionThreshold(int threshold) {
        // never compresses: values must arrive byte for byte
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
    public void setCompressionMode(CompressionMode mode) {
        // never compresses
    }
}
