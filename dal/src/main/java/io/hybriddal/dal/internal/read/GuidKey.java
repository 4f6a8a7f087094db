package io.hybriddal.dal.internal.read;

import java.util.Arrays;
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
    /** Digit values by character: 0-9 and a-f, -1 for every other ASCII character. */
    private static final byte[] DIGITS = new byte[128];

    static {
        Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < 10; i++) {
            DIGITS['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            DIGITS['a' + i] = (byte) (10 + i);
        }
    }

    private final long high;
    private final long low;

    private GuidKey(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /** The key of {@code guid}: a {@code GuidKey} for a canonical lowercase UUID, otherwise the guid itself. */
    static Object of(String guid) {
        if (guid.length() != LENGTH || guid.charAt(8) != '-' || guid.charAt(13) != '-' || guid.charAt(18) != '-'
                || guid.charAt(23) != '-') {
            return guid;
        }
        // straight-line groups of four digits, no branch per character: a loop with a branch per
        // digit mispredicts on random hex and cost most of a near-cache hit
        long a = group(guid, 0);
        long b = group(guid, 4);
        long c = group(guid, 9);
        long d = group(guid, 14);
        long e = group(guid, 19);
        long f = group(guid, 24);
        long g = group(guid, 28);
        long h = group(guid, 32);
        if ((a | b | c | d | e | f | g | h) < 0) {
            return guid;
        }
        return new GuidKey(a << 48 | b << 32 | c << 16 | d, e << 48 | f << 32 | g << 16 | h);
    }

    /** The 16 bits of the four lowercase hex digits at {@code from}, or a negative number if one is not such a digit. */
    private static long group(String guid, int from) {
        return digit(guid, from) << 12 | digit(guid, from + 1) << 8 | digit(guid, from + 2) << 4 | digit(guid, from + 3);
    }

    /** The value of the lowercase hex digit at {@code index}, or -1 (which makes its whole group negative). */
    private static int digit(String guid, int index) {
        char c = guid.charAt(index);
        return c < DIGITS.length ? DIGITS[c] : -1;
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
