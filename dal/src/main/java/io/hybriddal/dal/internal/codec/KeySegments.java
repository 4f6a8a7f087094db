package io.hybriddal.dal.internal.codec;

import io.hybriddal.dal.internal.model.ValueKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns user values into key segments that cannot collide with or reach into other keys:
 * everything outside {@code [A-Za-z0-9._-]} is percent-escaped (so no value can contain the
 * {@code /} separator), and values are tagged by type so that {@code 1}, {@code "1"} and
 * {@code 1.0} give different keys while {@code null} has a key of its own.
 *
 * <p>Escaping is lossless for every Java string, including one with an unpaired UTF-16
 * surrogate: its bytes are the string's UTF-8, with an unpaired surrogate encoded as the
 * three bytes UTF-8's scheme gives its code point (a lone U+D800 is {@code %ED%A0%80}; this is
 * WTF-8). Plain UTF-8 would replace it with {@code ?} and make {@code "?"} and a lone U+D800
 * share one unique key. Such strings are not refused at save: the document holds them fine
 * (Jackson writes them as JSON {@code \\u} escapes and reads them back), and a value storable
 * in one property should be storable in a unique or indexed one too. Valid UTF-8 never contains
 * the bytes of a lone surrogate and every valid string encodes exactly as before, so existing
 * keys are unchanged.
 */
public final class KeySegments {

    /** One digest per thread: looking one up per call costs more than hashing a query's key. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    });

    private static final HexFormat HEX_FORMAT = HexFormat.of();

    /** Longer encodings are replaced by a SHA-256 digest, keeping keys short for the store. */
    static final int MAX_SEGMENT = 180;

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Whether each ASCII character stands for itself in a segment: one load per character on the hot path (guids). */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 0; c < PLAIN.length; c++) {
            PLAIN[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        }
    }

    private KeySegments() {
    }

    /** {@code text} with every byte outside {@code [A-Za-z0-9._-]} percent-escaped. */
    public static String escape(String text) {
        if (isPlain(text)) {
            return text;
        }
        byte[] bytes = bytes(text);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if (isPlain(c)) {
                out.append(c);
            } else {
                out.append('%').append((char) HEX[(b >> 4) & 0xf]).append((char) HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * The text {@link #escape} turned into {@code segment}: the exact inverse for every string,
     * a lone surrogate included. A segment that escape cannot have produced (a {@code %} not
     * followed by two hex digits) is returned as it is.
     */
    public static String unescape(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(segment.charAt(i + 2), 16);
            if (lo < 0) {
                return segment;
            }
            bytes.write(hi << 4 | lo);
            i += 2;
        }
        return text(bytes.toByteArray());
    }

    /** The inverse of {@link #bytes}: UTF-8 whose three-byte forms may hold a lone surrogate. */
    private static String text(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xff;
            int n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            int cp = n == 1 ? lead : lead & (0xFF >> (n + 1));
            for (int k = 1; k < n && i + k < b.length; k++) {
                cp = cp << 6 | (b[i + k] & 0x3F);
            }
            out.appendCodePoint(cp);
            i += n;
        }
        return out.toString();
    }

    /**
     * The UTF-8 bytes of {@code text}, except that an unpaired surrogate is encoded as the
     * three bytes of its code point instead of being replaced with {@code ?} (WTF-8): distinct
     * strings give distinct bytes.
     */
    static byte[] bytes(String text) {
        if (!hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8); // the same bytes, without a call per code point
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            }
        });
        return out.toByteArray();
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlain(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!isPlain(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlain(char c) {
        return c < PLAIN.length && PLAIN[c];
    }

    /**
     * The canonical, type-tagged segment of a scalar value of kind {@code kind}: {@code ~} for
     * null, {@code s<text>}, {@code n<integer>}, {@code d<double>}, {@code b1}/{@code b0},
     * {@code e<constant>}; long ones are digested ({@code h<sha256>}).
     */
    public static String value(ValueKind kind, Object value) {
        if (value == null) {
            return "~";
        }
        String encoded = switch (kind) {
            case STRING -> "s" + escape((String) value);
            case INT, LONG -> "n" + ((Number) value).longValue();
            case DOUBLE -> "d" + escape(Double.toString(canonical((Double) value)));
            case BOOLEAN -> ((Boolean) value) ? "b1" : "b0";
            case ENUM -> "e" + escape(((Enum<?>) value).name());
            default -> throw new IllegalArgumentException("not a scalar kind: " + kind);
        };
        return encoded.length() <= MAX_SEGMENT ? encoded : "h" + sha256(encoded);
    }

    private static double canonical(double d) {
        return d == 0.0 ? 0.0 : d; // -0.0 and 0.0 are equal as numbers, so they share a key
    }

    /** The SHA-256 of {@code text}'s {@linkplain #bytes bytes} (its UTF-8 when it is valid) in hex. */
    public static String sha256(String text) {
        return HEX_FORMAT.formatHex(SHA_256.get().digest(bytes(text)));
    }
}
