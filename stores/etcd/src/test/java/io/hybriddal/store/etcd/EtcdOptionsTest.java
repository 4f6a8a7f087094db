package io.hybriddal.store.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hybriddal.dal.spi.StoreUri;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Parsing of etcd:// URIs; no server needed. */
class EtcdOptionsTest {

    private static EtcdOptions parse(String uri) {
        return EtcdOptions.from(StoreUri.parse(uri));
    }

    @Test
    void from_usesEtcdsDefaultLimits_whenTheUriSetsNone() {
        EtcdOptions options = parse("etcd://10.0.0.1:2379,10.0.0.2:2379/prod");

        assertThat(options.endpoints()).containsExactly("10.0.0.1:2379", "10.0.0.2:2379");
        assertThat(options.namespace()).isEqualTo("prod");
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(options.maxRequestBytes()).isEqualTo(1_572_864);
        assertThat(options.maxTxnOps()).isEqualTo(128);
        assertThat(options.tls()).isFalse();
        assertThat(options.user()).isNull();
    }

    @Test
    void from_keepsIpv6EndpointsInBrackets_asGrpcTargetsWantThem() {
        assertThat(parse("etcd://[::1]:2379,[fd00::2]:2380/prod").endpoints()).containsExactly("[::1]:2379", "[fd00::2]:2380");
    }

    @Test
    void from_readsEveryParameter_andHidesThePasswordInToString() {
        EtcdOptions options = parse("etcd://h:1/a/b/?user=u&password=p%40ss&ca=/ca.pem&cert=/c.pem&key=/k.pem"
                + "&timeoutMs=250&maxRequestBytes=1000&maxTxnOps=16");

        assertThat(options.namespace()).isEqualTo("a/b");
        assertThat(options.password()).isEqualTo("p@ss");
        assertThat(options.tls()).as("implied by ca/cert").isTrue();
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(options.maxRequestBytes()).isEqualTo(1000);
        assertThat(options.maxTxnOps()).isEqualTo(16);
        assertThat(options.toString()).doesNotContain("p@ss").contains("password=***");
    }

    @Test
    void from_givesTheEmptyNamespace_whenTheUriHasNoPath() {
        assertThat(parse("etcd://h:1").namespace()).isEmpty();
        assertThat(parse("etcd://h:1/").namespace()).isEmpty();
    }

    @Test
    void from_refusesAMisspelledParameter_withoutShowingThePassword() {
        assertThatThrownBy(() -> parse("etcd://h:1/ns?password=secret&user=u&timeout=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[timeout]")
                .hasMessageContaining("timeoutMs")
                .hasMessageNotContaining("secret");
    }

    @Test
    void from_refusesBadValues_andIncompleteSettings() {
        assertThatThrownBy(() -> parse("etcd:///ns")).hasMessageContaining("no host:port");
        assertThatThrownBy(() -> parse("etcd://h:1/ns?maxTxnOps=0")).hasMessageContaining("maxTxnOps");
        assertThatThrownBy(() -> parse("etcd://h:1/ns?timeoutMs=soon")).hasMessageContaining("timeoutMs");
        assertThatThrownBy(() -> parse("etcd://h:1/ns?password=p")).hasMessageContaining("without user");
        assertThatThrownBy(() -> parse("etcd://h:1/ns?cert=/c.pem")).hasMessageContaining("cert and key");
    }
}
