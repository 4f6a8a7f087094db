package io.hybriddal.dal.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** IPv6 hosts in brackets, and bad percent escapes named with the URI (its password hidden). */
class StoreUriHostsAndEscapesTest {

    @Test
    void anIpv6HostInBrackets_isParsedWithoutThem_andPrintedWithThem() {
        StoreUri uri = StoreUri.parse("etcd://[::1]:2379,[fe80::1]:2380,h:2381/ns");

        assertThat(uri.hosts()).extracting(StoreUri.HostPort::host).containsExactly("::1", "fe80::1", "h");
        assertThat(uri.hosts()).extracting(StoreUri.HostPort::port).containsExactly(2379, 2380, 2381);
        assertThat(uri.hosts()).extracting(StoreUri.HostPort::toString).containsExactly("[::1]:2379", "[fe80::1]:2380", "h:2381");
        assertThat(uri.path()).isEqualTo("/ns");
    }

    @Test
    void anIpv6HostWithoutBracketsOrPort_isRefusedSayingHowToWriteIt() {
        assertThatThrownBy(() -> StoreUri.parse("etcd://::1:2379/ns")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[::1]:2379").hasMessageContaining("in brackets");
        assertThatThrownBy(() -> StoreUri.parse("etcd://[::1]/ns")).hasMessageContaining("is not [IPv6 address]:port");
        assertThatThrownBy(() -> StoreUri.parse("etcd://[::1]:x/ns")).hasMessageContaining("bad port");
    }

    @Test
    void aBadPercentEscape_namesTheUriAndThePart() {
        assertThatThrownBy(() -> StoreUri.parse("etcd://h:2379/n%zz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("store URI [etcd://h:2379/n%zz]").hasMessageContaining("bad % escape in the path");
        assertThatThrownBy(() -> StoreUri.parse("memcached://h:11211?user=a%2")).hasMessageContaining("the value of parameter user");
    }

    @Test
    void aBadPercentEscapeInAPassword_doesNotShowThePassword() {
        assertThatThrownBy(() -> StoreUri.parse("etcd://root:s3cr%zzet@h:2379/ns")).hasMessageContaining("bad % escape in the password")
                .hasMessageContaining("etcd://root:***@h:2379/ns").hasMessageNotContaining("s3cr");
        assertThatThrownBy(() -> StoreUri.parse("etcd://h:2379/ns?user=root&password=s3cr%zzet"))
                .hasMessageContaining("password=***").hasMessageNotContaining("s3cr");
    }
}
