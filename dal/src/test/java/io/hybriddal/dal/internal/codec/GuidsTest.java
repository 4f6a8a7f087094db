package io.hybriddal.dal.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuidsTest {

    @Test
    void shared_returnsOneInstancePerValue() {
        String a = new String("0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e00");
        String b = new String("0b5c3a52-1c9f-4e0c-9a57-9f4b3c2d1e00");
        assertThat(Guids.shared(a)).isSameAs(Guids.shared(b));
    }
}
