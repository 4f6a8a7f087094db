package io.hybriddal.dal.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.internal.model.ValueKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeySegmentsTest {

    @Test
    void escape_leavesGuidsAlone_andEscapesSeparatorsSoNoValueReachesIntoAnotherKey() {
        assertThat(KeySegments.escape("3f2a9c1e-0b7d-4c1a-9e2f-123456789abc")).isEqualTo("3f2a9c1e-0b7d-4c1a-9e2f-123456789abc");
        assertThat(KeySegments.escape("../o/vdisk/x")).isEqualTo("..%2Fo%2Fvdisk%2Fx");
        assertThat(KeySegments.escape("a b%é")).isEqualTo("a%20b%25%C3%A9");
    }

    @Test
    void escape_keepsExactlyLettersDigitsDotDashAndUnderscore_andEscapesEveryOtherCharacterBelow256() {
        for (char c = 0; c < 256; c++) {
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
            String text = "x" + c;
            assertThat(KeySegments.escape(text)).as("U+%04X", (int) c).isEqualTo(plain ? text : "x" + percentUtf8(c));
        }
    }

    private static String percentUtf8(char c) {
        StringBuilder out = new StringBuilder();
        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
            out.append(String.format("%%%02X", b & 0xff));
        }
        return out.toString();
    }

    @Test
    void value_givesDistinctKeys_toOneAsIntegerStringAndDouble() {
        assertThat(KeySegments.value(ValueKind.LONG, 1L)).isEqualTo("n1");
        assertThat(KeySegments.value(ValueKind.STRING, "1")).isEqualTo("s1");
        assertThat(KeySegments.value(ValueKind.DOUBLE, 1.0)).isEqualTo("d1.0");
        assertThat(KeySegments.value(ValueKind.INT, 1)).isEqualTo(KeySegments.value(ValueKind.LONG, 1L));
    }

    @Test
    void value_givesNullItsOwnKey_distinctFromTheStringNull() {
        assertThat(KeySegments.value(ValueKind.STRING, null)).isEqualTo("~");
        assertThat(KeySegments.value(ValueKind.STRING, "null")).isNotEqualTo(KeySegments.value(ValueKind.STRING, null));
        assertThat(KeySegments.value(ValueKind.STRING, "~")).isNotEqualTo("~");
    }

    @Test
    void value_digestsLongValues_keepingKeysShortAndDistinct() {
        String a = KeySegments.value(ValueKind.STRING, "x".repeat(500));
        String b = KeySegments.value(ValueKind.STRING, "x".repeat(499) + "y");
        assertThat(a).startsWith("h").hasSizeLessThan(70).isNotEqualTo(b);
    }

    @Test
    void value_treatsNegativeZeroAsZero() {
        assertThat(KeySegments.value(ValueKind.DOUBLE, -0.0)).isEqualTo(KeySegments.value(ValueKind.DOUBLE, 0.0));
    }

    @Test
    void escape_keepsALoneSurrogateApartFromTheQuestionMarkUtf8WouldReplaceItWith() {
        assertThat(KeySegments.escape("\uD800")).isEqualTo("%ED%A0%80");
        assertThat(KeySegments.escape("?")).isEqualTo("%3F");
        assertThat(KeySegments.value(ValueKind.STRING, "\uD800")).isNotEqualTo(KeySegments.value(ValueKind.STRING, "?"));
        assertThat(KeySegments.value(ValueKind.STRING, "\uDC00")).isNotEqualTo(KeySegments.value(ValueKind.STRING, "\uD800"));
    }

    @Test
    void escape_ofAPairedSurrogate_isItsUtf8_soExistingKeysAreUnchanged() {
        assertThat(KeySegments.escape("\uD83D\uDE00")).isEqualTo("%F0%9F%98%80");
        assertThat(KeySegments.escape("\uD83D\uDE00")).isNotEqualTo(KeySegments.escape("\uD83D") + KeySegments.escape("\uDE00"));
    }

    @Test
    void sha256_ofTextsDifferingOnlyInALoneSurrogate_differs() {
        assertThat(KeySegments.sha256("a\uD800")).isNotEqualTo(KeySegments.sha256("a?"));
        assertThat(KeySegments.sha256("\u00e9")).as("the SHA-256 of its UTF-8").isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }

    @Test
    void unescape_isTheExactInverseOfEscape_forEveryKindOfString() {
        for (String text : new String[] {"plain-1.x_y", "a/b", "a%2Fb", "café", "a+b", "a b", "\"><", "\uD800", "a\uDC00b", "\uD83D\uDE00", ""}) {
            assertThat(KeySegments.unescape(KeySegments.escape(text))).as(text).isEqualTo(text);
        }
    }

    @Test
    void unescape_leavesASegmentEscapeCannotHaveProduced_asItIs() {
        assertThat(KeySegments.unescape("100%")).isEqualTo("100%");
        assertThat(KeySegments.unescape("a%zzb")).isEqualTo("a%zzb");
    }

    @Test
    void bytes_areTheUtf8OfTextWithoutUnpairedSurrogates_andWtf8ForAnUnpairedOne() {
        for (String text : new String[] {"", "abc", "a b%é", "日本語", "\uD83D\uDE00 paired", "\u07FF\u0800\uFFFF"}) {
            assertThat(KeySegments.bytes(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(KeySegments.bytes("a\uD800b")).containsExactly(0x61, 0xED, 0xA0, 0x80, 0x62);
        assertThat(KeySegments.bytes("\uDFFF\uD83D\uDE00")).containsExactly(0xED, 0xBF, 0xBF, 0xF0, 0x9F, 0x98, 0x80);
    }

    @Test
    void sha256_isTheStandardDigest_againOnEveryCall() {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(KeySegments.sha256("abc")).isEqualTo(abc);
        assertThat(KeySegments.sha256("abd")).isNotEqualTo(abc);
        assertThat(KeySegments.sha256("abc")).isEqualTo(abc);
    }
}
