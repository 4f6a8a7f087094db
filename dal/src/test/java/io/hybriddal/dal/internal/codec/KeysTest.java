package io.hybriddal.dal.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every path reads a guid from a key through {@link Keys#guidOf}: the exact guid escaping stored. */
class KeysTest {

    @Test
    void guidOf_returnsThePlainGuid_atTheEndOfAnyKey() {
        assertThat(Keys.guidOf("o/volume/3f2a-1.x_y")).isEqualTo("3f2a-1.x_y");
        assertThat(Keys.guidOf("i/volume/size/n7/a.b")).isEqualTo("a.b");
        assertThat(Keys.guidOf("r/pool/p1/volumes/A-b.0")).isEqualTo("A-b.0");
    }

    @Test
    void guidOf_unescapesAGuidAnOlderVersionStoredEscaped() {
        assertThat(Keys.guidOf("o/volume/a%2Fb")).isEqualTo("a/b");
        assertThat(Keys.guidOf("o/volume/a%252Fb")).isEqualTo("a%2Fb");
        assertThat(Keys.guidOf("o/volume/caf%C3%A9")).isEqualTo("café");
        assertThat(Keys.guidOf("o/volume/a%2Bb")).isEqualTo("a+b");
        assertThat(Keys.guidOfSegment("a%2Fb")).isEqualTo("a/b");
    }
}
