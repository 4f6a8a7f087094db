package io.hybriddal.bench.support;

import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.dal.spi.support.ForwardingVolatileStore;

/**
 * A volatile store that forwards to another and remembers the last key read, so that a raw
 * baseline can read exactly the key hybrid-dal reads (a dynamic's cache entry). The extra cost
 * per call is one plain field write (not volatile: a volatile store's fence cost ~10 ns on every
 * hit, a tenth of a memory-store dynamic hit; the key is read back on the same thread, in setup).
 * Closes its delegate.
 */
public final class RecordingVolatileStore extends ForwardingVolatileStore {

    private String lastKey;

    public RecordingVolatileStore(VolatileStore delegate) {
        super(delegate);
    }

    /** The key of the last get, or null. */
    public String lastKey() {
        return lastKey;
    }

    @Override
    public byte[] get(String key) {
        lastKey = key;
        return super.get(key);
    }
}
