package io.hybriddal.dal.internal.codec;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guid helpers for memory-sensitive places. Relation guids repeat across many documents (every
 * vDisk of a pool names the pool), so decoded documents share one String per guid; and the near
 * cache keys canonical guids by {@link UUID} (32 bytes instead of an 80-byte String).
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

    /**
     * The UUID of a canonical guid (36 characters, lower-case hex, dashes at 8, 13, 18, 23), or
     * null for anything else: only canonical text maps back to the same guid, so the key is exact.
     */
    public static UUID canonical(String guid) {
        if (guid.length() != 36) {
            return null;
        }
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 36; i++) {
            char c = guid.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return null;
                }
                continue;
            }
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return null;
            }
            if (i < 19) {
                msb = (msb << 4) | digit;
            } else {
                lsb = (lsb << 4) | digit;
            }
        }
        return new UUID(msb, lsb);
    }
}
