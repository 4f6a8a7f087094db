package io.hybriddal.dal.internal.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The near cache's key of a guid in canonical UUID form (lowercase, as {@code UUID.toString()}
 * writes it): its 128 bits, by which {@link SnapshotTable} keeps the object without a key object
 * of its own, and the query cache stores a result's guid in 16 bytes. Any other guid (upper case,
 * other lengths and characters) stays its own String key: guids are case-sensitive, so
 * {@code "ABC…"} and {@code "abc…"} are two objects, and a String never equals a {@code GuidKey}.
 * Immutable.
 */
public final class GuidKey {

    private static final int LENGTH = 36;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final long high;
    private final long low;

    private GuidKey(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /** The key of {@code guid}: a {@code GuidKey} for a canonical lowercase UUID, otherwise the guid itself. */
    public static Object of(String guid) {
        if (guid.length() != LENGTH) {
            return guid;
        }
        // a character beyond Latin-1 becomes '?', which no check below accepts
        byte[] chars = guid.getBytes(StandardCharsets.ISO_8859_1);
        if (chars[8] != '-' || chars[13] != '-' || chars[18] != '-' || chars[23] != '-') {
            return guid;
        }
        long a = hex8((long) LONGS.get(chars, 0));
        long b = hex8((long) INTS.get(chars, 9) & 0xFFFFFFFFL | (long) INTS.get(chars, 14) << 32);
        long c = hex8((long) INTS.get(chars, 19) & 0xFFFFFFFFL | (long) INTS.get(chars, 24) << 32);
        long d = hex8((long) LONGS.get(chars, 28));
        if ((a | b | c | d) < 0) {
            return guid;
        }
        return new GuidKey(a << 32 | b, c << 32 | d);
    }

    /** The guid's first 64 bits. */
    public long high() {
        return high;
    }

    /** The guid's last 64 bits. */
    public long low() {
        return low;
    }

    /**
     * The 32 bits of eight lowercase hex digits, one per byte of {@code x} (the first in the lowest
     * byte), or -1 if a byte is not one. Eight digits in a few word operations: a loop with a branch
     * per digit mispredicts on random hex and was most of a near-cache hit.
     */
    private static long hex8(long x) {
        long digits = inRange(x, '0', '9') | inRange(x, 'a', 'f');
        if ((x & HIGH_BITS) != 0 || digits != HIGH_BITS) {
            return -1;
        }
        long v = (x & 0x0F0F0F0F0F0F0F0FL) + 9 * (x >>> 6 & ONES); // 'a'..'f' have bit 6 set: 1..6 + 9
        v = (v & 0x000F000F000F000FL) << 4 | (v & 0x0F000F000F000F00L) >>> 8;
        v = (v & 0x000000FF000000FFL) << 8 | (v & 0x00FF000000FF0000L) >>> 16;
        return (v & 0xFFFF) << 16 | v >>> 32 & 0xFFFF;
    }

    /** The high bit of each byte of {@code x} (all below 0x80) that lies in {@code [low, high]}. */
    private static long inRange(long x, char low, char high) {
        return (x + (0x80 - low) * ONES) & ~(x + (0x7F - high) * ONES) & HIGH_BITS;
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
