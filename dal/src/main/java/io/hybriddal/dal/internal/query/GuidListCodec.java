package io.hybriddal.dal.internal.query;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The binary form of a cached guid list, compact so that large results fit a cache item:
 * a version byte, the count, then per guid either 16 bytes (a canonical lowercase UUID, what
 * {@code dal.create} makes) or its UTF-8 text with a length. Decoding anything malformed gives
 * null (a miss), never an exception.
 */
final class GuidListCodec {

    private static final byte VERSION = 1;
    private static final byte UUID_TAG = 0;
    private static final byte TEXT_TAG = 1;

    private GuidListCodec() {
    }

    static byte[] encode(List<String> guids) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + guids.size() * 17);
        out.write(VERSION);
        writeVarint(out, guids.size());
        byte[] uuid = new byte[16];
        for (String guid : guids) {
            if (canonicalUuidBytes(guid, uuid)) {
                out.write(UUID_TAG);
                out.write(uuid, 0, 16);
            } else {
                byte[] text = guid.getBytes(StandardCharsets.UTF_8);
                out.write(TEXT_TAG);
                writeVarint(out, text.length);
                out.write(text, 0, text.length);
            }
        }
        return out.toByteArray();
    }

    /** The guids, or null when {@code bytes} is not a list this codec wrote. */
    static List<String> decode(byte[] bytes) {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != VERSION) {
                return null;
            }
            int count = readVarint(in);
            if (count < 0 || count > in.remaining()) {
                return null;
            }
            List<String> guids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byte tag = in.get();
                if (tag == UUID_TAG) {
                    guids.add(new UUID(in.getLong(), in.getLong()).toString());
                } else if (tag == TEXT_TAG) {
                    int length = readVarint(in);
                    if (length < 0 || length > in.remaining()) {
                        return null;
                    }
                    guids.add(new String(bytes, in.position(), length, StandardCharsets.UTF_8));
                    in.position(in.position() + length);
                } else {
                    return null;
                }
            }
            return in.hasRemaining() ? null : Collections.unmodifiableList(guids);
        } catch (RuntimeException malformed) { // BufferUnderflowException and friends
            return null;
        }
    }

    /**
     * Whether {@code s} is a canonical UUID (36 characters, dashes at 8, 13, 18, 23, lowercase hex
     * elsewhere: what UUID.toString gives back); if so, its 16 bytes, most significant first, are
     * in {@code into}. One pass: the check and the parse together (the hex pairs never straddle a
     * dash, every group having an even length).
     */
    static boolean canonicalUuidBytes(String s, byte[] into) {
        if (s.length() != 36) {
            return false;
        }
        int b = 0;
        int i = 0;
        while (i < 36) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (s.charAt(i++) != '-') {
                    return false;
                }
                continue;
            }
            int high = hex(s.charAt(i));
            int low = hex(s.charAt(i + 1));
            if ((high | low) < 0) {
                return false;
            }
            into[b++] = (byte) (high << 4 | low);
            i += 2;
        }
        return true;
    }

    /** The value of each ASCII character as a lowercase hex digit, or -1. */
    private static final byte[] HEX = new byte[128];

    static {
        Arrays.fill(HEX, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX[c] = (byte) (c - 'a' + 10);
        }
    }

    /** The value of a lowercase hex digit, or -1: a table lookup, as random digits defeat a range test's branch prediction. */
    private static int hex(char c) {
        return c < 128 ? HEX[c] : -1;
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7f) != 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(ByteBuffer in) {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            byte b = in.get();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        return -1;
    }
}
