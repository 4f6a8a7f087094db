package io.hybriddal.conformance;

import java.nio.charset.StandardCharsets;

/** Byte-array helpers for the contracts: text in and out, and values with known content. */
final class Bytes {

    private Bytes() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The 256 byte values in order: catches stores that treat values as text or strip bytes. */
    static byte[] everyByteValue() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /**
     * {@code size} bytes that do not repeat with a short period, so a store that truncates,
     * reorders or duplicates chunks of a large value produces a different array.
     */
    static byte[] patterned(int size) {
        byte[] bytes = new byte[size];
        int x = 0x2545F491;
        for (int i = 0; i < size; i++) {
            // xorshift: cheap, deterministic, no period in the sizes the kit uses
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            bytes[i] = (byte) x;
        }
        return bytes;
    }
}
