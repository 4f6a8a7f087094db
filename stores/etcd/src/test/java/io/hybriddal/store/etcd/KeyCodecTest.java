package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcd.jetcd.ByteSequence;
import io.hybriddal.dal.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key mapping, range bounds and duplicate folding; no server needed. */
class KeyCodecTest {

    private static String text(ByteSequence bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void encode_putsKeysUnderTheNamespaceAndASlash_andDecodeTakesItOff() {
        KeyCodec codec = new KeyCodec("prod");

        assertThat(text(codec.encode("vdisk/1"))).isEqualTo("prod/vdisk/1");
        assertThat(codec.decode(codec.encode("vdisk/1"))).isEqualTo("vdisk/1");
        assertThat(codec.encodedLength("é")).isEqualTo("prod/".length() + 2);
    }

    @Test
    void utf8Length_countsAsGetBytesDoes_forEveryWidthAndForLoneSurrogates() {
        for (String key : List.of("", "o/vdisk/1", "é", "€uro", "\uD83D\uDE00 smile", "lone \uD83D high", "lone \uDE00 low", "end \uD83D",
                "ß\u07FF\u0800\uFFFF")) {
            assertThat(KeyCodec.utf8Length(key)).as(key).isEqualTo(key.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void encode_escapesTheNamespaceAsOneSegment_soNoNamespaceIsAPrefixOfAnother() {
        assertThat(text(new KeyCodec("N/o/counter").encode("o/x/1"))).isEqualTo("N%2Fo%2Fcounter/o/x/1");
        assertThat(text(new KeyCodec("N%2Fx").encode("k"))).isEqualTo("N%252Fx/k");
        assertThat(text(new KeyCodec("café").encode("k"))).isEqualTo("caf%C3%A9/k");
        assertThat(text(new KeyCodec("N").encode("o/counter/o/x/1"))).isNotEqualTo(text(new KeyCodec("N/o/counter").encode("o/x/1")));
    }

    @Test
    void decode_refusesAKeyOfANamespaceNestedUnderItsOwnName() {
        KeyCodec codec = new KeyCodec("N");

        assertThatThrownBy(() -> codec.decode(new KeyCodec("N/o/counter").encode("o/x/1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void encode_addsNothing_forTheEmptyNamespace() {
        KeyCodec codec = new KeyCodec("");

        assertThat(text(codec.encode("k"))).isEqualTo("k");
        assertThat(codec.rangeStart("").getBytes()).containsExactly(0);
        assertThat(codec.prefixEnd("").getBytes()).as("no upper bound").containsExactly(0);
    }

    @Test
    void prefixEnd_isTheFirstKeyAfterEveryKeyWithThePrefix() {
        KeyCodec codec = new KeyCodec("ns");

        assertThat(text(codec.prefixEnd("a/"))).isEqualTo("ns/a0");
        assertThat(text(codec.prefixEnd(""))).isEqualTo("ns0");
        assertThat(codec.successor("a").getBytes()).containsExactly('n', 's', '/', 'a', 0);
    }

    @Test
    void decode_refusesAKeyOfAnotherNamespace() {
        KeyCodec codec = new KeyCodec("ns");

        assertThatThrownBy(() -> codec.decode(ByteSequence.from("other/k", StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lastPerKey_keepsTheLastOperationAtTheFirstPlaceOfItsKey() {
        List<Operation> folded = CommitTxn.lastPerKey(List.of(
                new Operation.Put("a", new byte[] {1}), new Operation.Put("b", new byte[] {2}),
                new Operation.Delete("a"), new Operation.Put("c", new byte[] {3})));

        assertThat(folded).extracting(Operation::key).containsExactly("a", "b", "c");
        assertThat(folded.get(0)).isInstanceOf(Operation.Delete.class);
    }
}
