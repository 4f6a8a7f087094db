package io.hybriddal.store.memcached;

import static org.assertj.core.api.Assertions.assertThat;

import io.hybriddal.dal.spi.VolatileStore;
import io.hybriddal.testservers.MemcachedProcess;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A memcached endpoint written as an IPv6 address in brackets. */
class MemcachedIpv6Test {

    @Test
    void anIpv6LoopbackEndpointInBrackets_works() {
        try (MemcachedProcess server = MemcachedProcess.start(List.of("-l", "::1"), Map.of());
             VolatileStore store = VolatileStore.open("memcached://[::1]:" + server.port() + "?opTimeoutMs=1000")) {
            assertThat(MemcachedServerFailureTest.roundTrips(store, "v6/k")).isTrue();
            assertThat(store.incr("v6/n", 1, 3, 0)).isEqualTo(3);
        }
    }
}
