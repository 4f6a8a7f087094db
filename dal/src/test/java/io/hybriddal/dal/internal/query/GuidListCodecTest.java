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
    void almostUuidsRoundTripAsTheirText() {
        String uuid = "0123abcd-4567-89ef-a0b1-c2d3e4f5a6b7";
        List<String> almost = List.of(uuid.replace('-', '0'), uuid.substring(1), uuid + "0", uuid.replace('a', 'g'),
                "0123abcd-4567-89ef-a0b1c-2d3e4f5a6b7", "0123abcd-4567-89ef-a0b1-c2d3e4f5a6b-");
        for (String guid : almost) {
            byte[] bytes = GuidListCodec.encode(List.of(guid));
            assertThat(GuidListCodec.decode(bytes)).as(guid).containsExactly(guid);
            assertThat(bytes.length).as(guid).isGreaterThan(GuidListCodec.encode(List.of(uuid)).length);
        }
        assertThat(GuidListCodec.decode(GuidListCodec.encode(List.of(uuid)))).containsExactly(uuid);
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
