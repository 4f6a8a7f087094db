package io.hybriddal.dal.internal.read;

import java.util.UUID;

/**
 * The near cache's key of a guid in canonical UUID form (lowercase, as {@code UUID.toString()}
 * writes it): its 128 bits. Hashing needs no pass over a fresh guid's characters beyond the parse,
 * equality reads no other object than the stored key, and the key takes 32 bytes instead of a
 * 36-character String's 80. Any other guid (upper case, other lengths and characters) stays its
 * own String key: guids are case-sensitive, so {@code "ABC…"} and {@code "abc…"} are two objects,
 * and a String never equals a {@code GuidKey}. Immutable.
 */
final class GuidKey {

    private static final int LENGTH = 36;

    private final long high;
    private final long low;

    private GuidKey(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /** The key of {@code guid}: a {@code GuidKey} for a canonical lowercase UUID, otherwise the guid itself. */
    static Object of(String guid) {
        if (guid.length() != LENGTH) {
            return guid;
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = guid.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return guid;
                }
                continue;
            }
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                return guid;
            }
            if (i < 18) {
                high = high << 4 | digit;
            } else {
                low = low << 4 | digit;
            }
        }
        return new GuidKey(high, low);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuidKey k && k.high == high && k.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high ^ low);
    }

    @Override
    public String toString() {
        return new UUID(high, low).toString();
    }
}
