package io.hybriddal.dal.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuidsTest {

    @Test
    void canonical_parsesALowerCaseUuid_toTheSameUuid() {
        UUID uuid = UUID.randomUUID();
        assertThat(Guids.canonical(uuid.toString())).isEqualTo(uuid);
    }

    @Test
    void canonical_refusesTextThatWouldNotPrintBackTheSame() {
        assertThat(Guids.canonical("0B5C3A52-1C9F-4E0C-9A57-9F4B3C2D1E00")).isNull();
        assertThat(Guids.canonical("1-1-1-1-1")).isNull();
        assertThat(Guids.canonical("0b5c3a52x1c9f-4e0c-9a57-9f4b3c2d1e00")).isNull();
        assertThat(Guids.canonical("my-own-guid")).isNull();
    }

    @Test
    void shared_returnsOneInstancePerValue() {
        String a = new String("0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e00");
        String b = new String("0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e00");
        assertThat(Guids.shared(a)).isSameAs(Guids.shared(b));
    }
}
