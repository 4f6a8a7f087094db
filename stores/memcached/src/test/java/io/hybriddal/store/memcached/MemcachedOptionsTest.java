package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.spi.StoreUri;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** URI parsing and argument rules; no server needed. */
class MemcachedOptionsTest {

    @Test
    void defaultsAreFiftyMillisecondOperationsOneMebibyteItemsAndTextProtocol() {
        MemcachedOptions o = MemcachedOptions.fromUri(StoreUri.parse("memcached://a:1,b:2"));
        assertThat(o.servers()).hasSize(2);
        assertThat(o.opTimeout()).isEqualTo(Duration.ofMillis(50));
        assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.healInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.maxItemBytes()).isEqualTo(1 << 20);
        assertThat(o.poolSize()).isEqualTo(1);
        assertThat(o.binaryProtocol()).isFalse();
        assertThat(o.user()).isNull();
    }

    @Test
    void everyParameterIsRead() {
        MemcachedOptions o = MemcachedOptions.fromUri(StoreUri.parse("memcached://h:11211?opTimeoutMs=20"
                + "&connectTimeoutMs=300&healIntervalMs=500&user=u&password=p%26w&maxItemBytes=4194304&poolSize=2"));
        assertThat(o.opTimeout()).isEqualTo(Duration.ofMillis(20));
        assertThat(o.connectTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(o.healInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.user()).isEqualTo("u");
        assertThat(o.password()).isEqualTo("p&w");
        assertThat(o.maxItemBytes()).isEqualTo(4 << 20);
        assertThat(o.poolSize()).isEqualTo(2);
        assertThat(o.binaryProtocol()).as("SASL needs the binary protocol").isTrue();
        assertThat(o.toString()).doesNotContain("p&w");
    }

    @Test
    void unknownParametersAndBadNumbersAreRefused() {
        assertThatThrownBy(() -> MemcachedOptions.fromUri(StoreUri.parse("memcached://h:1?opTimeout=5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opTimeout");
        assertThatThrownBy(() -> MemcachedOptions.fromUri(StoreUri.parse("memcached://h:1?poolSize=zero")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> MemcachedOptions.fromUri(StoreUri.parse("memcached://h:1?opTimeoutMs=-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemcachedOptions.fromUri(StoreUri.parse("memcached:")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
    }

    @Test
    void saslNeedsUserAndPasswordAndTheBinaryProtocol() {
        assertThatThrownBy(() -> MemcachedOptions.fromUri(StoreUri.parse("memcached://h:1?user=u")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> MemcachedOptions.fromUri(StoreUri.parse("memcached://h:1?user=u&password=p&protocol=text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binary");
    }

    @Test
    void ttlsUpToThirtyDaysAreRelativeAndLongerOnesBecomeUnixTimes() {
        long now = 1_700_000_000L;
        assertThat(MemcachedKeys.expiry(0, now)).isZero();
        assertThat(MemcachedKeys.expiry(MemcachedKeys.MAX_RELATIVE_TTL, now)).isEqualTo(MemcachedKeys.MAX_RELATIVE_TTL);
        assertThat(MemcachedKeys.expiry(MemcachedKeys.MAX_RELATIVE_TTL + 1, now))
                .isEqualTo(now + MemcachedKeys.MAX_RELATIVE_TTL + 1);
        assertThat(MemcachedKeys.expiry(Integer.MAX_VALUE, now)).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> MemcachedKeys.expiry(-1, now)).isInstanceOf(IllegalArgumentException.class);
    }
}
