package io.hybriddal.dal.internal.query;

import io.hybriddal.dal.internal.read.GuidKey;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        ByteBuffer bits = ByteBuffer.wrap(uuid);
        for (String guid : guids) {
            if (GuidKey.of(guid) instanceof GuidKey key) { // a canonical UUID: 16 bytes instead of 36
                bits.putLong(0, key.high()).putLong(8, key.low());
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
