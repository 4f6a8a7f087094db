package io.hybriddal.dal.internal.codec;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Relation guids repeat across many documents (every vDisk of a pool names the pool), so decoded
 * documents share one String per guid instead of one copy per document.
 */
public final class Guids {

    /** Bounded so a stream of distinct guids cannot grow it without limit; cleared when full. */
    private static final int MAX_SHARED = 65_536;
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();

    private Guids() {
    }

    /** One shared instance per guid value (best effort). */
    public static String shared(String guid) {
        String known = SHARED.get(guid);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= MAX_SHARED) {
            SHARED.clear();
        }
        known = SHARED.putIfAbsent(guid, guid);
        return known != null ? known : guid;
    }
}
