package io.hybriddal.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.spi.StoreUri;
import io.hybriddal.dal.spi.StoreUri.HostPort;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Parsing of store URIs by {@link StoreUri}: what every store provider relies on. */
class StoreUriTest {

    @Test
    void parse_readsSchemeHostsPathAndParameters() {
        StoreUri uri = StoreUri.parse("etcd://10.0.0.1:2379,10.0.0.2:2380, etcd-3.local:2381/prod?user=root&tls=true");

        assertThat(uri.scheme()).isEqualTo("etcd");
        assertThat(uri.hosts()).containsExactly(
                new HostPort("10.0.0.1", 2379), new HostPort("10.0.0.2", 2380), new HostPort("etcd-3.local", 2381));
        assertThat(uri.path()).isEqualTo("/prod");
        assertThat(uri.parameters()).containsExactly(Map.entry("user", "root"), Map.entry("tls", "true"));
        assertThat(uri.parameter("tls", "false")).isEqualTo("true");
        assertThat(uri.parameter("timeout", "5s")).isEqualTo("5s");
    }

    @Test
    void parse_lowerCasesTheScheme() {
        assertThat(StoreUri.parse("MemCached://cache:11211").scheme()).isEqualTo("memcached");
    }

    @Test
    void parse_readsUrisWithoutAuthority() {
        StoreUri memory = StoreUri.parse("memory:");
        StoreUri file = StoreUri.parse("file:/var/lib/hybrid-dal");

        assertThat(memory.scheme()).isEqualTo("memory");
        assertThat(memory.hosts()).isEmpty();
        assertThat(memory.path()).isEmpty();
        assertThat(memory.parameters()).isEmpty();
        assertThat(file.hosts()).isEmpty();
        assertThat(file.path()).isEqualTo("/var/lib/hybrid-dal");
    }

    @Test
    void parse_decodesPercentEncodedParametersAndPath() {
        StoreUri uri = StoreUri.parse("etcd://h:2379/my%20ns?user=r%C3%A9mi&password=p%40ss%26word&flag");

        assertThat(uri.path()).isEqualTo("/my ns");
        assertThat(uri.parameters()).containsExactly(
                Map.entry("user", "rémi"), Map.entry("password", "p@ss&word"), Map.entry("flag", ""));
    }

    @Test
    void parse_keepsAPlusSignInThePath_literally() {
        // '+' means a space only in form-encoded query strings, never in a path (RFC 3986).
        StoreUri uri = StoreUri.parse("file:/srv/c++/data");

        assertThat(uri.path()).isEqualTo("/srv/c++/data");
    }

    @ParameterizedTest
    @ValueSource(strings = {"etcd://h/ns", "etcd://h:/ns", "etcd://:2379/ns", "etcd://h:abc/ns", "etcd://h1:2379,h2/ns"})
    void parse_rejectsAMalformedHostPort_namingTheUri(String text) {
        assertThatThrownBy(() -> StoreUri.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"etcd://h:65536/ns", "etcd://h:-1/ns"})
    void parse_rejectsAPortOutsideTheValidRange_namingTheUri(String text) {
        assertThatThrownBy(() -> StoreUri.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @Test
    void parse_rejectsTextWithoutScheme_namingIt() {
        assertThatThrownBy(() -> StoreUri.parse("localhost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[localhost]");
    }

    @Test
    void redacted_hidesPasswordAndSecretParameters_andKeepsTheRest() {
        StoreUri uri = StoreUri.parse("memcached://c1:11211,c2:11211?user=svc&password=hunter2&SASL.Password=pw2&client-secret=s3");

        String redacted = uri.redacted();

        assertThat(redacted).doesNotContain("hunter2", "pw2", "s3")
                .startsWith("memcached://c1:11211,c2:11211?")
                .contains("user=svc", "password=***", "SASL.Password=***", "client-secret=***");
        assertThat(uri.toString()).isEqualTo(redacted);
        assertThat(uri.parameter("password", null)).isEqualTo("hunter2");
    }

    @Test
    void redacted_returnsTheTextUnchanged_whenNothingIsSecret() {
        String text = "etcd://h:2379/ns?user=root&tls=true";

        assertThat(StoreUri.parse(text).redacted()).isEqualTo(text);
    }
}
