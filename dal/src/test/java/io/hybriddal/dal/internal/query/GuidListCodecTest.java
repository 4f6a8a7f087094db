package io.hybriddal.dal.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuidListCodecTest {

    @Test
    void uuidsAndOtherGuidsRoundTripInOrder() {
        List<String> guids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            guids.add(UUID.randomUUID().toString());
        }
        guids.add("not-a-uuid/é");
        guids.add(UUID.randomUUID().toString().toUpperCase());
        guids.add("");
        byte[] bytes = GuidListCodec.encode(guids);
        assertThat(GuidListCodec.decode(bytes)).containsExactlyElementsOf(guids);
        assertThat(bytes.length).isLessThan(300 * 17 + 100);
    }

    @Test
    void malformedEntriesDecodeAsMisses() {
        assertThat(GuidListCodec.decode(new byte[0])).isNull();
        assertThat(GuidListCodec.decode(new byte[] {9, 1})).isNull();
        assertThat(GuidListCodec.decode(new byte[] {1, 2, 0, 1})).isNull();
        byte[] good = GuidListCodec.encode(List.of("a"));
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThat(GuidListCodec.decode(longer)).isNull();
        assertThat(GuidListCodec.decode(GuidListCodec.encode(List.of()))).isEmpty();
    }
}
