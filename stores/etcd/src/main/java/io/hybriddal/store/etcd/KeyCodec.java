package io.hybriddal.store.etcd;

import io.etcd.jetcd.ByteSequence;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Maps store keys to etcd keys and back: every key lives under {@code <escaped namespace>/}
 * (nothing for the empty namespace) and is encoded as UTF-8. Immutable and thread-safe.
 *
 * <p>The namespace is escaped as one key segment (every UTF-8 byte outside
 * {@code [A-Za-z0-9._-]} becomes {@code %XX}, a {@code /} included), so it holds no {@code /}
 * and the {@code /} after it terminates it: the prefix of one namespace is never a prefix of
 * another's, and {@code N}, {@code N/o/counter} and {@code N%2Fx} are isolated from each other.
 * A namespace made only of {@code [A-Za-z0-9._-]} keeps the keys it always had; one with other
 * characters (a {@code /}, say) moved when this rule came in (see the README).
 */
final class KeyCodec {

    /** etcd's "no upper bound" range end: a single zero byte. */
    private static final byte[] UNBOUNDED = {0};

    private final String namespace;
    private final byte[] prefix;

    KeyCodec(String namespace) {
        this.namespace = namespace;
        this.prefix = (namespace.isEmpty() ? "" : escape(namespace) + "/").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code namespace} as one key segment: every UTF-8 byte outside {@code [A-Za-z0-9._-]} percent-escaped. */
    static String escape(String namespace) {
        StringBuilder out = new StringBuilder(namespace.length() + 8);
        for (byte b : namespace.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    String namespace() {
        return namespace;
    }

    /** The etcd key of {@code key}. */
    ByteSequence encode(String key) {
        return ByteSequence.from(encodeBytes(key));
    }

    /** Encoded length of {@code key} in bytes, as the server counts it. */
    int encodedLength(String key) {
        return prefix.length + utf8Length(key);
    }

    /** UTF-8 length of {@code s} as {@code getBytes(UTF_8)} counts it, without encoding it (every commit checks every key). */
    static int utf8Length(String s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (!Character.isSurrogate(c)) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 2; // a pair of chars, 4 bytes
                i++;
            } // a lone surrogate is written as '?', one byte
        }
        return bytes;
    }

    /** The store key of an etcd key read through this codec. */
    String decode(ByteSequence etcdKey) {
        byte[] bytes = etcdKey.getBytes();
        if (bytes.length < prefix.length || !Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length)) {
            // Only possible if a range was built wrongly: never hand out a key of another namespace.
            throw new IllegalStateException("etcd key outside namespace [" + namespace + "]: " + etcdKey);
        }
        return new String(bytes, prefix.length, bytes.length - prefix.length, StandardCharsets.UTF_8);
    }

    /**
     * The first etcd key of the range of keys starting with {@code keyPrefix}; etcd refuses an
     * empty key, so the whole keyspace starts at the zero byte.
     */
    ByteSequence rangeStart(String keyPrefix) {
        byte[] start = encodeBytes(keyPrefix);
        return ByteSequence.from(start.length == 0 ? UNBOUNDED : start);
    }

    /** A key inside the namespace to read when only a response header is wanted. */
    ByteSequence probeKey() {
        return rangeStart("");
    }

    /** The etcd key that comes right after {@code key} in byte order: where an exclusive scan starts. */
    ByteSequence successor(String key) {
        byte[] encoded = encodeBytes(key);
        return ByteSequence.from(Arrays.copyOf(encoded, encoded.length + 1));
    }

    /** The exclusive end of the range of etcd keys that start with {@code keyPrefix}. */
    ByteSequence prefixEnd(String keyPrefix) {
        byte[] end = encodeBytes(keyPrefix);
        for (int i = end.length - 1; i >= 0; i--) {
            if (end[i] != (byte) 0xff) {
                end[i]++;
                return ByteSequence.from(Arrays.copyOf(end, i + 1));
            }
        }
        // An empty prefix (or only 0xff bytes) has no successor: the range runs to the end.
        return ByteSequence.from(UNBOUNDED);
    }

    private byte[] encodeBytes(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(prefix, prefix.length + k.length);
        System.arraycopy(k, 0, out, prefix.length, k.length);
        return out;
    }
}
