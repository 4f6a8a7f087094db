package io.hybriddal.dal.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link StoreUri#parseLocal}: the URI of a store without hosts keeps any authority as written, for the store to judge. */
class StoreUriParseLocalTest {

    @Test
    void anAuthorityThatIsNotHostPortIsKeptAsWritten() {
        StoreUri uri = StoreUri.parseLocal("file://server/data?namespace=a");

        assertThat(uri.authority()).isEqualTo("server");
        assertThat(uri.hosts()).isEmpty();
        assertThat(uri.path()).isEqualTo("/data");
        assertThat(uri.parameter("namespace", null)).isEqualTo("a");
    }

    @Test
    void aUriWithoutAuthorityHasAnEmptyOne() {
        assertThat(StoreUri.parseLocal("file:///abs/dir").authority()).isEmpty();
        assertThat(StoreUri.parseLocal("file:rel/dir").authority()).isEmpty();
    }

    @Test
    void parseStillRejectsAnAuthorityThatIsNotHostPort() {
        assertThatThrownBy(() -> StoreUri.parse("file://server/data")).hasMessageContaining("[server] is not host:port");
        assertThat(StoreUri.parse("etcd://h:2379/ns").authority()).isEqualTo("h:2379");
    }
}
